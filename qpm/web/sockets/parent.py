"""Socket.IO handlers for parents (thin): contribute, withdraw a held one, agree, wish for a next question."""
from flask import current_app, request
from flask_socketio import join_room, rooms

from ...domain import contribution as contributions
from ...domain.meeting import MeetingError
from ...i18n import N_
from ..app import services, socketio
from .broadcast import announce, phone_wall
from .callers import SENDING_FAST, action, spend
from .events import Event, own_room, room


@action(Event.CONTRIBUTE, roles=("parent",), rate_limited=True)
def contribute(meeting, payload, caller):
    """Store a parent's contribution, then show it to the host (and the screen when visible)."""
    limit = current_app.config["MAX_CONTRIBUTION_LENGTH"]
    # A resend of a stored one costs nothing and answers whatever the phase: the phone must not mark it failed.
    store, key = services().store, contributions.valid_key(payload.get("key"))
    stored = store.contribution_by_key(meeting.id, key) if store.key_used(meeting.id, key) else None
    is_new = False
    if stored is None:
        draft = contributions.contribute(meeting, payload.get("text"), payload.get("key"), limit=limit)
        spend(caller, Event.CONTRIBUTE)
        stored, is_new = services().writer.add(draft)  # woken only after the commit
    if not is_new:
        stored = contributions.resent(stored, payload.get("text"), limit=limit)  # the same key, the same words
    join_room(own_room(meeting.id, stored.id))  # this phone hears when the host shows or hides it
    if is_new:
        announce(meeting, stored, new=True)
    return {"id": stored.id, "status": stored.status, "held_for": list(stored.held_for)}


@action(Event.WITHDRAW, roles=("parent",), rate_limited=True)
def withdraw(meeting, payload, _caller):
    """Take back one's own held contribution by its key (to change it and send again); only the host had it."""
    store = services().store
    held = contributions.withdrawable(store.contribution_by_key(meeting.id, contributions.valid_key(payload.get("key"))))
    store.remove_contribution(held)
    socketio.emit(Event.CONTRIBUTION_REMOVED, {"id": held.id}, to=room(meeting.id, "host"))
    return {"id": held.id}


# Not from the phone's message bucket: tapping "I agree" on six ideas in a row is how a room agrees, and each
# idea counts once per connection and once per phone behind an address (limits.Floods.may_agree) anyway.
@action(Event.AGREE, roles=("parent",))
def agree(meeting, payload, caller):
    """Count a phone's agreement with an idea once, and show the new count."""
    store = services().store
    idea = store.contribution(meeting.id, payload.get("id"))
    contributions.may_agree(meeting, idea)
    if own_room(meeting.id, idea.id) in rooms():  # the socket that wrote it (or asked `mine` for it)
        raise MeetingError("own_idea", N_("Agreeing with your own idea does not count: it is yours already."))
    if idea.id in caller.agreed:  # a connection counts once per idea, whatever keys it makes up
        return {"agrees": idea.agrees}
    if not services().floods.may_agree(meeting.id, caller.address, idea.id):
        raise MeetingError("rate_limited", SENDING_FAST)
    caller.agreed.add(idea.id)
    # Without a key of its own the phone agrees once per connection.
    key = payload.get("key") if "key" in payload else f"connection:{request.sid}"
    counted = store.agree(idea, contributions.valid_key(key))
    announce(meeting, counted, was_shown=True)
    return {"agrees": counted.agrees}


@action(Event.SUGGEST, roles=("parent",), rate_limited=True)
def suggest(meeting, payload, caller):
    """Store a parent's wish for the next question and show it to the host."""
    wish = contributions.wish_for_next_question(meeting, payload.get("text"),
                                                limit=current_app.config["MAX_CONTRIBUTION_LENGTH"])
    spend(caller, Event.SUGGEST)
    stored = services().store.add_wish(wish)
    socketio.emit(Event.WISH, stored.view(), to=room(meeting.id, "host"))


@action(Event.MINE, roles=("parent",))
def mine(meeting, payload, _caller):
    """Tell a phone what became of the contributions it sent (by their keys), and follow them from now on."""
    keys = payload.get("keys")
    if not isinstance(keys, list) or len(keys) > contributions.MAX_OWN:
        raise MeetingError("bad_type", N_("“%(field)s” must be a list of texts."), field="keys")
    found = [services().store.contribution_by_key(meeting.id, contributions.valid_key(key)) for key in keys]
    for contribution in filter(None, found):
        join_room(own_room(meeting.id, contribution.id))
    return {"items": [{"key": key, **c.own_view()} for key, c in zip(keys, found) if c]}


@action(Event.OLDER_IDEAS, roles=("parent",))  # a bounded read, like `mine`: it spends no contribution
def older_ideas(meeting, payload, _caller):
    """Send a phone the next page of older ideas on the wall, before the oldest one it has."""
    before = payload.get("before")
    if not isinstance(before, int) or isinstance(before, bool) or not 0 < before < 2**63:
        raise MeetingError("unknown_contribution", N_("There is no such contribution."))
    return phone_wall(meeting, before)
