"""The meeting domain on its own: no app, no database."""
import pytest

from qpm.domain import meeting as domain
from qpm.domain.meeting import MeetingError

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


def test_views_show_each_role_only_its_share():
    meeting = planned()
    assert "questions" in meeting.view("host") and "questions" not in meeting.view("parent")



def test_settings_switch_and_reveal_mode_hides_the_wall_until_revealed():
    meeting = domain.change_settings(planned(), {"wall_on_phones": True, "reveal_mode": True})
    assert meeting.wall_on_phones and not meeting.view("screen")["revealed"]
    revealed = domain.change_settings(meeting, {"revealed": True})
    assert revealed.view("screen")["revealed"]
    themed = planned(kind="themed", questions=[QUESTION, "Hur kan vi prata om skärmar hemma?"])
    themed = domain.change_settings(themed, {"reveal_mode": True, "revealed": True})
    assert not domain.change_phase(themed, "question", question=1).view("screen")["revealed"]


@pytest.mark.parametrize("request_", [{}, {"volume": True}, {"premoderation": "on"}, None])
def test_bad_settings_are_refused(request_):
    with pytest.raises(MeetingError):
        domain.change_settings(planned(), request_)


def test_the_letter_is_published_only_when_closed_and_unpublished_on_reopening():
    assert refused_code(domain.publish_letter, planned()) == "not_closed"
    published = domain.publish_letter(domain.change_phase(planned(), "closed"))
    assert published.letter_published
    assert not domain.change_phase(published, "summary").letter_published


def test_unfit_questions_are_refused_unless_kept_as_they_are():
    with pytest.raises(domain.QuestionNotFit) as refusal:
        planned(questions=["Varför sover inte barnen?"])
    assert not refusal.value.verdicts[0].ok
    kept = planned(questions=["Varför sover inte barnen?"], accept_question_as_is=True)
    assert kept.accepted_as_is == (0,)


def test_a_meeting_keeps_the_age_group_of_its_children():
    assert planned(age_group="förskola").age_group == "förskola"
    assert planned().age_group == "" and planned(age_group="").age_group == ""
    assert refused_code(planned, age_group="dagis") == "bad_age"
    assert refused_code(planned, age_group=["förskola"]) == "bad_age"
