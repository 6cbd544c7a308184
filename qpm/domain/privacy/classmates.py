"""A given name told by the class or the school unit after it, also when the name is a word ("Björn i 2B har slutat",
"Mo i 5an är", "Kim på fritids är", "Олена з 3A плаче"): a bear, a path or a stone is in no class."""
from anyascii import anyascii

from .lexicon import given_names
from .subjects import CALENDAR, NAME_FOLLOWERS
from .names import SUBJECTS
from .wordforms import verb

# "in"/"from"/"at" before a class, in Swedish, English and the Cyrillic languages.
IN_CLASS = frozenset(["i", "från", "på", "in", "from", "at", "з", "із", "в", "у", "из"])
# The school's units a child belongs to, after "på"/"i" ("Kim på fritids", "Sten i förskoleklassen").
UNITS = frozenset(["fritids", "fritidset", "fritis", "förskoleklass", "förskoleklassen", "f-klass", "f-klassen",
                   "sexårs", "sexan", "femman", "fyran", "trean", "tvåan", "ettan", "sjuan", "åttan", "nian"])
# The class-code letters after the year's digit: "2B", "5an", "3:an", "4a".
CODE_TAILS = frozenset(["an", ":an"])


def _class_code(text, code):
    """Return whether a word is the letter part of a class code, glued to its year's digit ("2B", "5an")."""
    return code.start > 0 and text[code.start - 1].isdigit() and (len(code.lower) == 1 or code.lower in CODE_TAILS)


def _name(word, any_case=False):
    """Return whether a capitalised word (or any, if asked) is a listed given name (in Latin letters as it is, or
    transliterated)."""
    if not word.capitalised and not any_case:
        return False
    lower = word.lower if word.text[0] < "\u0250" else anyascii(word.text).lower()
    return len(lower) >= 2 and lower in given_names() and lower not in SUBJECTS and lower not in CALENDAR


def in_a_class(text, words, skip=frozenset()):
    """Return whether a capitalised given name opening a sentence stands before "i 2B", "på fritids" and a verb."""
    for index in range(len(words) - 2):
        word, place, code = words[index], words[index + 1], words[index + 2]
        if place.lower not in IN_CLASS or not word.opens_sentence or index in skip:
            continue  # the quick tests: most words are before no such place
        if not (_class_code(text, code) or code.lower in UNITS and place.lower in ("på", "i", "at")):
            continue
        following = words[index + 3] if index + 3 < len(words) else None
        acts = following is None or following.text[0] >= "\u0250" or following.lower in NAME_FOLLOWERS \
            or verb(following.lower)
        if acts and _name(word) or _told_back(text, code, following) and _name(word, any_case=True):
            return True
    return False


# She or he, after a comma that closes "sol i 1A": the class said who, the pronoun says it is a person.
HUMAN = frozenset(["hon", "han", "hen", "she", "he", "она", "він", "вона", "он"])


def _told_back(text, code, following):
    """Return whether a comma or a dash and "hon"/"han" follow the class ("alltså sol i 1A, hon glömde")."""
    return following is not None and following.lower in HUMAN and text[code.end:following.start].strip() in (",", "-", "–")
