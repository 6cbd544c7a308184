"""Connecting and leaving: who may enter a meeting, and the state each role gets on connect."""
from flask import current_app, request
from flask_socketio import ConnectionRefusedError, emit, join_room

from ...domain import facilitation
from ...domain.meeting import MeetingError
from ...domain.text import normalise_all
from ...i18n import N_, PARENT_LANGUAGES, pick_language, pick_parent_language, translate
from ..app import base_url, meeting_for_code, reach, services, socketio
from ..edge import unexpected
from ..limits import Bucket
from ..rooms import room_links
from .broadcast import phone_wall
from .presence import tell_presence
from .callers import Caller, callers
from .events import Event, room
from .saving import saving_now


@socketio.on("connect")
def connect(auth):
    """Let a parent (join code), screen (screen token) or host (host token) in, then send the state."""
    auth = auth if isinstance(auth, dict) else {}
    language = pick_parent_language(auth.get("lang"), request.accept_languages.best_match(PARENT_LANGUAGES))
    try:
        caller, meeting = identify(normalise_all(auth), language)
        state = state_for(caller.role, meeting or services().store.meeting(caller.meeting_id))
    except MeetingError as refusal:
        raise refuse(language, refusal) from None
    except Exception as failure:  # a broken store or a bug still refuses clearly, with no traceback
        raise refuse(language, unexpected(failure, "connect")) from None
    callers[request.sid] = caller
    enter(caller)
    emit(Event.STATE, state)


def enter(caller):
    """Put the socket in its meeting's rooms, count a phone's arrival, and tell the host how many are here."""
    if caller.role == "parent":
        services().floods.arrived(caller.meeting_id, caller.address)
    join_room(room(caller.meeting_id))
    join_room(room(caller.meeting_id, caller.role))
    tell_presence(caller.meeting_id)


def refuse(language, refusal):
    """Return the refusal of a connection: a sentence for the person, its code, and when to try again if known."""
    data = {"code": refusal.code}
    if "retry_after" in refusal.values:  # the phone tries again by itself then
        data["retry_after"] = refusal.values["retry_after"]
    return ConnectionRefusedError(translate(language, refusal.message, **refusal.values), data)


def count_phone(meeting_id, phone, address_key):
    """Count a phone once per meeting by the random value it keeps; an address adds about its phones only."""
    app = services()
    if not isinstance(phone, str) or not 16 <= len(phone) <= 64:
        return
    phone_key = app.floods.phone_key(meeting_id, phone)
    # Only a phone not counted yet spends from the address's allowance: reconnecting costs nothing.
    if not app.store.phone_counted(meeting_id, phone_key) and app.floods.may_count_phone(meeting_id, address_key):
        app.participants.add((meeting_id, phone_key))  # woken after the commit


def identify(auth, language):
    """Return the Caller that the connection's auth proves and, for a phone, the meeting its code opened (read
    once for both); or raise MeetingError."""
    app = services()
    store = app.store
    if "code" in auth:
        meeting = meeting_for_code(auth["code"])
        if meeting is None:
            raise MeetingError("unknown_code", N_("There is no meeting with that code. Check the code and try again."))
        address = app.floods.address_key(request.remote_addr)
        count_phone(meeting.id, auth.get("phone"), address)
        config = current_app.config
        return Caller("parent", meeting.id, language,
                      Bucket(config["CONTRIBUTION_BURST"], config["CONTRIBUTION_INTERVAL"]),
                      address=address), meeting
    meeting_id = auth.get("meeting")
    if "token" in auth and store.host_may_enter(meeting_id, auth["token"]):
        return Caller("host", meeting_id, pick_language(language)), None
    if "screen_token" in auth and store.screen_may_enter(meeting_id, auth["screen_token"]):
        return Caller("screen", meeting_id, language), None
    raise MeetingError("not_allowed", N_("This link is not valid. Ask the host for a new one."))


@socketio.on("disconnect")
def disconnect(*_reason):
    """Forget the socket."""
    caller = callers.pop(request.sid, None)
    if caller is not None and caller.role == "parent":
        services().floods.left(caller.meeting_id, caller.address)
        tell_presence(caller.meeting_id)


def state_for(role, meeting):
    """Return the snapshot of a meeting that a role may see."""
    store, meeting_id = services().store, meeting.id
    state = {"role": role, "meeting": meeting.view(role),
             "limits": {"max_length": current_app.config["MAX_CONTRIBUTION_LENGTH"]}}
    if role == "parent":
        page = phone_wall(meeting)
        state["wall"], state["wall_older"] = page["cards"], page["older"]
    else:
        state["contributions"] = [c.view(role) for c in store.contributions(meeting_id) if c.shown_to(role)]
        links = room_links(base_url(meeting), meeting, store.screen_token(meeting_id))
    if role == "screen":  # a projector that missed a change of address sees it here and reloads
        state["join_url"] = links["join_url"]
    if role == "host":
        state["links"] = links
        state["reach"] = reach(meeting)
        state["wishes"] = [wish.view() for wish in store.wishes(meeting_id)]
        state["notes"] = facilitation.notes_for(meeting)
        state["saving"] = saving_now(meeting_id)  # a console opened while nothing saves shows it at once
    return state
