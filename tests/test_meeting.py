"""The meeting domain on its own: no app, no database."""
import pytest

from qpm import meeting as domain
from qpm.meeting import Contribution, MeetingError

QUESTION = "Hur kan vi hjälpa våra barn att komma till ro vid vilan?"


def planned(**fields):
    request = {"kind": "qpm", "title": "Föräldramöte", "questions": [QUESTION]}
    request.update(fields)
    return domain.plan_meeting(request, meeting_id="m1", code="ABC234")


def refused_code(call, *args, **kwargs):
    with pytest.raises(MeetingError) as refusal:
        call(*args, **kwargs)
    return refusal.value.code


def test_join_codes_are_six_unambiguous_characters():
    codes = {domain.new_join_code() for _ in range(500)}
    assert len(codes) > 490
    assert all(len(code) == 6 for code in codes)
    assert not set("".join(codes)) & set("01OIL")


def test_typed_codes_are_normalised():
    assert domain.normalise_join_code(" abc-234 ") == "ABC234"
    assert domain.normalise_join_code(None) == ""


def test_a_planned_meeting_starts_in_the_lobby():
    meeting = planned(unit="Humlan", info=["Lucia", "  "])
    assert meeting.phase == "lobby" and meeting.question == QUESTION
    assert meeting.info == ("Lucia",)
    assert not meeting.is_open_for_contributions


@pytest.mark.parametrize("fields, code", [
    ({"kind": "party"}, "bad_kind"),
    ({"title": ""}, "no_title"),
    ({"title": "   "}, "no_title"),
    ({"title": None}, "no_title"),
    ({"title": 42}, "bad_type"),
    ({"title": "x" * 201}, "too_long"),
    ({"questions": []}, "no_question"),
    ({"questions": "Hur kan vi?"}, "bad_type"),
    ({"questions": [QUESTION, QUESTION]}, "one_question"),
    ({"info": [1, 2]}, "bad_type"),
    ({"info": ["x"] * 21}, "too_many"),
    ({"language": "fr"}, "bad_language"),
    ({"premoderation": "yes"}, "bad_type"),
])
def test_bad_meeting_requests_are_refused(fields, code):
    assert refused_code(planned, **fields) == code


def test_a_request_that_is_not_an_object_is_refused():
    assert refused_code(domain.plan_meeting, ["x"], meeting_id="m", code="C") == "bad_request"


def test_themed_meetings_may_have_several_questions():
    meeting = planned(kind="themed", questions=[QUESTION, "Hur kan vi prata om sociala medier hemma?"])
    moved = domain.change_phase(meeting, "question", question=1)
    assert moved.question.startswith("Hur kan vi prata")


def test_phases_move_and_closing_is_timestamped():
    meeting = planned()
    assert domain.change_phase(meeting, "question").is_open_for_contributions
    closed = domain.change_phase(meeting, "closed")
    assert closed.closed_at is not None
    assert domain.change_phase(closed, "summary").closed_at is None


@pytest.mark.parametrize("phase, question, code", [
    ("party", None, "bad_phase"), (None, None, "bad_phase"), ("question", 5, "bad_question"),
    ("question", "0", "bad_question"), ("question", True, "bad_question"), ("question", -1, "bad_question"),
])
def test_bad_phase_changes_are_refused(phase, question, code):
    assert refused_code(domain.change_phase, planned(), phase, question) == code


def test_contributions_go_to_the_open_question():
    meeting = domain.change_phase(planned(), "question")
    contribution = domain.contribute(meeting, "  Läsa en saga  \n", "k1", limit=500)
    assert contribution.text == "Läsa en saga"
    assert contribution.status == "visible" and contribution.question_index == 0


def test_premoderation_holds_every_contribution():
    meeting = domain.change_phase(planned(premoderation=True), "question")
    assert domain.contribute(meeting, "Vila", "k1", limit=500).status == "held"


def test_no_contribution_while_the_question_is_closed():
    assert refused_code(domain.contribute, planned(), "Vila", "k1", limit=500) == "question_not_open"


@pytest.mark.parametrize("text, key, code", [
    ("", "k", "empty"), ("   \n\t ", "k", "empty"), ("\u200b\u200b", "k", "empty"), (None, "k", "bad_type"),
    (["a"], "k", "bad_type"), ("x" * 501, "k", "too_long"), ("ok", "", "bad_key"), ("ok", None, "bad_key"),
    ("ok", "k" * 65, "bad_key"), ("ok", 7, "bad_key"),
])
def test_bad_contributions_are_refused(text, key, code):
    meeting = domain.change_phase(planned(), "question")
    assert refused_code(domain.contribute, meeting, text, key, limit=500) == code


def test_text_is_kept_as_typed_but_without_control_characters():
    meeting = domain.change_phase(planned(), "question")
    text = '<img src=x onerror="alert(1)"> & </w:t>\x00\u202e'
    assert domain.contribute(meeting, text, "k", limit=500).text == '<img src=x onerror="alert(1)"> & </w:t>'


@pytest.mark.parametrize("action, status, starred", [
    ("approve", "visible", False), ("hide", "hidden", False), ("restore", "visible", False),
    ("star", "held", True), ("unstar", "held", False),
])
def test_moderation(action, status, starred):
    held = Contribution(meeting_id="m1", question_index=0, key="k", text="t", status="held")
    changed = domain.moderate(held, action)
    assert (changed.status, changed.starred) == (status, starred)


def test_unknown_moderation_is_refused():
    held = Contribution(meeting_id="m1", question_index=0, key="k", text="t")
    assert refused_code(domain.moderate, held, "delete") == "bad_action"


def test_views_show_each_role_only_its_share():
    meeting = planned()
    assert "questions" in meeting.view("host") and "questions" not in meeting.view("parent")
    held = Contribution(meeting_id="m1", question_index=0, key="k", text="t", status="held", id=1)
    assert held.shown_to("host") and not held.shown_to("screen")
    assert "status" not in held.view("screen") and "key" not in held.view("host")
