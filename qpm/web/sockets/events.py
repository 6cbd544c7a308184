"""Socket.IO handlers (thin): check who asks, call the meeting, commit, then tell the rooms."""
from dataclasses import dataclass
from functools import wraps

from flask import current_app, request
from flask_socketio import ConnectionRefusedError, emit, join_room

from . import contribution as contributions
from . import facilitation
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
    WALL = "wall"
    WISH = "wish"
    ERROR = "error"
    CONTRIBUTE = "contribute"
    AGREE = "agree"
    SUGGEST = "suggest"
    MODERATE = "moderate"
    GROUP = "group"
    SUGGEST_GROUPS = "suggest_groups"
    CHANGE_PHASE = "phase"
    SETTINGS = "settings"
    TIMER = "timer"
    NOTE = "note"


def room(meeting_id, audience=None):
    """Return a room name: everyone in a meeting, or only its screen, host or parent connections."""
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
    """Return the app's store, limits and phone wall."""
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
    if role == "parent":
        state["wall"] = phone_wall(meeting)
    else:
        state["contributions"] = [c.view(role) for c in store.contributions(meeting_id) if c.shown_to(role)]
    if role == "host":
        state["links"] = room_links(base_url(), meeting, store.screen_token(meeting_id))
        state["wishes"] = [wish.view() for wish in store.wishes(meeting_id)]
        state["notes"] = facilitation.notes_for(meeting)
    return state


def phone_wall(meeting):
    """Return the ideas the phones show: the visible ones of the open question, when the host shows them."""
    if not meeting.wall_on_phones:
        return []
    shown = services().store.contributions(meeting.id, ("visible",), meeting.question_index)
    return [c.view("parent") for c in shown]


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
                meeting = services().store.meeting(caller.meeting_id)
                if meeting is None:
                    raise MeetingError("unknown_meeting", N_("This meeting no longer exists."))
                return dict(ok=True, **(handler(meeting, payload, caller) or {}))
            except MeetingError as refusal:
                return {"ok": False, "error": {"code": refusal.code,
                                               "message": translate(language, refusal.message, **refusal.values)}}
        return wrapper
    return register


# Parents ---------------------------------------------------------------------------------------------

@action(Event.CONTRIBUTE, roles=("parent",), rate_limited=True)
def contribute(meeting, payload, _caller):
    """Store a parent's contribution, then show it to the host (and the screen when visible)."""
    draft = contributions.contribute(meeting, payload.get("text"), payload.get("key"),
                                     limit=current_app.config["MAX_CONTRIBUTION_LENGTH"])
    stored, is_new = services().store.add_contribution(draft)
    if is_new:
        announce(meeting, stored)
    return {"id": stored.id, "status": stored.status}


@action(Event.AGREE, roles=("parent",), rate_limited=True)
def agree(meeting, payload, caller):
    """Count a phone's agreement with an idea once, and show the new count."""
    store = services().store
    idea = store.contribution(meeting.id, payload.get("id"))
    contributions.may_agree(meeting, idea)
    # Without a key of its own the phone agrees once per connection.
    key = payload.get("key") if "key" in payload else f"connection:{request.sid}"
    counted = store.agree(idea, contributions.valid_key(key))
    announce(meeting, counted, was_shown=True)
    return {"agrees": counted.agrees}


@action(Event.SUGGEST, roles=("parent",), rate_limited=True)
def suggest(meeting, payload, _caller):
    """Store a parent's wish for the next question and show it to the host."""
    wish = contributions.wish_for_next_question(meeting, payload.get("text"),
                                                limit=current_app.config["MAX_CONTRIBUTION_LENGTH"])
    stored = services().store.add_wish(wish)
    socketio.emit(Event.WISH, stored.view(), to=room(meeting.id, "host"))


# Telling the rooms ----------------------------------------------------------------------------------

def announce(meeting, contribution, was_shown=False):
    """Send a new or changed contribution to the host, to the screen and phones as far as they may see it.

    A contribution the screen never saw is not even named to it: a held one stays the host's alone.
    """
    socketio.emit(Event.CONTRIBUTION, contribution.view("host"), to=room(meeting.id, "host"))
    shown = contribution.shown_to("screen")
    if shown:
        socketio.emit(Event.CONTRIBUTION, contribution.view("screen"), to=room(meeting.id, "screen"))
    elif was_shown:
        socketio.emit(Event.CONTRIBUTION_REMOVED, {"id": contribution.id}, to=room(meeting.id, "screen"))
    if meeting.wall_on_phones and contribution.question_index == meeting.question_index and (shown or was_shown):
        services().wall.changed(meeting.id, contribution.id, contribution.view("parent") if shown else None)


def tell_meeting(meeting):
    """Send the meeting's shared state (phase, question, timer, switches) to everyone in it."""
    socketio.emit(Event.PHASE, meeting.view("parent"), to=room(meeting.id))


def send_wall(meeting_id, batch):
    """Send one batch of wall changes to a meeting's phones."""
    socketio.emit(Event.WALL, batch, to=room(meeting_id, "parent"))


def reset_wall(meeting):
    """Send the phones the whole wall anew (after the host shows or hides it, or moves on)."""
    socketio.emit(Event.WALL, {"reset": True, "changed": phone_wall(meeting), "removed": []},
                  to=room(meeting.id, "parent"))
