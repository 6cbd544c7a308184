"""The word lists the detectors read: given names, Swedish words, well-known characters (see data/NOTICE)."""
import gzip
from functools import lru_cache
from pathlib import Path

from babel import Locale

DATA = Path(__file__).resolve().parent / "data"


def _lines(name):
    """Return the non-comment lines of a shipped list, gzipped or not."""
    path = DATA / name
    opener = gzip.open if name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as lines:
        return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def given_names():
    """Return the given names of many origins, folded to lower case."""
    return frozenset(_lines("given_names.txt.gz"))


@lru_cache(maxsize=1)
def swedish_words():
    """Return the ordinary Swedish words, in lower case."""
    return frozenset(_lines("swedish_words.txt.gz"))


@lru_cache(maxsize=1)
def known_characters():
    """Return well-known characters, authors and titles as lower-case word tuples, by first word, longest first."""
    by_first = {}
    lines = [line.removesuffix(" !") for line in _lines("known_characters.txt")] + _lines("everyday_words.txt")
    for phrase in sorted((tuple(line.casefold().split()) for line in set(lines)),
                         key=len, reverse=True):
        by_first.setdefault(phrase[0], []).append(phrase)
    return by_first


@lru_cache(maxsize=1)
def unmistakable_characters():
    """Return the lone names marked " !" in the known list: a character's (Mumin, Bamse) even with no story told."""
    return frozenset(line[:-2].casefold() for line in _lines("known_characters.txt") if line.endswith(" !"))


@lru_cache(maxsize=1)
def everyday_words():
    """Return the everyday words of the known list (greetings, holidays, languages): never a story's character."""
    return frozenset(line.casefold() for line in _lines("everyday_words.txt"))


# Names that are also everyday words the list lacks or spells with a capital ("Max två timmar", "Per dag").
ALSO_WORDS = frozenset(["bo", "dag", "frank", "iris", "jan", "juni", "klara", "liv", "lo", "love", "mark", "max",
                        "my", "per", "rut", "saga", "sam", "sten", "stig", "tim", "tom", "vide", "viola", "will",
                        "kim", "ann", "ines", "mona", "nik", "lily", "björn", "ari", "milo", "hans", "linda",
                        "karl", "lova", "ville", "axel", "frans", "hej", "tack"])


@lru_cache(maxsize=1 << 16)  # asked of each word by several detectors
def is_word(lower):
    """Return whether a lower-case word (or its stem without a genitive s) is an ordinary Swedish word."""
    words = swedish_words()
    return lower in words or lower in ALSO_WORDS or (lower.endswith("s") and lower[:-1] in words and len(lower) > 3)


@lru_cache(maxsize=1)
def swedish_places():
    """Return the capitalised words of the Swedish list that are no given name (places, countries)."""
    return frozenset(_lines("swedish_places.txt.gz"))


@lru_cache(maxsize=1)
def name_beginnings():
    """Return the first three to five letters of every given name (to know a nickname's stem)."""
    return frozenset(name[:size] for name in given_names() for size in (3, 4, 5) if len(name) >= size)


@lru_cache(maxsize=1)
def arabic_names():
    """Return given names in Arabic script (Arabic and Persian), folded as arabic_key() folds."""
    return frozenset(_lines("arabic_names.txt.gz"))


@lru_cache(maxsize=1)
def arabic_also_words():
    """Return the Arabic and Persian words that are also given names ("سعيد" happy, "روز" day), folded."""
    return frozenset(arabic_key(word) for word in _lines("arabic_also_words.txt"))


@lru_cache(maxsize=1)
def arabic_words_in_maqsura():
    """Return the folded also-words that are such only as written in Arabic with a final alef maqsura ("على" on):
    a Persian final yeh spells the name ("علی" Ali)."""
    lines = _lines("arabic_also_words.txt")
    other = {arabic_key(word) for word in lines if not word.endswith("ى")}
    return frozenset(arabic_key(word) for word in lines if word.endswith("ى")) - other


_ARABIC_FOLD = str.maketrans({"ک": "ك", "ی": "ي", "ہ": "ه", "ٱ": "ا", "أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي",
                              "ة": "ه", "ـ": None, **{chr(c): None for c in range(0x064B, 0x0660)}, "\u0670": None})


def arabic_key(word):
    """Return an Arabic-script word folded for the name list: no vowel marks, one form of alef, yeh and heh."""
    return word.translate(_ARABIC_FOLD)


@lru_cache(maxsize=1)
def english_words():
    """Return ordinary English words, in lower case."""
    return frozenset(_lines("english_words.txt.gz"))


@lru_cache(maxsize=1)
def name_shape():
    """Return (score by letter trigram, score of an unseen one): how much a trigram is a name's, not a word's."""
    scores = dict(line.split("\t") for line in _lines("name_shape.txt.gz"))
    unseen = float(scores.pop("*"))
    return {gram: float(score) for gram, score in scores.items()}, unseen


def looks_like_name(lower, threshold=None):
    """Return whether a word no list holds is spelt like a given name rather than a Swedish or English word."""
    scores, unseen = name_shape()
    framed = f"^{lower}$"
    grams = [framed[i:i + 3] for i in range(len(framed) - 2)]
    least = NAME_SHAPE_THRESHOLD if threshold is None else threshold
    return sum(scores.get(gram, unseen) for gram in grams) / len(grams) >= least


# The mean trigram score above which a word is spelt like a name ("Hiwot", "Rojda"; not "Gympan", "Spotify").
NAME_SHAPE_THRESHOLD = 0.5
# Below this a capitalised word is spelt like no name at all, even inside a sentence ("Spotify", "Oatly",
# "Universeum", "Fortnite"; "Samrawit", "Filmon", "Sagal" are above it).
BRAND_SHAPE_THRESHOLD = -0.4


# The languages parents write in, whose names of countries and languages Babel (CLDR) knows.
LOCALES = ("en", "sv", "fi", "pl", "tr", "es", "bs", "uk", "ar", "fa", "so", "ti")


@lru_cache(maxsize=1)
def world_names():
    """Return one-word names of countries and languages in the families' languages (Poland, Eritrea, Tigrinya)."""
    found = set()
    for locale in LOCALES:
        parsed = Locale.parse(locale)
        for names in (parsed.territories, parsed.languages):
            found.update(name.casefold() for name in names.values() if " " not in name and "-" not in name)
    return frozenset(found - given_names())  # Jordan, Georgia and India stay names too


@lru_cache(maxsize=1)
def foreign_words():
    """Return ({language: given names that are words there}, {language: its commonest words}), see data/NOTICE."""
    also, common = {}, {}
    for line in _lines("foreign_words.txt.gz"):
        kind, language, word = line.split("\t")
        (also if kind == "also" else common).setdefault(language, set()).add(word)
    return also, common
