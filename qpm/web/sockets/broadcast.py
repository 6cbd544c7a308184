"""Telling the rooms: what the host, the screen and the phones hear when something changes."""
from ..app import base_url, reach, services, socketio
from ..rooms import room_links
from .events import Event, own_room, room


PHONE_WALL_PAGE = 50  # ideas a phone gets at once: a reconnect costs a few KB, not the evening's whole wall


def phone_wall(meeting, before=None):
    """Return a page of the wall the phones show (the newest visible ideas of the open question older than
    `before`, when the host shows them) and how many older ones remain for the phone to ask for."""
    if not meeting.phones_see_ideas:
        return {"cards": [], "older": 0}
    shown, older = services().store.newest_shown(meeting.id, meeting.question_index, PHONE_WALL_PAGE, before)
    return {"cards": [c.view("parent") for c in shown], "older": older}


def announce(meeting, contribution, was_shown=False, new=False):
    """Send a new or changed contribution to the host, to the screen and phones as far as they may see it.

    A contribution the screen never saw is not even named to it: a held one stays the host's alone. A new
    one's writer hears nothing more than its acknowledgement says.
    """
    socketio.emit(Event.CONTRIBUTION, contribution.view("host"), to=room(meeting.id, "host"))
    if not new:
        socketio.emit(Event.OWN, contribution.own_view(), to=own_room(meeting.id, contribution.id))
    shown = contribution.shown_to("screen")
    if shown:
        socketio.emit(Event.CONTRIBUTION, contribution.view("screen"), to=room(meeting.id, "screen"))
    elif was_shown:
        socketio.emit(Event.CONTRIBUTION_REMOVED, {"id": contribution.id}, to=room(meeting.id, "screen"))
    if meeting.phones_see_ideas and contribution.question_index == meeting.question_index and (shown or was_shown):
        services().wall.changed(meeting.id, contribution.id, contribution.view("parent") if shown else None)


def tell_meeting(meeting):
    """Send the meeting's shared state (phase, question, timer, switches) to everyone in it."""
    socketio.emit(Event.PHASE, meeting.view("parent"), to=room(meeting.id))


def send_wall(meeting_id, batch):
    """Send one batch of wall changes to a meeting's phones."""
    socketio.emit(Event.WALL, batch, to=room(meeting_id, "parent"))


def reset_wall(meeting):
    """Send the phones the whole wall anew (after the host shows or hides it, or moves on)."""
    page = phone_wall(meeting)
    socketio.emit(Event.WALL, {"reset": True, "changed": page["cards"], "removed": [], "older": page["older"]},
                  to=room(meeting.id, "parent"))


def tell_address(meeting):
    """Tell the host and the projector which address the QR code and the links now use."""
    links = room_links(base_url(meeting), meeting, services().store.screen_token(meeting.id))
    socketio.emit(Event.ADDRESS, {"links": links, "reach": reach(meeting)}, to=room(meeting.id, "host"))
    socketio.emit(Event.ADDRESS, {"join_url": links["join_url"]}, to=room(meeting.id, "screen"))


def tell_saving(meeting_id, writable):
    """Tell a meeting's hosts whether the store saves now: a banner on the console while it does not."""
    socketio.emit(Event.SAVING, {"writable": writable}, to=room(meeting_id, "host"))
