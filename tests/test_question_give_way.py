"""Rewrites of the teacher's own question that give way to the topic's goals: surveys as "we", either/or questions."""
import pytest

from qpm.questions.check import check
from qpm.questions.rewrite import rewrite
from qpm.questions.suggest import only_swapped


@pytest.mark.parametrize("text, language, first", [
    ("Hur kan ni föräldrar hjälpa era barn att cykla säkert till skolan?", "sv",
     "Hur kan vi som föräldrar hjälpa våra barn att cykla säkert till skolan?"),
    ("How can you help your child feel ready for preschool class?", "en",
     "How can we help our children feel ready for preschool class?"),
])
def test_a_how_can_question_keeps_its_own_words_as_we(text, language, first):
    assert check(text, language).suggestion == first


@pytest.mark.parametrize("text, language, survey", [
    ("Hur mycket tid lägger ni på läxorna varje kväll?", "sv", "Hur mycket tid lägger vi"),
    ("What bedtime do you have for your kids?", "en", "What bedtime do we have"),
    ("How long do your kids spend on homework each evening?", "en", "How long do our kids"),
])
def test_a_survey_turned_we_gives_way_to_a_goal_on_its_topic(text, language, survey):
    verdict = check(text, language)
    assert verdict.suggestion and not verdict.suggestion.startswith(survey)
    assert not any(only_swapped(text, s, language) for s in verdict.suggestions)


def test_a_swap_is_told_from_a_rewrite():
    assert only_swapped("Hur gör ni med godis?", "Hur gör vi som föräldrar med godis?", "sv")
    assert not only_swapped("Hur gör ni med godis?", "Hur kan vi njuta av godis med måtta?", "sv")


@pytest.mark.parametrize("text, language", [
    ("Lagar ni mat ihop med barnen eller gör ni det själva?", "sv"),
    ("Do you give pocket money for chores or just every week?", "en"),
])
def test_an_either_or_question_is_not_asked_as_how_can_we(text, language):
    verdict = check(text, language)
    assert verdict.suggestion and rewrite(text, language) not in verdict.suggestions
    assert all(" eller " not in s and " or " not in s for s in verdict.suggestions)


@pytest.mark.parametrize("text, language, first", [
    ("Why don't the kids help carry the chairs after lunch?", "en",
     "What can we do so that our children want to help carry the chairs after lunch?"),
    ("Varför hjälper inte barnen till att duka?", "sv", "Vad kan vi göra för att våra barn ska vilja hjälpa till att duka?"),
])
def test_not_helping_becomes_wanting_to_help_not_help_to_help(text, language, first):
    assert check(text, language).suggestion == first


def test_a_would_you_question_asks_a_view_and_gives_way_to_the_topics_goals():
    assert not check("Would you let your seven-year-old walk to the shop alone?", "en").suggestion.startswith(
        "How can we let")


@pytest.mark.parametrize("text, language, unwanted", [
    ("Do we have to bring spare clothes every day?", "en", "How can we have to"),
    ("Could you pls sign the trip form?", "en", "pls"),
])
def test_a_whether_question_a_request_and_one_child_read_as_written(text, language, unwanted):
    assert unwanted not in (check(text, language).suggestion or "")


def test_one_child_made_our_children_takes_the_plural_verb():
    assert rewrite("How can you plan the weekends so your child doesn't get bored?", "en") == \
        "How can we plan the weekends so our children don't get bored?"
