"""The Socket.IO server and the app's services: the one small module that pages and handlers import.

The factory (factory.py) imports the handlers, never the other way round, so there is no import cycle.
"""
from urllib.parse import urlsplit

from flask import current_app, request
from flask_socketio import SocketIO

from ..domain.meeting import MeetingError, normalise_join_code
from ..i18n import N_
from .lan import lan_addresses, only_here

socketio = SocketIO()


def services():
    """Return the app's store, limits, phone wall and support contacts."""
    return current_app.extensions["qpm"]


def meeting_for_code(code):
    """Return the meeting a typed code opens, or None; raise too_many_attempts while the address must wait."""
    wrong_codes, address = services().wrong_codes, request.remote_addr or "?"
    wait = wrong_codes.wait(address)
    if wait:
        raise MeetingError("too_many_attempts", WRONG_CODES_WAIT, retry_after=int(wait) + 1)
    meeting = services().store.meeting_by_code(normalise_join_code(code))
    if meeting is None:
        wrong_codes.failed(address)
    return meeting


WRONG_CODES_WAIT = N_("Too many wrong codes from this network. Wait a few minutes and try again.")


def join_addresses():
    """Return the addresses phones may use: QPM_PUBLIC_URL alone; with --lan this laptop's; else the request's."""
    config = current_app.config
    if config["PUBLIC_URL"]:
        return [{"url": config["PUBLIC_URL"], "interface": ""}]
    port = config.get("LAN_PORT")  # set by `qpm serve --lan`
    offered = [{"url": f"http://{lan.address}:{port}/", "interface": lan.interface} for lan in lan_addresses()] \
        if port else []
    return offered or [{"url": request.host_url, "interface": ""}]


def base_url(meeting=None):
    """Return the address phones reach the server at: the meeting's chosen one while offered, else the first."""
    offered = [choice["url"] for choice in join_addresses()]
    chosen = getattr(meeting, "join_address", "")
    return chosen if chosen in offered else offered[0]


def reach(meeting):
    """Return the join addresses for the host: those offered, the one used, and whether only this computer opens it."""
    used = base_url(meeting)
    return {"choices": join_addresses(), "chosen": used, "only_here": only_here(urlsplit(used).hostname)}
