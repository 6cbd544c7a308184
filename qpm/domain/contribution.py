"""Contributions: what parents write, how the host moderates it, agreement, and wishes for next time."""
from dataclasses import dataclass, field, replace
from datetime import datetime

from ..i18n import N_
from .meeting import MeetingError, now
from .text import clean_text, normalise, visible
from .privacy import personal_data

MODERATION_ACTIONS = ("approve", "hide", "restore", "star", "unstar", "edit", "group", "merge",
                      "leave_out", "put_in")  # the last two: "Med i brevet" off and on
MAX_KEY = 64
MAX_OWN = 200  # keys a phone may ask about at once
MAX_GROUP = 80


@dataclass(frozen=True)
class Contribution:
    """One anonymous contribution from a phone, to one question."""

    meeting_id: str
    question_index: int
    key: str
    text: str
    status: str = "visible"  # or "held" (waits for the host), "hidden", or "merged" (into a similar idea)
    starred: bool = False
    group: str | None = None
    agrees: int = 0
    in_letter: bool = True  # "Med i brevet": the host may leave a shown idea out of the letter
    held_for: tuple = ()  # why it waits for the host: personal-data codes (see privacy.REASONS)
    created_at: datetime = field(default_factory=now)
    id: int | None = None

    def view(self, role):
        """Return what a role may see of the contribution: the host everything, others the wall card."""
        shown = {"id": self.id, "question_index": self.question_index, "text": self.text,
                 "starred": self.starred, "group": self.group, "agrees": self.agrees}
        if role == "host":
            shown.update(in_letter=self.in_letter, status=self.status, held_for=list(self.held_for), created_at=self.created_at.isoformat())
        return shown

    def own_view(self):
        """Return what the phone that wrote it hears: shown, waiting or not shown, never why."""
        return {"id": self.id, "status": self.status}

    def shown_to(self, role):
        """Return whether a role may see the contribution at all."""
        return role == "host" or self.status == "visible"


def valid_key(key):
    """Return a phone-made key, or raise MeetingError when it is not one."""
    if not isinstance(key, str) or not 0 < len(key) <= MAX_KEY or normalise(key) != key:
        raise MeetingError("bad_key", N_("The contribution has no valid key."))
    return key


def contribute(meeting, text, key, *, limit):
    """Return a new contribution to the open question, held when it looks personal or the host pre-moderates."""
    key = valid_key(key)
    text = clean_text(text, limit)
    if not meeting.is_open_for_contributions:
        raise MeetingError("question_not_open", N_("The question is not open for contributions right now."))
    held_for = tuple(personal_data(text))
    status = "held" if held_for or meeting.premoderation else "visible"
    return Contribution(meeting_id=meeting.id, question_index=meeting.question_index, key=key, text=text,
                        status=status, held_for=held_for)


def resent(stored, text, *, limit):
    """Return the stored contribution a phone sends again by its key, whatever the phase; other words are refused."""
    if clean_text(text, limit) != stored.text:
        raise MeetingError("key_reused", N_("This idea's key was already used for other words. "
                                            "Reload the page and send the idea again."))
    return stored


def moderate(contribution, action, *, text=None, group=None, limit=500):
    """Return the contribution after a host's moderation action (merging is `merge`)."""
    if action not in MODERATION_ACTIONS or action == "merge":
        raise MeetingError("bad_action", N_("Unknown moderation action."))
    if contribution.status == "merged":  # restoring it would count its writer's agreement twice
        raise MeetingError("merged", N_("This idea was merged into a similar one."))
    if action in ("approve", "restore"):
        return replace(contribution, status="visible")
    if action == "hide":
        return replace(contribution, status="hidden")
    if action == "edit":
        # The host's edit (a typo, a name taken out) is what the wall and the letter show; the reasons
        # it is held for are those of the new text, so a number edited out no longer stands as a reason.
        text = clean_text(text, limit)
        return replace(contribution, text=text, held_for=tuple(personal_data(text)))
    if action in ("leave_out", "put_in"):
        return replace(contribution, in_letter=action == "put_in")
    if action == "group":
        return replace(contribution, group=group_name(group))
    return replace(contribution, starred=action == "star")


def withdrawable(contribution):
    """Return a parent's own contribution that may be withdrawn: one still held, which nobody but the host saw."""
    if contribution is None or contribution.status != "held":
        raise MeetingError("cannot_withdraw", N_("Only a contribution that still waits for the host can be changed."))
    return contribution


def group_name(name):
    """Return a tidied group name, or None to take a contribution out of its group."""
    if name is None or (isinstance(name, str) and not visible(normalise(name))):
        return None
    return clean_text(name, MAX_GROUP)


def merge(duplicate, kept):
    """Merge a duplicate into the contribution kept: the duplicate is hidden, its writer counts as agreeing."""
    if duplicate.id == kept.id or duplicate.question_index != kept.question_index \
            or "merged" in (duplicate.status, kept.status):  # a merged idea's agreement is counted already
        raise MeetingError("bad_merge", N_("Only two different contributions to the same question can be merged."))
    # The kept one keeps its status: a merge is no way to publish what waits for the host or was hidden.
    # "merged", not "hidden": the host's counts and its writer's own list tell the two apart.
    return (replace(duplicate, status="merged"), replace(kept, agrees=kept.agrees + duplicate.agrees + 1))


def may_agree(meeting, contribution):
    """Raise MeetingError unless parents may agree with this contribution now."""
    if not meeting.phones_see_ideas or contribution is None or contribution.status != "visible" \
            or contribution.question_index != meeting.question_index:
        raise MeetingError("cannot_agree", N_("You can agree with ideas only while they are shown on the phones."))


@dataclass(frozen=True)
class Wish:
    """A parent's anonymous wish for the question of a coming meeting."""

    meeting_id: str
    text: str
    created_at: datetime = field(default_factory=now)
    id: int | None = None

    def view(self):
        """Return the wish as the host sees it."""
        return {"id": self.id, "text": self.text}


def wish_for_next_question(meeting, text, *, limit):
    """Return a parent's wish for the next meeting's question; wishes are asked for as the meeting ends."""
    text = clean_text(text, limit)
    if meeting.phase not in ("summary", "closed"):
        raise MeetingError("not_now", N_("Wishes for the next question are welcome at the end of the meeting."))
    return Wish(meeting_id=meeting.id, text=text)
