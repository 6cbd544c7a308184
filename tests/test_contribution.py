"""Contributions on their own: writing, holding personal data, moderation, merging, agreement, wishes."""
import pytest

from qpm.domain import contribution as contributions
from qpm.domain import meeting as domain
from qpm.domain.contribution import Contribution
from qpm.domain.meeting import MeetingError

QUESTION = "Hur kan vi hjälpa våra barn att komma till ro vid vilan?"


def open_meeting(**fields):
    request = {"kind": "qpm", "title": "Föräldramöte", "questions": [QUESTION]}
    request.update(fields)
    return domain.change_phase(domain.plan_meeting(request, meeting_id="m1", code="ABC234"), "question")


def refused_code(call, *args, **kwargs):
    with pytest.raises(MeetingError) as refusal:
        call(*args, **kwargs)
    return refusal.value.code


def idea(text="Läsa en saga", **fields):
    return Contribution(**{"meeting_id": "m1", "question_index": 0, "key": "k", "text": text, "id": 1, **fields})


def test_contributions_go_to_the_open_question():
    meeting = open_meeting()
    contribution = contributions.contribute(meeting, "  Läsa en saga  \n", "k1", limit=500)
    assert contribution.text == "Läsa en saga"
    assert contribution.status == "visible" and contribution.question_index == 0


def test_premoderation_holds_every_contribution():
    meeting = open_meeting(premoderation=True)
    assert contributions.contribute(meeting, "Vila", "k1", limit=500).status == "held"


def test_no_contribution_while_the_question_is_closed():
    assert refused_code(contributions.contribute, domain.plan_meeting({"title": "M", "questions": [QUESTION]}, meeting_id="m", code="C"), "Vila", "k1", limit=500) == "question_not_open"


@pytest.mark.parametrize("text, key, code", [
    ("", "k", "empty"), ("   \n\t ", "k", "empty"), ("\u200b\u200b", "k", "empty"), (None, "k", "bad_type"),
    (["a"], "k", "bad_type"), ("x" * 501, "k", "too_long"), ("ok", "", "bad_key"), ("ok", None, "bad_key"),
    ("ok", "k" * 65, "bad_key"), ("ok", 7, "bad_key"),
])
def test_bad_contributions_are_refused(text, key, code):
    meeting = open_meeting()
    assert refused_code(contributions.contribute, meeting, text, key, limit=500) == code


def test_text_is_kept_as_typed_but_without_control_characters():
    meeting = open_meeting()
    text = '<img src=x onerror="alert(1)"> & </w:t>\x00\u202e'
    assert contributions.contribute(meeting, text, "k", limit=500).text == '<img src=x onerror="alert(1)"> & </w:t>'


@pytest.mark.parametrize("action, status, starred", [
    ("approve", "visible", False), ("hide", "hidden", False), ("restore", "visible", False),
    ("star", "held", True), ("unstar", "held", False),
])
def test_moderation(action, status, starred):
    held = Contribution(meeting_id="m1", question_index=0, key="k", text="t", status="held")
    changed = contributions.moderate(held, action)
    assert (changed.status, changed.starred) == (status, starred)


def test_unknown_moderation_is_refused():
    held = Contribution(meeting_id="m1", question_index=0, key="k", text="t")
    assert refused_code(contributions.moderate, held, "delete") == "bad_action"


def test_views_show_each_role_only_its_share():
    held = idea(status="held", held_for=("name",))
    assert held.shown_to("host") and not held.shown_to("screen") and not held.shown_to("parent")
    assert held.view("host")["held_for"] == ["name"]
    assert "status" not in held.view("screen") and "key" not in held.view("host")


@pytest.mark.parametrize("text, reason", [
    ("Jag tycker att Saga borde vila mer", "name"), ("Ring mig på 070-123 45 67", "phone"),
    ("anna.svensson@example.se", "email"), ("Mitt barn har 201212121212", "personnummer"),
    ("Vi bor på Storgatan 12", "address"),
])
def test_personal_data_is_held_for_the_host_even_without_premoderation(text, reason):
    contribution = contributions.contribute(open_meeting(), text, "k", limit=500)
    assert contribution.status == "held" and reason in contribution.held_for


def test_edit_replaces_the_text_and_group_names_are_tidied():
    edited = contributions.moderate(idea("Emma behöver vila"), "edit", text="Barnen behöver vila")
    assert edited.text == "Barnen behöver vila"
    assert refused_code(contributions.moderate, idea(), "edit", text="  ") == "empty"
    grouped = contributions.moderate(idea(), "group", group="  Sagor ")
    assert grouped.group == "Sagor"
    assert contributions.moderate(grouped, "group", group="").group is None
    assert refused_code(contributions.moderate, idea(), "group", group="x" * 81) == "too_long"


def test_merging_takes_the_duplicate_off_the_wall_and_counts_its_writer_as_agreeing():
    duplicate, kept = contributions.merge(idea(id=2, agrees=1), idea(id=1, agrees=3))
    assert duplicate.status == "merged" and kept.agrees == 5  # merged, not hidden: the host counts them apart
    assert not duplicate.shown_to("screen") and not duplicate.shown_to("parent")
    assert refused_code(contributions.merge, idea(id=1), idea(id=1)) == "bad_merge"
    assert refused_code(contributions.merge, idea(id=2, question_index=1), idea(id=1)) == "bad_merge"
    # Once merged, its agreement is counted: merging or restoring it again would count it twice.
    assert refused_code(contributions.merge, duplicate, idea(id=3)) == "bad_merge"
    assert refused_code(contributions.merge, idea(id=3), duplicate) == "bad_merge"
    assert refused_code(contributions.moderate, duplicate, "restore") == "merged"


def test_agreeing_needs_the_wall_on_the_phones_and_a_visible_idea_of_the_open_question():
    meeting = open_meeting()
    assert refused_code(contributions.may_agree, meeting, idea()) == "cannot_agree"
    shown = domain.change_settings(meeting, {"wall_on_phones": True})
    contributions.may_agree(shown, idea())
    for other in (idea(status="hidden"), idea(status="held"), idea(question_index=1), None):
        assert refused_code(contributions.may_agree, shown, other) == "cannot_agree"


def test_wishes_are_taken_at_the_end_of_the_meeting():
    assert refused_code(contributions.wish_for_next_question, open_meeting(), "Sömn", limit=500) == "not_now"
    summary = domain.change_phase(open_meeting(), "summary")
    assert contributions.wish_for_next_question(summary, " Sömn ", limit=500).text == "Sömn"
