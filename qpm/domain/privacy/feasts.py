"""Feast days named after saints, also given names: "dags för Lucia" is the day, "Lucia har" a child."""
from .lexicon import is_word
from .subjects import PRONOUNS


# Feast days named after saints, also given names: "dags för Lucia", "inför Valborg", "Lucia firar vi".
FEAST_DAYS = frozenset(["lucia", "valborg", "mårten", "staffan", "sankt"])
# Also "the feast of" in the home languages: Somali "xafladda Lucia", Spanish "fiesta de", Polish "święto".
FEAST_BEFORE = frozenset(["inför", "firar", "fira", "firade", "firat", "för", "på", "efter", "xafladda", "xaflad",
                          "xaflada", "dabaaldegga", "dabaaldeg", "fiesta", "de", "święto", "proslava", "festa",
                          "празник", "свято", "ٱحتفال", "احتفال", "جشن"])
# Turkish, Finnish and English name the feast first: "Lucia kutlaması", "Lucia-juhla", "Lucia günü".
FEAST_AFTER = frozenset(["firar", "firas", "firade"])
FEAST_NAMED_AFTER = frozenset(["kutlaması", "kutlamasi", "günü", "juhla", "juhlat", "juhlaan", "bayramı",
                               # English puts the day before the noun too: "a lovely Lucia celebration"
                               "celebration", "celebrations", "procession", "concert", "festival", "ceremony",
                               "bonfire", "songs", "day", "morning", "breakfast"])
# Times a feast day is held at: "Lucia på morgonen", "Lucia kl 8", "Valborg på lördag".
WHEN = frozenset(["kl", "klockan", "morgonen", "förmiddagen", "eftermiddagen", "kvällen", "måndag", "tisdag", "onsdag",
                  "torsdag", "fredag", "lördag", "söndag", "imorgon", "idag", "nästa"])


# Celebrating, with a word between it and the day: "firar inte lucia", "firade vi Valborg", "fira också Lucia".
FEAST_VERBS = frozenset(["firar", "fira", "firade", "firat", "celebrate", "celebrates", "celebrated"])
BETWEEN = frozenset(["inte", "ej", "aldrig", "vi", "ni", "de", "dom", "också", "även", "alltid", "inget", "not",
                     "never", "also", "ju", "bara"])


# "Was", "became" and words of degree before an adjective: "Lucia blev så fint", "Valborg var väldigt mysigt".
COPULAS = frozenset(["blev", "blir", "var", "är"])
DEGREE = frozenset(["så", "jätte", "väldigt", "riktigt", "verkligen", "super", "helt", "mycket", "lite", "ganska"])


def _neuter_predicate(after):
    """Return whether "was" and an adjective in the neuter follow ("Lucia blev jättefint"): the day is an event,
    said of as "det"; a girl takes the common form ("Lucia blev jätteglad", "var trött")."""
    rest = [w for w in after[1:] if w not in DEGREE][:1]
    if not after or after[0] not in COPULAS or not rest:
        return False
    adjective = rest[0]
    return len(adjective) > 3 and adjective.endswith("t") and not adjective.endswith("tt") \
        and (adjective.endswith("igt") or is_word(adjective[:-1]))


def feast_day(words, index):
    """Return whether a feast day's name stands as the day ("dags för Lucia"), not as a child ("Lucia har")."""
    word = words[index]
    if word.lower not in FEAST_DAYS:
        return False
    before = words[index - 1].lower if index else None
    after = [w.lower for w in words[index + 1:index + 3]]
    if _neuter_predicate([w.lower for w in words[index + 1:index + 5]]):
        return True
    if after and (after[0] in WHEN or after[0] in ("på", "i") and len(after) > 1 and after[1] in WHEN):
        return True  # "Lucia på morgonen kl 7.30", "Lucia på fredag": the day at a time
    if before in BETWEEN and index > 1 and words[index - 2].lower in FEAST_VERBS and after[:1] != ["sin"]:
        return True  # "firar inte lucia": a negation or an adverb between; "firar inte lucia sin …" is a girl
    return before in FEAST_BEFORE and (before != "för" or index < 2 or words[index - 2].lower == "dags") \
        or bool(after) and after[0] in FEAST_AFTER and (len(after) < 2 or after[1] in PRONOUNS) \
        or bool(after) and after[0] in FEAST_NAMED_AFTER
