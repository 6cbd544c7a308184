"""Socket.IO handlers for the host (thin): moderation, groups, phases, settings, timer and notes."""
from flask import current_app

from ...domain import contribution as contributions
from ...domain import facilitation, grouping
from ...domain import meeting as domain
from ...domain.meeting import MeetingError
from ...i18n import N_
from ..app import join_addresses, services
from .broadcast import announce, reset_wall, tell_address, tell_meeting
from .callers import action
from .events import Event


def idea(meeting, contribution_id):
    """Return one of the meeting's contributions, or raise MeetingError."""
    found = services().store.contribution(meeting.id, contribution_id)
    if found is None:
        raise MeetingError("unknown_contribution", N_("There is no such contribution."))
    return found


def save_and_announce(meeting, before, after):
    """Store moderated contributions, then tell the rooms what changed."""
    for old, new in zip(before, after):
        services().store.save_contribution(new)
        announce(meeting, new, was_shown=old.status == "visible")


def share(before, after):
    """Store a changed meeting and tell everyone; phones get their wall anew when what it shows changed."""
    services().store.save_meeting(after)
    tell_meeting(after)
    if (after.question_index, after.phones_see_ideas) != (before.question_index, before.phones_see_ideas):
        reset_wall(after)


@action(Event.MODERATE, roles=("host",))
def moderate(meeting, payload, _caller):
    """Approve, hide, restore, star, unstar, edit, group or merge a contribution."""
    target = idea(meeting, payload.get("id"))
    if payload.get("action") == "merge":
        before = [target, idea(meeting, payload.get("into"))]
        after = contributions.merge(*before)
    else:
        before = [target]
        after = [contributions.moderate(target, payload.get("action"), text=payload.get("text"),
                                        group=payload.get("group"),
                                        limit=current_app.config["MAX_CONTRIBUTION_LENGTH"])]
    save_and_announce(meeting, before, after)


@action(Event.GROUP, roles=("host",))
def group(meeting, payload, _caller):
    """Put several contributions in one named group (accepting or renaming a suggested group)."""
    ids = payload.get("ids")
    if not isinstance(ids, list) or not ids or len(ids) > 500:
        raise MeetingError("bad_type", N_("“%(field)s” must be a list of texts."), field="ids")
    name = contributions.group_name(payload.get("name"))
    members = [idea(meeting, contribution_id) for contribution_id in ids]
    save_and_announce(meeting, members, [contributions.moderate(c, "group", group=name) for c in members])


@action(Event.SUGGEST_GROUPS, roles=("host",))
def suggest_groups(meeting, _payload, _caller):
    """Propose groups for the open question's shown contributions; nothing changes until the host accepts."""
    # Only shown ones: a label taken from a held contribution could put a child's name on the projector.
    shown = services().store.contributions(meeting.id, ("visible",), meeting.question_index)
    return {"groups": grouping.suggest_groups(shown)}


@action(Event.CHANGE_PHASE, roles=("host",))
def change_phase(meeting, payload, _caller):
    """Move the meeting to another phase or question and tell everyone in it."""
    share(meeting, domain.change_phase(meeting, payload.get("phase"), payload.get("question")))


@action(Event.SETTINGS, roles=("host",))
def change_settings(meeting, payload, _caller):
    """Switch pre-moderation, the ideas on the phones, or reveal mode."""
    share(meeting, domain.change_settings(meeting, payload))


@action(Event.JOIN_ADDRESS, roles=("host",))
def choose_join_address(meeting, payload, _caller):
    """Put one of the laptop's addresses (Wi-Fi, Ethernet, VPN) in this meeting's QR code and links."""
    offered = [choice["url"] for choice in join_addresses()]
    chosen = domain.choose_join_address(meeting, payload.get("url"), offered)
    services().store.save_meeting(chosen)
    tell_address(chosen)


@action(Event.TIMER, roles=("host",))
def timer(meeting, payload, _caller):
    """Start, pause, resume, lengthen or end the discussion timer shown on the projector and phones."""
    share(meeting, facilitation.run_timer(meeting, payload.get("action"), payload.get("seconds")))


@action(Event.NOTE, roles=("host",))
def note(meeting, payload, _caller):
    """Store the host's own facilitator note for a phase; return all the notes."""
    noted = facilitation.write_note(meeting, payload.get("phase"), payload.get("text"))
    services().store.save_meeting(noted)
    return {"notes": facilitation.notes_for(noted)}
