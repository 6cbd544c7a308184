"""Given names that are words too, told by what refers back to them: "max och hans lillebror" (a maximum has no
brother), "prata med axel om att han" (a shoulder is not talked to, nor called he), "Lelle bits när han blir arg";
and an English word-name that is coming or going like a person ("if grace is still coming on friday")."""
from .feasts import FEAST_DAYS
from .lexicon import english_words, given_names, is_word, looks_like_name
from .lowercase import SUBJECT_WORDS
from .names import SUBJECTS
from .nicknames import is_nickname
from .subjects import CALENDAR, COPULAS, NAME_FOLLOWERS, PRONOUNS
from .wordforms import verb

# A person, referred back to: he, she, they (hen), him, her, his; Swedish and English.
HUMAN_PRONOUNS = frozenset(["han", "hon", "hen", "honom", "henne", "hans", "hennes", "hens", "he", "she", "him",
                            "his"])
# What a clause that refers back opens with: that, when, because, if, but, and, so.
LINKS = frozenset(["att", "när", "om", "eftersom", "för", "men", "och", "så", "fast", "då", "innan", "tills",
                   "that", "when", "because", "if", "but", "and", "so", "since", "until", "before"])
# The family, after "och hans": "max och hans lillebror" (the brother says it is a person).
FAMILY = frozenset(["bror", "syster", "lillebror", "storebror", "lillasyster", "storasyster", "brorsa", "syrra",
                    "mamma", "pappa", "kompis", "kompisar", "bästis", "kusin", "brother", "sister", "mum", "dad",
                    "mom", "friend", "friends", "cousin"])
# Verbs of talking to someone, before "med"/"to" and the name: "prata med axel", "talk to grace".
TALK = frozenset(["prata", "pratar", "pratade", "snacka", "snackar", "tala", "talar", "säga", "säger", "talk",
                  "speak", "tell"])
TALK_TO = frozenset(["med", "till", "to", "with"])
# How far after the name its pronoun may stand, in words.
REACH = 8
# English word-names coming or going like a person: "grace is still coming", "hope was not going".
COMING = frozenset(["coming", "going", "joining", "attending", "staying", "sleeping", "crying", "leaving"])
STILL = frozenset(["still", "not", "really", "also", "definitely", "maybe", "probably"])
SEASONS = frozenset(["summer", "winter", "autumn", "spring", "fall", "sommar", "vinter", "vår", "höst"])


def _word_name(word):
    """Return whether a word may be a given name that is also a word (no pronoun, month or feast)."""
    lower = word.lower
    return len(lower) > 2 and lower in given_names() and lower not in SUBJECT_WORDS and lower not in PRONOUNS \
        and lower not in SUBJECTS and lower not in FEAST_DAYS and lower not in CALENDAR and lower not in SEASONS \
        and lower not in FAMILY


def _unknown_name(word):
    """Return whether a capitalised word no list knows is spelt like a name or a pet form ("Lelle")."""
    lower = word.lower
    return word.capitalised and len(lower) > 3 and not is_word(lower) and lower not in english_words() \
        and (is_nickname(lower) or looks_like_name(lower))


def _subject(words, index):
    """Return whether the word at index opens its sentence before a verb that is not "is" ("axel har", "Lelle bits")."""
    if not words[index].opens_sentence or index + 1 >= len(words):
        return False
    after = words[index + 1].lower
    return after not in COPULAS and (after in NAME_FOLLOWERS or verb(after) or after.endswith("s") and is_word(after))


def _refers_back(words, index):
    """Return whether a link and a human pronoun follow in the same sentence ("… att han", "och hans lillebror")."""
    for at in range(index + 2, min(len(words), index + REACH + 1)):
        word = words[at]
        if word.opens_sentence:
            return False
        if word.lower in HUMAN_PRONOUNS and words[at - 1].lower in LINKS:
            return word.lower not in ("hans", "hennes", "hens", "his") \
                or at + 1 < len(words) and words[at + 1].lower in FAMILY
    return False


def _aside(words, index, text):
    """Return whether an aside set off by commas after the word holds "he"/"she", and a verb follows it: "stig, ni vet
    han nya på fritids, är jättebra" (the aside says who, the verb goes on with him)."""
    if index + 2 >= len(words) or text[words[index].end:words[index + 1].start].strip() != ",":
        return False  # most words: no comma after them
    for at in range(index + 2, min(len(words) - 1, index + 8)):
        if "," in text[words[at - 1].end:words[at].start]:  # the aside's closing comma
            after = words[at].lower
            return any(w.lower in HUMAN_PRONOUNS for w in words[index + 1:at]) and not words[at].opens_sentence \
                and (after in NAME_FOLLOWERS or verb(after))
    return False


def referred_back(words, skip=frozenset(), text=""):
    """Return whether a word that may be a name is referred back to as a person, or comes like one."""
    lowers = [w.lower for w in words]
    coming = not COMING.isdisjoint(lowers)
    if not coming and HUMAN_PRONOUNS.isdisjoint(lowers):
        return False  # the quick test: most texts refer to no one as he or she, nor come or go
    for index, word in enumerate(words):
        talked_to = index >= 2 and lowers[index - 1] in TALK_TO and lowers[index - 2] in TALK
        if not (word.opens_sentence or talked_to or coming) or index in skip:
            continue
        if (talked_to or _subject(words, index) or index + 1 < len(words) and lowers[index + 1] == "och") \
                and _refers_back(words, index) \
                and (_word_name(word) or word.opens_sentence and not talked_to and _unknown_name(word)):
            return True
        if word.opens_sentence and text and _aside(words, index, text) and _word_name(word):
            return True
        if coming and index + 2 < len(words) and lowers[index + 1] in ("is", "was") \
                and (index == 0 or lowers[index - 1] in LINKS or word.opens_sentence) and _word_name(word):
            at = index + 2 + (lowers[index + 2] in STILL)
            if at < len(words) and lowers[at] in COMING:
                return True
    return False
