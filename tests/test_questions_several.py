"""Several questions behind one question mark, and a "why" put at the end, are seen; a lead-in to a goal is not."""
import pytest

from qpm.questions.check import check


@pytest.mark.parametrize("text", [
    "När kommer bussen, vem hämtar barnen, och vad händer om det snöar?",
    "What time does the trip leave, who is driving, and how much does it cost?",
    "Hur kan vi hjälpa barnen, och vad kan skolan göra?",
])
def test_a_clause_that_asks_again_is_another_question(text):
    assert "several_questions" in check(text).codes


@pytest.mark.parametrize("text", [
    "How can we talk with our children about their day, what they enjoyed and how they felt?",
    "Hur kan vi prata med våra barn om dagen, vad de tyckte om och hur de kände sig?",
    "Vad gör våra barn glada, och hur kan vi ge dem mer av det?",
    "How can we create routines together, which help our children feel safe?",
])
def test_an_indirect_question_or_a_lead_in_to_the_goal_is_one_question(text):
    assert check(text).ok


@pytest.mark.parametrize("text", [
    "Our eldest is so jealous of the new baby, why?",
    "Barnen vill aldrig gå ut på rasten – varför då?",
    "Our kids are glued to their phones, how come?",
])
def test_a_why_at_the_end_is_a_why_question(text):
    assert {"why_problem", "pronoun_swap"} & set(check(text).codes)
