"""Facilitation on its own: suggested groups, the discussion timer and the facilitator notes."""
from datetime import datetime, timedelta, timezone

import pytest

from qpm.domain import meeting as domain
from qpm.domain.contribution import Contribution
from qpm.domain.facilitation import notes_for, run_timer, write_note
from qpm.domain.grouping import suggest_groups
from qpm.domain.meeting import PHASES, MeetingError

T0 = datetime(2026, 11, 22, 17, 30, tzinfo=timezone.utc)


def planned(language="sv"):
    request = {"title": "Möte", "language": language, "questions": ["Hur kan vi hjälpa våra barn att vila?"]}
    return domain.plan_meeting(request, meeting_id="m1", code="ABC234")


def ideas(*texts, **fields):
    return [Contribution(meeting_id="m1", question_index=0, key=str(n), text=text, id=n, **fields)
            for n, text in enumerate(texts, start=1)]


def test_contributions_sharing_a_word_are_proposed_as_a_group():
    proposals = suggest_groups(ideas("Läsa en saga före vilan", "Vi läser sagor varje kväll",
                                     "Mörkt och tyst i rummet", "Ett mörkare rum hjälper", "Gosedjur"))
    assert {tuple(p["ids"]) for p in proposals} == {(1, 2), (3, 4)}
    assert all(p["label"][0].isupper() for p in proposals)


def test_english_and_grouped_contributions():
    proposals = suggest_groups(ideas("Reading stories at night", "We read a story together", "Walks outside"))
    assert [p["ids"] for p in proposals] == [[1, 2]] and proposals[0]["label"] in ("Reading", "Read")
    assert suggest_groups(ideas("Läsa sagor", "Läsa mer sagor", group="Sagor")) == []


def test_no_proposal_without_shared_content_words():
    assert suggest_groups(ideas("Vila", "Mat", "Lek ute")) == []
    assert suggest_groups([]) == []


def test_the_timer_runs_pauses_resumes_and_ends():
    meeting = run_timer(planned(), "start", 300, at=T0)
    assert meeting.timer_ends_at == T0 + timedelta(minutes=5)
    paused = run_timer(meeting, "pause", at=T0 + timedelta(minutes=1))
    assert paused.timer_ends_at is None and paused.timer_left == 240
    longer = run_timer(paused, "add_minute")
    assert longer.timer_left == 300
    resumed = run_timer(longer, "resume", at=T0 + timedelta(minutes=10))
    assert resumed.timer_ends_at == T0 + timedelta(minutes=15)
    assert run_timer(resumed, "add_minute").timer_ends_at == T0 + timedelta(minutes=16)
    ended = run_timer(resumed, "end")
    assert ended.timer_ends_at is None and ended.timer_left is None
    view = resumed.view("screen")["timer"]
    assert view["ends_at"] and view["now"]


@pytest.mark.parametrize("action, seconds", [("start", 0), ("start", "60"), ("start", 4 * 3600), ("start", None),
                                             ("start", True), ("explode", None)])
def test_bad_timer_commands_are_refused(action, seconds):
    with pytest.raises(MeetingError):
        run_timer(planned(), action, seconds)


def test_pausing_or_lengthening_a_stopped_timer_changes_nothing():
    meeting = planned()
    assert run_timer(meeting, "pause") == meeting and run_timer(meeting, "add_minute") == meeting


def test_facilitator_notes_have_defaults_in_both_languages_and_can_be_rewritten():
    swedish, english = notes_for(planned("sv")), notes_for(planned("en"))
    assert set(swedish) == set(PHASES) == set(english) and all(swedish.values()) and all(english.values())
    assert "känslomässiga" in swedish["lobby"] and "emotional" in english["lobby"]
    own = write_note(planned(), "question", "Läs frågan två gånger.")
    assert notes_for(own)["question"] == "Läs frågan två gånger."
    assert notes_for(write_note(own, "question", "  "))["question"] == swedish["question"]
    with pytest.raises(MeetingError):
        write_note(planned(), "party", "x")
    with pytest.raises(MeetingError):
        write_note(planned(), "info", 5)
