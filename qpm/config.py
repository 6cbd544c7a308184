"""Configuration: defaults, overridden by QPM_* environment variables, overridden by create_app(config)."""
import os
import secrets
import tomllib
from pathlib import Path

DEFAULTS = {
    # SQLite file under instance/ unless QPM_DATABASE names another (e.g. postgresql://…).
    "DATABASE": None,
    "SECRET_KEY": None,
    # gevent by default; eventlet is supported; threading is for the socket test client only.
    "ASYNC_MODE": "gevent",
    # Without a staff password anyone who reaches the server may create a meeting.
    "STAFF_PASSWORD": "",
    # The address phones use (it goes into the QR code); by default the address the host used.
    "PUBLIC_URL": "",
    "MESSAGE_QUEUE": "",
    # Same-origin only unless listed (comma separated).
    "CORS_ORIGINS": "",
    "MAX_CONTRIBUTION_LENGTH": 500,
    # Socket.IO refuses bigger messages: no honest contribution comes near it.
    "MAX_MESSAGE_BYTES": 16 * 1024,
    # Per phone: a burst, then one contribution per this many seconds.
    "CONTRIBUTION_BURST": 5,
    "CONTRIBUTION_INTERVAL": 3.0,
    # Limits that a reconnect does not reset, counted in the store: per client address as much as its
    # phones' buckets together allow; per meeting this ceiling a minute; meetings one address may create at
    # once (then one every 20 seconds).
    "MEETING_CONTRIBUTIONS_PER_MINUTE": 600,
    "MEETINGS_PER_ADDRESS": 30,
    # Per address: so many wrong join codes in ten minutes, then a block of so many seconds that doubles
    # while wrong codes go on (tests/test_wrong_codes.py measures a hall of 60 typing parents: at most 62 in the worst of 10,000 evenings).
    "BAD_CODE_LIMIT": 80,
    "BAD_CODE_BLOCK": 30.0,
    "MAX_CONNECTIONS": 10000,
    # Slow clients: seconds to wait for each read of a request (head or body), and how many requests may
    # be waiting for their head at once (gevent; eventlet has no such cap).
    "READ_TIMEOUT": 10.0,
    "MOST_HALF_OPEN": 1000,
    # How many reverse proxies (nginx) stand in front: their X-Forwarded-* headers are then trusted.
    "PROXIES": 0,
    # A meeting's data is deleted this many days after it closes; the letter is the lasting record.
    "RETENTION_DAYS": 30,
    # Phones get the ideas wall in batches, at most one message per this many seconds.
    "PHONE_WALL_INTERVAL": 0.5,
    # A TOML file of local support for families, printed in every letter ([[contact]] name, helps_with, reach).
    "SUPPORT_CONTACTS": "",
}
INTEGERS = {"MAX_CONTRIBUTION_LENGTH", "MAX_MESSAGE_BYTES", "CONTRIBUTION_BURST", "BAD_CODE_LIMIT",
            "MEETING_CONTRIBUTIONS_PER_MINUTE", "MEETINGS_PER_ADDRESS",
            "MAX_CONNECTIONS", "MOST_HALF_OPEN", "RETENTION_DAYS", "PROXIES"}
FLOATS = {"CONTRIBUTION_INTERVAL", "PHONE_WALL_INTERVAL", "READ_TIMEOUT", "BAD_CODE_BLOCK"}


PACKAGE = Path(__file__).parent


def asset_folder(name):
    """Return a top-level folder (templates, static, letters): inside an installed package, or beside it."""
    inside = PACKAGE / name
    return inside if inside.is_dir() else PACKAGE.parent / name


def load(overrides=None, instance_path="instance"):
    """Return the configuration: defaults, then QPM_* environment variables, then overrides."""
    config = dict(DEFAULTS)
    for name in DEFAULTS:
        value = os.environ.get("QPM_" + name)
        if value is not None:
            config[name] = int(value) if name in INTEGERS else float(value) if name in FLOATS else value
    config.update(overrides or {})
    if not config["DATABASE"]:
        Path(instance_path).mkdir(parents=True, exist_ok=True)
        config["DATABASE"] = "sqlite:///" + str(Path(instance_path).resolve() / "qpm.sqlite3")
    if not config["SUPPORT_CONTACTS"] and (Path(instance_path) / "contacts.toml").is_file():
        config["SUPPORT_CONTACTS"] = str(Path(instance_path) / "contacts.toml")
    if not config["SECRET_KEY"]:
        config["SECRET_KEY"] = _instance_secret(Path(instance_path))
    return config


def support_contacts(path):
    """Return the deployment's support contacts for the letter, read from a TOML file (none without one)."""
    if not path:
        return []
    with open(path, "rb") as handle:
        return [dict(contact) for contact in tomllib.load(handle).get("contact", [])]


def _instance_secret(instance_path):
    """Keep a generated secret in the instance folder so restarts keep the same one."""
    instance_path.mkdir(parents=True, exist_ok=True)
    path = instance_path / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_hex(32))
        path.chmod(0o600)
    return path.read_text().strip()
