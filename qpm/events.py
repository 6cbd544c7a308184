"""Socket.IO handlers (thin): check who asks, call the meeting, commit, then tell the rooms."""
from dataclasses import dataclass
from functools import wraps

from flask import current_app, request
from flask_socketio import ConnectionRefusedError, emit, join_room

from . import meeting as domain
from .app import base_url, socketio
from .i18n import LANGUAGES, N_, pick_language, translate
from .limits import Bucket
from .meeting import MeetingError
from .rooms import room_links


class Event:
    """Event names, declared once here and mirrored once in static/js/events.js."""

    STATE = "state"
    CONTRIBUTION = "contribution"
    CONTRIBUTION_REMOVED = "contribution_removed"
    PHASE = "phase"
    ERROR = "error"
    WISH = "wish"
    CONTRIBUTE = "contribute"
    SUGGEST = "suggest"
    MODERATE = "moderate"
    CHANGE_PHASE = "phase"


def room(meeting_id, audience=None):
    """Return a room name: everyone in a meeting, or only its screen or host connections."""
    return f"meeting:{meeting_id}:{audience}" if audience else f"meeting:{meeting_id}"


@dataclass
class Caller:
    """Who is on the other end of one socket; lives only as long as the socket, in this process."""

    role: str
    meeting_id: str
    language: str
    bucket: Bucket | None = None


# Socket id → Caller. Sockets belong to one process, so this is not meeting state.
callers = {}


def services():
    """Return the app's store and settings."""
    return current_app.extensions["qpm"]


@socketio.on("connect")
def connect(auth):
    """Let a parent (join code), screen (screen token) or host (host token) in, then send the state."""
    auth = auth if isinstance(auth, dict) else {}
    language = pick_language(auth.get("lang"), request.accept_languages.best_match(LANGUAGES))
    try:
        caller = identify(auth, language)
    except MeetingError as refusal:
        raise ConnectionRefusedError(translate(language, refusal.message, **refusal.values),
                                     {"code": refusal.code}) from None
    callers[request.sid] = caller
    join_room(room(caller.meeting_id))
    if caller.role != "parent":
        join_room(room(caller.meeting_id, caller.role))
    emit(Event.STATE, state_for(caller.role, caller.meeting_id))


def identify(auth, language):
    """Return the Caller that the connection's auth proves, or raise MeetingError."""
    app = services()
    store = app.store
    if "code" in auth:
        address = request.remote_addr or "?"
        if app.bad_codes.blocked(address):
            raise MeetingError("too_many_attempts", N_("Too many wrong codes. Wait a minute and try again."))
        meeting = store.meeting_by_code(domain.normalise_join_code(auth["code"]))
        if meeting is None:
            app.bad_codes.failed(address)
            raise MeetingError("unknown_code", N_("There is no meeting with that code. Check the code and try again."))
        if auth.get("first") is True:
            store.count_participant(meeting.id)
        config = current_app.config
        return Caller("parent", meeting.id, language,
                      Bucket(config["CONTRIBUTION_BURST"], config["CONTRIBUTION_INTERVAL"]))
    meeting_id = auth.get("meeting")
    if "token" in auth and store.host_may_enter(meeting_id, auth["token"]):
        return Caller("host", meeting_id, language)
    if "screen_token" in auth and store.screen_may_enter(meeting_id, auth["screen_token"]):
        return Caller("screen", meeting_id, language)
    raise MeetingError("not_allowed", N_("This link is not valid. Ask the host for a new one."))


@socketio.on("disconnect")
def disconnect(*_reason):
    """Forget the socket."""
    callers.pop(request.sid, None)


def state_for(role, meeting_id):
    """Return the snapshot of a meeting that a role may see."""
    store = services().store
    meeting = store.meeting(meeting_id)
    state = {"role": role, "meeting": meeting.view(role),
             "limits": {"max_length": current_app.config["MAX_CONTRIBUTION_LENGTH"]}}
    if role != "parent":
        shown = [c for c in store.contributions(meeting_id) if c.shown_to(role)]
        state["contributions"] = [c.view(role) for c in shown]
    if role == "host":
        state["links"] = room_links(base_url(), meeting, store.screen_token(meeting_id))
        state["wishes"] = [wish.view() for wish in store.wishes(meeting_id)]
    return state


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
                if rate_limited and not caller.bucket.take():
                    raise MeetingError("rate_limited", N_("You are sending very fast. Wait a few seconds and try again."))
                return dict(ok=True, **(handler(caller, payload) or {}))
            except MeetingError as refusal:
                return {"ok": False, "error": {"code": refusal.code,
                                               "message": translate(language, refusal.message, **refusal.values)}}
        return wrapper
    return register


def open_meeting(caller):
    """Return the caller's meeting, which may have been deleted meanwhile."""
    meeting = services().store.meeting(caller.meeting_id)
    if meeting is None:
        raise MeetingError("unknown_meeting", N_("This meeting no longer exists."))
    return meeting


@action(Event.CONTRIBUTE, roles=("parent",), rate_limited=True)
def contribute(caller, payload):
    """Store a parent's contribution, then show it to the host (and the screen when visible)."""
    meeting = open_meeting(caller)
    draft = domain.contribute(meeting, payload.get("text"), payload.get("key"),
                              limit=current_app.config["MAX_CONTRIBUTION_LENGTH"])
    contribution, is_new = services().store.add_contribution(draft)
    if is_new:
        announce(contribution)
    return {"id": contribution.id, "status": contribution.status}


@action(Event.SUGGEST, roles=("parent",), rate_limited=True)
def suggest(caller, payload):
    """Store a parent's wish for the next question and show it to the host."""
    wish = domain.wish_for_next_question(open_meeting(caller), payload.get("text"),
                                         limit=current_app.config["MAX_CONTRIBUTION_LENGTH"])
    stored = services().store.add_wish(wish)
    socketio.emit(Event.WISH, stored.view(), to=room(caller.meeting_id, "host"))


@action(Event.MODERATE, roles=("host",))
def moderate(caller, payload):
    """Approve, hide, restore, star or unstar a contribution."""
    store = services().store
    contribution = store.contribution(caller.meeting_id, payload.get("id"))
    if contribution is None:
        raise MeetingError("unknown_contribution", N_("There is no such contribution."))
    changed = domain.moderate(contribution, payload.get("action"))
    store.save_contribution(changed)
    announce(changed, was_shown=contribution.status == "visible")


@action(Event.CHANGE_PHASE, roles=("host",))
def change_phase(caller, payload):
    """Move the meeting to another phase and tell everyone in it."""
    moved = domain.change_phase(open_meeting(caller), payload.get("phase"), payload.get("question"))
    services().store.save_phase(moved)
    tell_phase(moved)


def announce(contribution, was_shown=False):
    """Send a new or changed contribution to the host, and to the screen as far as it may see it."""
    meeting_id = contribution.meeting_id
    socketio.emit(Event.CONTRIBUTION, contribution.view("host"), to=room(meeting_id, "host"))
    if contribution.shown_to("screen"):
        socketio.emit(Event.CONTRIBUTION, contribution.view("screen"), to=room(meeting_id, "screen"))
    elif was_shown:
        socketio.emit(Event.CONTRIBUTION_REMOVED, {"id": contribution.id}, to=room(meeting_id, "screen"))


def tell_phase(meeting):
    """Send the new phase to everyone: the parents' view to all, the host's extra to the host."""
    socketio.emit(Event.PHASE, meeting.view("parent"), to=room(meeting.id))
