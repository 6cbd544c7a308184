"""Given names that are Swedish words too, told by the sentence around them: a month with a brother ("Juni och
hennes bror"), a short word in a person's state ("bo är rädd"), the subject of a question that opens with a modal
verb ("kan nova få sitta"); an English word-name that has been in a person's state ("Grace has been crying")."""
from .feasts import FEAST_DAYS
from .lexicon import given_names
from .lowercase import HIS_HER, KIN, SUBJECT_WORDS
from .names import ANIMATE
from .subjects import ENGLISH_STATES, PRONOUNS, acts_as_person

# Modal verbs that open a Swedish question, its subject right after: "kan nova få", "får bo gå", "ska liv vara".
MODALS = frozenset(["kan", "får", "ska", "skulle", "kunde", "fick", "måste", "borde", "vill", "brukar"])
# What a child may be let to do, after the subject of such a question: get to, sit, go, play, be, have, stay.
LET_DO = frozenset(["få", "sitta", "gå", "leka", "vara", "ha", "äta", "sova", "komma", "stanna", "ta", "följa", "vila",
                    "byta", "slippa", "välja", "låna", "hämtas", "vänta", "prata", "ringa", "inte"])

# Verbs that take another infinitive after a modal ("skulle vilja ha", "kan behöva få"): no subject, even if a name.
AUXILIARIES = LET_DO | frozenset(["vilja", "behöva", "orka", "hinna", "våga", "kunna", "bruka", "försöka", "låta",
                                  "bli", "gärna", "nog", "också", "bara", "alltid", "aldrig"])

# What a child has been, after "has been": "Grace has been crying", "Hope had been poorly all week".
BEEN = ENGLISH_STATES | frozenset(["struggling", "anxious", "unhappy", "worried", "nervous", "coughing", "sobbing",
                                   "refusing", "biting", "hitting", "complaining", "asking", "talking"])
# English verbs a Swedish sentence does not have after a two-letter name ("my cried": English "my").
BEEN_ENGLISH = frozenset(["cried", "cries", "said", "says", "wants", "wanted", "loves", "loved", "hates", "likes",
                          "liked", "refuses", "refused", "plays", "played", "told", "asked", "needs", "needed"])
# Words between "been" and the state: "has been really anxious", "had been so upset".
ADVERBS = frozenset(["really", "so", "very", "quite", "always", "constantly", "often", "super", "pretty", "extra"])


# Two-letter given names that are Swedish words too, as parents type them in lower case ("my har svårt", "bo vill
# inte"); not the two-letter pronouns and adverbs the name lists also hold ("nu", "du", "de", "jo").
SHORT_NAMES = frozenset(["my", "bo", "lo", "li", "mo", "ly"])


def _been(words, index):
    """Return whether a person's state stands at index, or after one adverb there."""
    if index < len(words) and words[index].lower in ADVERBS:
        index += 1
    return index < len(words) and words[index].lower in BEEN


def _listed(word):
    """Return whether a word is a given name, no pronoun, feast or everyday subject word."""
    return word.lower in given_names() and word.lower not in SUBJECT_WORDS and word.lower not in FEAST_DAYS


def word_name(words, skip=frozenset()):
    """Return whether a given name that is also a word stands where only a person does."""
    for index in range(len(words) - 2):
        word = words[index]
        if not word.opens_sentence or index in skip:
            continue  # the quick test: these places are at a sentence's start
        first, second = words[index + 1].lower, words[index + 2].lower
        if word.lower in SHORT_NAMES and not word.capitalised and first in ANIMATE and first not in BEEN_ENGLISH \
                and second not in PRONOUNS:
            return True  # "my har svårt att somna": a person's verb after it, Swedish, no inverted subject
        if first in ("och", "and") and second in HIS_HER and index + 3 < len(words) \
                and words[index + 3].lower in KIN and _listed(word):
            return True  # "Juni och hennes bror": a month has no brother
        if first in ("är", "var", "blir", "blev") and acts_as_person(first, second) and _listed(word):
            return True  # "bo är rädd", "liv blev retad": in a state only a person is in
        if first in ("has", "had") and second == "been" and _been(words, index + 3) and _listed(word):
            return True  # "Grace has been crying": a word is in no such state
        if word.lower in MODALS and not words[index + 1].capitalised and second in LET_DO \
                and index + 1 not in skip and first not in AUXILIARIES and _listed(words[index + 1]):
            return True  # "kan nova få sitta": the subject of a question, between the modal and the infinitive
    return False
