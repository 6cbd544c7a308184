"""A pet form in lower case opening a sentence in another language: "jędrek nie chce", "wojtek znowu płacze"."""
from .foreign import _languages
from .languages import FOREIGN_FOLLOWERS, foreign_verb
from .lexicon import english_words, foreign_words, given_names, is_word
from .lowercase import PERSON_DOINGS
from .nicknames import FOREIGN_NICKNAME_ENDINGS, is_nickname

# The letters only the families' other languages write: a word with one is no Swedish or English word.
FOREIGN_LETTERS = frozenset("ąćęłńśźżčćđšžçğışñ")
# "Not" before a verb in Bosnian, Polish and Spanish: "emir ne jede", "franek nie chce", "lucho no quiere".
NEGATIONS = frozenset(["ne", "nie", "no"])
# Pet forms that end like words a child's family calls it: "synek" (sonny), "braciszek", "córcia".
KIN_STEMS = ("syn", "brat", "brac", "córc", "cór", "mam", "tat", "bab", "dziad", "kot", "piesek")


def lowercase_pet_form(words, skip=frozenset()):
    """Return whether a lower-case word opening a sentence is a pet form of a name before a person's verb."""
    for index in range(len(words) - 1):
        word = words[index]
        if not word.opens_sentence or word.capitalised or index in skip:
            continue  # most words: inside a sentence, or capitalised and read by the name checks
        lower, after = word.lower, words[index + 1].lower
        if all(FOREIGN_LETTERS.isdisjoint(w.lower) for w in words[index:index + 4]):
            continue  # a text in Swedish or English, whose lower-case names the other checks read
        negated = after in NEGATIONS and index + 2 < len(words) and not is_word(words[index + 2].lower)
        if not (after in FOREIGN_FOLLOWERS or foreign_verb(after) or negated) or lower.startswith(KIN_STEMS):
            continue
        if is_word(lower):
            continue
        common = foreign_words()[1]
        if len(lower) >= 4 and lower in given_names() and not any(lower in common[language]
                                                                  for language in _languages(words, index)):
            return True  # "emir ne jede": a listed name, though English or Turkish has the word, in a Bosnian text
        if lower in english_words() or any(lower in c for c in common.values()):
            continue  # "dzisiaj", "wczoraj": the commonest words of the languages
        if is_nickname(lower, FOREIGN_NICKNAME_ENDINGS):
            return True
    return False


# Swedish short forms double the consonant before -an: Bettan, Jossan; undoubled a noun in the definite form may be
# spelt ("betan" the beet), which doubling makes no word. (Not -is: "bebbis" is the word "bebis" as a pet word.)
DOUBLED_ENDINGS = ("an",)
# What only a person does, after such a form opening a sentence: wants, likes, cries, refuses, says, thinks.
WANTS = PERSON_DOINGS | frozenset(["gillar", "brukar", "behöver", "leker", "vägrar", "tjatar", "blir", "kommer"])


def doubled_short_form(words, skip=frozenset()):
    """Return whether a lower-case word opening a sentence before a person's verb is a Swedish short form with its
    doubled consonant ("bettan vill alltid"), though without the doubling it is a definite noun ("betan")."""
    for index in range(len(words) - 1):
        word = words[index]
        if not word.opens_sentence or word.capitalised or index in skip or words[index + 1].lower not in WANTS:
            continue
        lower = word.lower
        ending = next((e for e in DOUBLED_ENDINGS if lower.endswith(e)), None)
        stem = lower[:-len(ending)] if ending else ""
        if len(stem) < 3 or stem[-1] != stem[-2] or stem[-1] in "aeiouyåäö":
            continue
        undoubled = stem[:-1] + ending
        if is_word(undoubled) and not is_word(lower) and lower not in english_words() and is_nickname(lower):
            return True  # the others, no word either way, are read as short forms by the name checks
    return False
