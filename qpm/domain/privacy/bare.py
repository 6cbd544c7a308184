"""Names told by the sentence, not by a list: a Swedish word standing bare as the subject of what only a child does
("ask vägrar gå och lägga sig", "ulv ramlade från klätterställningen": a noun as a subject has an article or its
definite form, "asken", "ulven"), and a capitalised word before a class ("Nordin i 4A har sagt …")."""
from .lexicon import english_words, given_names, is_word
from .lowercase import SUBJECT_WORDS, SWEDISH_TIMES
from .names import KIN, RELATIVES, SERVICE_NAMES, SUBJECTS
from .subjects import DETERMINERS, NAME_FOLLOWERS, PRONOUNS
from .wordforms import compound, definite_of_word, verb

# What only a child (or a person) does, after its subject: refuses, cries, screams, falls, hits, bites, kicks.
CHILD_DOINGS = frozenset(["vägrar", "vägrade", "gråter", "grät", "skriker", "skrek", "ramlade", "ramlar", "slog",
                          "bet", "biter", "sparkade", "sparkar", "knuffade", "knuffar", "somnar", "somnade",
                          "vaknar", "vaknade", "ljuger", "ljög", "kissade", "bajsade", "kräktes", "snubblade",
                          "klättrade", "retade", "mobbar", "mobbade", "längtar", "skrattar", "bråkar", "bråkade",
                          # wanting and talking: "ask vill inte", "varg pratar bara om" (not a role: "personal vill")
                          "vill", "ville", "pratar", "pratade", "tjatar", "tjatade", "gnäller", "gnällde", "älskar",
                          "hatar"])
# Roles and groups Swedish names bare as a subject, as it names a person: "personal vill", "rektor pratar".
ROLES = frozenset(["personal", "rektor", "fröken", "mentor", "lärare", "pedagog", "förälder", "folk", "polis",
                   "läkare", "kurator", "skolsköterska", "sköterska", "ledning", "skolledning", "kommun", "styrelse",
                   "facket", "vårdnadshavare", "barnet", "ingen", "man", "media", "socialtjänst", "skola", "förskola"])
# What follows such a verb when its subject stood before it: not, to, an infinitive, a place ("vägrar gå", "ramlade
# från", "grät hela natten" aside); a pronoun or a noun there is the subject after an adverb ("ofta vägrar han").
AFTER_DOING = frozenset(["inte", "aldrig", "alltid", "ofta", "jämt", "att", "från", "på", "i", "av", "ner", "ned",
                         "ut", "in", "hem", "till", "över", "under", "med", "och", "o", "när", "för", "fortfarande",
                         "nästan", "också", "bara", "ju", "varje", "igår", "idag", "ikväll", "imorse", "så", "mycket",
                         "gå", "äta", "sova", "göra", "ta", "ha", "klä", "borsta", "lägga", "sitta", "vara"])
# Plural and definite endings: "killar vägrar", "barnen grät" are no one child.
PLURAL = ("ar", "or", "er", "na", "rna")


def _bare_noun(word):
    """Return whether a word opening a sentence is a Swedish word with neither an article nor an ending, no pronoun,
    time, relative or given name (those are read elsewhere)."""
    lower = word.lower
    return word.opens_sentence and len(lower) >= 3 and is_word(lower) and lower not in given_names() \
        and lower not in SUBJECTS and lower not in SUBJECT_WORDS and lower not in SWEDISH_TIMES \
        and lower not in DETERMINERS and lower not in ROLES and lower not in KIN and lower not in RELATIVES and not lower.endswith(PLURAL) \
        and not definite_of_word(lower) and not lower.endswith(("t", "vis", "ligen", "ligt", "s"))  # adverbs


def bare_subject(words, skip=frozenset()):
    """Return whether a bare Swedish word opening a sentence is the subject of what only a child does."""
    for index in range(len(words) - 1):
        if words[index + 1].lower not in CHILD_DOINGS or index in skip:
            continue  # the quick test: most words are before no such verb
        after_next = words[index + 2].lower if index + 2 < len(words) else None
        if (after_next is None or after_next in AFTER_DOING) and _bare_noun(words[index]):
            return True
    return False


def class_member(text, words, skip=frozenset()):
    """Return whether a capitalised word no list knows opens a sentence before "i"/"från" and a class ("Nordin i 4A
    har", "Lindqvist från 3B sa"): only a person is in a class, whatever the name's shape."""
    for index in range(len(words) - 3):
        word, place, code = words[index], words[index + 1], words[index + 2]
        if place.lower not in ("i", "från", "in", "from") or index in skip or not word.capitalised:
            continue  # the quick tests first
        # a class code: a letter glued to its year ("4A", "3b"), the digits no word
        if len(code.lower) != 1 or code.start < 1 or not text[code.start - 1].isdigit():
            continue
        lower, following = word.lower, words[index + 3].lower
        # (no place is in a class: the capitalised entries of the Swedish list, family names too, may be)
        if not word.opens_sentence or is_word(lower) or lower in english_words() or lower in SERVICE_NAMES \
                or compound(lower) or definite_of_word(lower) or len(lower) < 3:
            continue  # "Matten i 4A", "Fritids i 2B", "Vklass i 3A": no person
        if following in NAME_FOLLOWERS or verb(following):
            after = words[index + 4].lower if index + 4 < len(words) else None
            if after not in PRONOUNS:
                return True
    return False
