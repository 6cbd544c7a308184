"""The place of the teacher's concern: found after a preposition, kept in the topic's goal, never a time or a modifier."""
import pytest

from qpm.questions.check import is_fit
from qpm.questions.settings import _data, around_goal, setting
from qpm.questions.suggest import reads_well
from qpm.questions.topics import lexicon

# Invented for the mechanism, not taken from any evaluation file.
@pytest.mark.parametrize("text, language, place", [
    ("Varför retas de äldre med de små på skolbussen?", "sv", "på skolbussen"),
    ("Bråk vid middagsbordet varje dag.", "sv", "vid middagsbordet"),
    ("Varför blir det så stökigt i hallen och i tamburen?", "sv", "i hallen"),
    ("Vad gör vi åt att ingen vill vara med honom på rasterna?", "sv", "på rasterna"),
    ("Why do the older ones push in the queue at break time?", "en", "at break time"),
    ("Kids who hide in the toilets during PE.", "en", "in the toilets"),
    ("Strangers who message our kids in Roblox and Minecraft.", "en", "in Roblox and Minecraft"),
])
def test_the_place_of_the_concern_is_found(text, language, place):
    assert setting(text, language) == place


@pytest.mark.parametrize("text, language", [
    ("Varför vill ingen vara ute på förmiddagen?", "sv"),  # a time of day, not "middagen"
    ("Varför somnar de aldrig på kvällen?", "sv"),  # a time: few goals read well with it
    ("He throws himself on the supermarket floor over sweets.", "en"),  # "the supermarket floor" is the place
    ("Why are they always tired at weekends?", "en"),
    ("Hur vanligt är det att barn ljuger?", "sv"),
])
def test_a_time_or_a_modifier_is_no_place(text, language):
    assert setting(text, language) is None


def test_the_goal_keeps_the_place_of_the_concern():
    assert around_goal("Varför retas de äldre med de små på skolbussen?", "sv") == \
        "Hur kan vi hjälpa våra barn att känna sig trygga och omtyckta på skolbussen?"
    assert around_goal("Why do the siblings always fight on the bus?", "en") == \
        "How can we help brothers and sisters get along on the bus?"


def test_a_place_that_opened_the_question_is_inside_the_goal():
    assert around_goal("I omklädningsrummet retas de äldre med de små.", "sv") == \
        "Hur kan vi hjälpa våra barn att känna sig trygga och omtyckta i omklädningsrummet?"


def test_a_goal_that_already_names_the_place_is_not_given_it_twice():
    assert around_goal("Varför vill barnen inte vila på vilan?", "sv") is None


def test_every_place_goal_is_fit_and_reads_well_at_a_place():
    for topic, goals in _data()["around"].items():
        assert topic in lexicon()
        for language, template in goals.items():
            goal = template.format(setting="på gården" if language == "sv" else "in the playground")
            assert is_fit(goal, language) and reads_well(goal), goal
