"""A goal set against a problem ("i stället för att bråka", "even when they have done something wrong") stays fit."""
import pytest

from qpm.questions.check import check


@pytest.mark.parametrize("text", [
    "Hur kan vi hjälpa barnen att prata om känslor istället för att slåss?",
    "Hur kan vi göra läxstunden till något mysigt i stället för ett tjat?",
    "How can we get our children to talk it through rather than fight?",
    "How can we help our children own their choices, even when they made a mistake?",
    "Hur kan vi vara lugna förebilder även när barnen bråkar?",
])
def test_the_contrast_is_not_the_aim(text):
    assert check(text).ok


@pytest.mark.parametrize("text", [
    "Hur kan vi minska bråken istället för att skälla?",
    "How can we stop the fighting instead of shouting?",
    "Hur kan vi få dem att sluta tjata även när de är trötta?",
])
def test_a_problem_before_the_contrast_still_counts(text):
    assert "negative_framing" in check(text).codes or "do_about" in check(text).codes
