"""A goal keeps the break and the school stage the teacher's question names."""
import pytest

from qpm.questions.check import check
from qpm.questions.details import kept


@pytest.mark.parametrize("goal, text, language, wanted", [
    ("How can we help our children get back into everyday life after the Christmas break?",
     "Why is everyone so tired after the summer holidays?", "en",
     "How can we help our children get back into everyday life after the summer break?"),
    ("How can we help our children look forward to moving up to secondary school?",
     "Our Year 3s are scared of middle school.", "en",
     "How can we help our children look forward to moving up to middle school?"),
    ("Hur kan vi göra jullovet lugnt för våra barn?", "Sportlovet blir bara skärmar.", "sv",
     "Hur kan vi göra sportlovet lugnt för våra barn?"),
    ("Hur kan vi göra bytet till mellanstadiet eller högstadiet tryggt?", "Oron inför högstadiet i sexan.", "sv",
     "Hur kan vi göra bytet till högstadiet tryggt?"),
])
def test_the_question_s_own_break_or_stage_replaces_another(goal, text, language, wanted):
    assert kept(goal, text, language) == wanted
    assert check(wanted, language).ok


@pytest.mark.parametrize("goal, text, language", [
    ("How can we make the Christmas break calm?", "How do we plan our holidays?", "en"),  # none named
    ("Hur kan vi göra jullovet lugnt?", "Från höstlovet till sportlovet är det långt.", "sv"),  # two named
    ("Hur kan vi göra bytet till mellanstadiet eller högstadiet tryggt?", "Skolbytet i sexan.", "sv"),
])
def test_a_goal_stays_as_written_when_the_question_names_no_single_one(goal, text, language):
    assert kept(goal, text, language) == goal


def test_the_checker_offers_the_summer_break_for_a_summer_question():
    first = check("How can we avoid the chaos after the summer break?", "en").suggestion
    assert "summer break" in first and "Christmas" not in first
