"""Two names joined by "and" in any of the families' languages, in lower case: "aino ja venla", "ayaan iyo sagal",
"юрко і максим". A parent writes two children together; two words that are each a name and no word of a language
are two children, whatever the sentence says of them."""
from anyascii import anyascii

from .diminutives import pet_form, somali_name
from .feasts import FEAST_DAYS
from .languages import FOREIGN_FOLLOWERS, SOMALI_FOLLOWERS, foreign_verb
from .lexicon import english_words, foreign_words, given_names, is_word, looks_like_name, swedish_places
from .lowercase import ENDEARMENTS
from .subjects import CALENDAR, NAME_FOLLOWERS
from .transliterated import CYRILLIC_PRONOUNS, NOUN_NAMES, cyrillic_forms

# "And" in Swedish, English, Finnish, Somali, Polish, Bosnian, Ukrainian, Russian, Spanish, Turkish.
AND = frozenset(["och", "o", "&", "and", "ja", "iyo", "i", "і", "и", "й", "та", "y", "e", "ve"])

# Mother, father, grandmother, brother … in the families' languages: "hooyo iyo aabe", "äiti ja isä" are no children.
KIN = ENDEARMENTS | frozenset(["hooyo", "aabo", "aabe", "abo", "ayeeyo", "awoowe", "walaal", "walaashay", "walaalkay",
                               "äiti", "isä", "mummo", "ukki", "mumma", "vaari", "veli", "sisko", "mamá", "papá",
                               "abuela", "abuelo", "hermano", "hermana", "anne", "abla", "abi", "dede", "babcia",
                               "dziadek", "brat", "siostra", "majka", "otac", "sestra", "nena", "mamma", "pappa",
                               "mormor", "farmor", "morfar", "farfar", "мама", "тато", "брат", "сестра", "баба",
                               "бабуся", "дідусь", "дід", "папа"])


def _ordinary(lower):
    """Return whether a word is a common word of a language the families write, a month or a feast."""
    return is_word(lower) or lower in english_words() or lower in CALENDAR or lower in FEAST_DAYS \
        or lower in swedish_places() or any(lower in common for common in foreign_words()[1].values())


def _name_strength(word):
    """Return 2 for a listed name that is no word, 1 for a pet form or a word spelt like a name, -1 for another word
    no list holds, 0 for a word."""
    lower = word.lower
    if len(lower) < 3 or lower in KIN:
        return 0
    if lower[0] > "\u0400" and lower[0] < "\u0530":  # Cyrillic: the Latin lists through transliteration
        if lower in CYRILLIC_PRONOUNS or lower in NOUN_NAMES:
            return 0
        return 2 if any(f in given_names() for f in cyrillic_forms(anyascii(lower).lower())) else 0
    if lower[0] >= "\u0250" or _ordinary(lower):
        return 0
    if lower in given_names():
        return 2
    # a pet form, a Somali spelling or a name's letters: Somali nouns have them too ("cunto iyo biyo", food and water)
    return 1 if pet_form(lower) or somali_name(lower) or looks_like_name(lower) else -1  # -1: spelt like no name


def _foreign_doing(after):
    """Return whether the word after a pair is what a child does in another of the families' languages, no Swedish
    word ("zawsze", always; "płakały", cried)."""
    return after is not None and not is_word(after) and (after in FOREIGN_FOLLOWERS or foreign_verb(after))


def _only_swedish(lower):
    """Return whether a listed name is an ordinary word in Swedish only ("lena", "stig"): no word of English, of the
    other languages, a month, a feast or a place."""
    return len(lower) > 2 and lower in given_names() and lower not in KIN and lower not in english_words() \
        and lower not in CALENDAR and lower not in FEAST_DAYS and lower not in swedish_places() \
        and not any(lower in common for common in foreign_words()[1].values())


def joined_names(words, skip=frozenset()):
    """Return whether two lower-case words joined by "and" are both names: one listed, the other listed or spelt
    like a name, neither a word of any of the languages."""
    for index in range(1, len(words) - 1):
        joined = words[index]
        if joined.lower not in AND:
            continue  # most words: no "and"
        first, second = words[index - 1], words[index + 1]
        if first.capitalised or second.capitalised or second.opens_sentence or index - 1 in skip or index + 1 in skip:
            continue  # capitalised pairs are read by the name checks
        if joined.start != first.end + 1 or second.start != joined.end + 1:
            continue  # "…lekte, och sen": a clause, not a pair
        second_strength = _name_strength(second)
        after = words[index + 2].lower if index + 2 < len(words) else None
        if second_strength == 0 and _foreign_doing(after) and _only_swedish(second.lower):
            second_strength = 2  # "wiktoria i lena zawsze": in a Polish sentence "lena" (smooth) is no Swedish word
        if second_strength == 0:
            continue  # most words after "och": ordinary words
        first_strength = _name_strength(first)
        if first_strength == 0 and _foreign_doing(after) and _only_swedish(first.lower):
            first_strength = 2
        strengths = sorted((first_strength, second_strength))
        if strengths == [2, 2] or strengths == [1, 2] and joined.lower not in ("i", "e", "o"):
            return True
        if strengths == [-1, 2] and (after in FOREIGN_FOLLOWERS or after in SOMALI_FOLLOWERS
                                     or after in NAME_FOLLOWERS or foreign_verb(after)):
            return True  # "ayaan iyo sagal waxay": a listed name and an unknown word, then what they do
    return False
