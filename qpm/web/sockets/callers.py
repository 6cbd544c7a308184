"""Who is on the other end of each socket, and the one wrapper every handler stands behind."""
from dataclasses import dataclass, field
from functools import wraps

from flask import request

from ...domain.meeting import MeetingError
from ...domain.text import normalise_all
from ...i18n import N_, translate
from ..app import services, socketio
from ..edge import unexpected
from ..limits import Bucket
from .saving import not_saved


@dataclass
class Caller:
    """Who is on the other end of one socket; lives only as long as the socket, in this process."""

    role: str
    meeting_id: str
    language: str
    bucket: Bucket | None = None
    address: str = ""  # a parent's address as a keyed hash, only for counting (see limits.Floods)
    agreed: set = field(default_factory=set)  # ideas this connection agreed with: each counts once


SENDING_FAST = N_("You are sending very fast. Wait a few seconds and try again.")

# Socket id → Caller. Sockets belong to one process, so this is not meeting state.
callers = {}


def action(name, roles, rate_limited=False):
    """Register a handler: check the caller's role and payload, and turn refusals into a clear ack."""
    def register(handler):
        @socketio.on(name)
        @wraps(handler)
        def wrapper(payload=None, *_extra):
            caller = callers.get(request.sid)
            language = caller.language if caller else "sv"
            try:
                if caller is None or caller.role not in roles:
                    raise MeetingError("forbidden", N_("You may not do that here."))
                if not isinstance(payload, dict):
                    raise MeetingError("bad_request", N_("The message must be a JSON object."))
                payload = normalise_all(payload)  # the edge: no string reaches a handler unnormalised
                if rate_limited and not caller.bucket.take():
                    raise MeetingError("rate_limited", SENDING_FAST)
                store = services().store
                # A phone's event may read a copy of its meeting up to half a second old (store/recent.py).
                meeting = store.recent.meeting(caller.meeting_id) if caller.role == "parent" \
                    else store.meeting(caller.meeting_id)
                if meeting is None:
                    raise MeetingError("unknown_meeting", N_("This meeting no longer exists."))
                return dict(ok=True, **(handler(meeting, payload, caller) or {}))
            except MeetingError as refusal:
                return refused(language, refusal)
            except Exception as failure:  # any other failure is still an answer, never a silent socket
                refusal = unexpected(failure, name)
                if refusal.code == "not_saved" and caller is not None:
                    not_saved(caller.meeting_id)  # the host hears it at once, not only the one who wrote
                return refused(language, refusal)
        return wrapper
    return register


def spend(caller, kind):
    """Count a phone's message per meeting and per address in the store (a reconnect resets nothing)."""
    if not services().floods.may_send(kind, caller.meeting_id, caller.address):
        raise MeetingError("rate_limited", SENDING_FAST)


def refused(language, refusal):
    """Return the error acknowledgement for a refusal, in the caller's language."""
    return {"ok": False, "error": {"code": refusal.code,
                                   "message": translate(language, refusal.message, **refusal.values)}}
