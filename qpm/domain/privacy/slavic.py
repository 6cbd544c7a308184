"""Slavic possessive adjectives of a name before a relative: Bosnian, Croatian, Serbian and Ukrainian make "Mirza's
mum" "Mirzina mama", "Amir's dad" "Amirov tata", "Olya's mum" "Олина мама"; a word is none of them."""
from anyascii import anyascii

from .lexicon import foreign_words, given_names, is_word

# The endings of the possessive adjective, by gender and number: -in/-ina/-ino of a name in -a, -ov/-ev of another.
ENDINGS = ("ina", "ino", "ini", "ine", "inu", "in", "ova", "ovo", "ovi", "ove", "ovu", "ov", "eva", "evo", "evi", "ev")
# Relatives a child's possessive stands before, in Bosnian, Croatian, Serbian and Ukrainian.
RELATIVES = frozenset(["mama", "mami", "mamu", "majka", "tata", "tati", "tatu", "otac", "brat", "sestra", "baka",
                       "djed", "deda", "nana", "roditelji", "porodica", "obitelj", "мама", "мами", "тато", "батько",
                       "брат", "сестра", "бабуся", "дідусь", "батьки", "родина"])
# What a name ended in before the ending took its place: Mirz-a → Mirz-ina, Ol-ya → Ol-ina, Amir → Amir-ov.
NAME_ENDS = ("", "a", "ja", "ia", "ya", "o", "e")


def _possessed_name(lower):
    """Return whether a lower-case word is a listed name's possessive adjective and no word of a language."""
    latin = anyascii(lower).lower() if lower[0] > "\u0400" else lower
    if len(latin) < 5 or is_word(latin) or any(latin in common for common in foreign_words()[1].values()):
        return False
    names = given_names()
    return any(latin.endswith(ending) and len(latin) - len(ending) >= 2
               and any(latin[:-len(ending)] + end in names for end in NAME_ENDS) for ending in ENDINGS)


def possessive_name(words, skip=frozenset()):
    """Return whether a name's possessive adjective stands right before a relative ("Mirzina mama je rekla")."""
    for index in range(len(words) - 1):
        if words[index + 1].lower in RELATIVES and index not in skip and _possessed_name(words[index].lower):
            return True
    return False
