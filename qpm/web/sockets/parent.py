"""Socket.IO handlers for parents (thin): contribute, withdraw a held one, agree, wish for a next question."""
from flask import current_app, request

from ...domain import contribution as contributions
from ..app import services, socketio
from .broadcast import announce
from .callers import action
from .events import Event, room


@action(Event.CONTRIBUTE, roles=("parent",), rate_limited=True)
def contribute(meeting, payload, _caller):
    """Store a parent's contribution, then show it to the host (and the screen when visible)."""
    draft = contributions.contribute(meeting, payload.get("text"), payload.get("key"),
                                     limit=current_app.config["MAX_CONTRIBUTION_LENGTH"])
    stored, is_new = services().store.add_contribution(draft)
    if is_new:
        announce(meeting, stored)
    return {"id": stored.id, "status": stored.status, "held_for": list(stored.held_for)}


@action(Event.WITHDRAW, roles=("parent",), rate_limited=True)
def withdraw(meeting, payload, _caller):
    """Take back one's own held contribution by its key (to change it and send again); only the host had it."""
    store = services().store
    held = contributions.withdrawable(store.contribution_by_key(meeting.id, contributions.valid_key(payload.get("key"))))
    store.remove_contribution(held)
    socketio.emit(Event.CONTRIBUTION_REMOVED, {"id": held.id}, to=room(meeting.id, "host"))
    return {"id": held.id}


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
