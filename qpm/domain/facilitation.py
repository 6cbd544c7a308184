"""Facilitation: the discussion timer and the host's facilitator notes for each phase."""
import tomllib
from dataclasses import replace
from datetime import timedelta
from functools import lru_cache

from ..config import PACKAGE
from ..i18n import N_, pick_language
from .meeting import PHASES, MeetingError, now
from .text import clean_text, normalise, visible

TIMER_ACTIONS = ("start", "pause", "resume", "add_minute", "end")
LONGEST_TIMER = 3 * 60 * 60
MAX_NOTE = 2000


def run_timer(meeting, action, seconds=None, at=None):
    """Return the meeting with its discussion timer started, paused, resumed, lengthened or ended."""
    at = at or now()
    ends, left = meeting.timer_ends_at, meeting.timer_left
    if action == "start":
        if not isinstance(seconds, int) or isinstance(seconds, bool) or not 0 < seconds <= LONGEST_TIMER:
            raise MeetingError("bad_time", N_("Set a time between 1 second and 3 hours."))
        ends, left = at + timedelta(seconds=seconds), None
    elif action == "pause" and ends:
        ends, left = None, max(0.0, (ends - at).total_seconds())
    elif action == "resume" and left is not None:
        ends, left = at + timedelta(seconds=left), None
    elif action == "add_minute" and (ends or left is not None):
        ends, left = (ends + timedelta(minutes=1), None) if ends else (None, left + 60)
    elif action == "end":
        ends, left = None, None
    elif action not in TIMER_ACTIONS:
        raise MeetingError("bad_timer", N_("Unknown timer action."))
    return replace(meeting, timer_ends_at=ends, timer_left=left)


@lru_cache(maxsize=1)
def default_notes():
    """Return the shipped facilitator notes: language → phase → text."""
    with (PACKAGE / "data" / "facilitator_notes.toml").open("rb") as handle:
        return tomllib.load(handle)


def notes_for(meeting):
    """Return the facilitator notes of every phase: the host's own where written, else the defaults."""
    defaults = default_notes()[pick_language(meeting.language)]
    return {phase: meeting.notes.get(phase) or defaults.get(phase, "") for phase in PHASES}


def write_note(meeting, phase, text):
    """Return the meeting with the host's own note for a phase (empty text brings back the default)."""
    if phase not in PHASES:
        raise MeetingError("bad_phase", N_("Unknown phase."))
    notes = dict(meeting.notes)
    if isinstance(text, str) and not visible(normalise(text)):
        notes.pop(phase, None)
    else:
        notes[phase] = clean_text(text, MAX_NOTE)
    return replace(meeting, notes=notes)
