"""Turkish forms of a name: the affectionate "Aysucuğum", "Zeynepçiğim", the family "Mehmetler" (Mehmet's family)
and the short form of a name's first syllable and -o ("Apo" of Abdullah, "Ayo", "Hüso")."""
import re

from .diminutives import beginnings_of_two
from .foreign import person_after
from .lexicon import english_words, foreign_words, given_names, is_word

# A name with the diminutive -cik/-cuk (-ciğ-, -cuğ- before a vowel) and often "my" after it: "Aysucuğum",
# "Zeynepçiğim", "Mehmetcik"; or "my dear" alone: "Mehmetcim".
AFFECTIONATE = re.compile(r"^(.{3,}?)(?:[cç][ıiuü][kğ](?:[ıiuü]m)?|[cç][ıiuü]m)$")
# A family by its name in the plural: "Mehmetler geliyor", "Mehmetler'e gittik".
FAMILY_PLURAL = re.compile(r"^(.{3,}?)(?:lar|ler)(?:['’]\w+)?$")
# Letters only Turkish writes among the families' languages.
TURKISH_LETTERS = frozenset("ğı")


def _turkish(words):
    """Return whether at least two words of the text are among the commonest Turkish words."""
    common = foreign_words()[1].get("tr", ())
    return sum(w.lower in common for w in words) >= 2


def affectionate_name(words, skip=frozenset()):
    """Return whether a word is a given name with a Turkish diminutive or "my dear" ending."""
    names = given_names()
    for index, word in enumerate(words):
        if index in skip or len(word.lower) < 6 or not word.lower.endswith(("k", "m")):
            continue  # most words: too short, or ending otherwise
        match = AFFECTIONATE.match(word.lower)
        if match and match.group(1) in names and not is_word(word.lower) and _turkish(words) \
                and not any(match.group(1) in listed.get("tr", ()) for listed in foreign_words()):
            return True  # not a noun that is a name too: "kedicik" (kitty)
    return False


def family_plural(words, skip=frozenset()):
    """Return whether a capitalised word is a given or family name in the Turkish plural, the family it names."""
    names = given_names()
    for index, word in enumerate(words):
        if index in skip or not word.capitalised or "l" not in word.lower:
            continue
        match = FAMILY_PLURAL.match(word.lower)
        if match and match.group(1) in names and not is_word(word.lower) \
                and match.group(1) not in foreign_words()[0].get("tr", ()) and _turkish(words):
            return True  # not a noun that is a name too: "Denizler" (seas), "Aslanlar" (lions)
    return False


def short_o_form(words, skip=frozenset()):
    """Return whether a capitalised word opening a Turkish sentence is a name's first letters and -o ("Apo öğlen
    uyumak istemiyor"), no word of a language, before what a child does. (Longer words in -o are loans: "Foto".)"""
    for index, word in enumerate(words):
        lower = word.lower
        if not word.opens_sentence or not word.capitalised or index in skip or len(lower) != 3 or lower[-1] != "o":
            continue  # the quick test: most words are no such short form
        if lower[:2] not in beginnings_of_two() or lower in given_names() or is_word(lower) \
                or lower in english_words() or any(lower in common for common in foreign_words()[1].values()):
            continue  # a listed name is read by the name checks; "Radyo", "Foto" are words
        if (_turkish(words) or any(TURKISH_LETTERS & set(w.lower) for w in words)) and person_after(words, index):
            return True
    return False
