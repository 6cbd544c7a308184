"""The staff password that guards creating a meeting."""
import hmac

from flask import current_app


def staff_password_ok(given):
    """Return whether meeting creation is open, or the given staff password is right."""
    wanted = current_app.config["STAFF_PASSWORD"]
    return not wanted or (isinstance(given, str) and hmac.compare_digest(given.encode(), wanted.encode()))
