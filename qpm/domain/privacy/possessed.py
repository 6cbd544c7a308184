"""A person told by "and his/her" after it, in any of the families' languages: "Kubuś och hans syster", "franek i jego
kolega", "Dado i njegovi drugovi", "mateo y su hermano". A thing has no friends or siblings of its own; the word
before such a pair is a name when no language's list holds it as an ordinary word."""
from .diminutives import pet_form
from .lexicon import english_words, foreign_words, given_names, is_word, looks_like_name
from .nicknames import FOREIGN_NICKNAME_ENDINGS, is_nickname

# "and" in each language, with the possessives "his/her/their" it takes after a person.
AND_HIS = {
    "och": frozenset(["hans", "hennes", "hens"]),
    "o": frozenset(["hans", "hennes", "hens"]),
    "and": frozenset(["his", "her"]),
    "i": frozenset(["jego", "jej", "njegov", "njegova", "njegovi", "njegove", "njegovo", "njen", "njena", "njeni",
                    "njezin", "njezina", "njezini", "njihov"]),
    "y": frozenset(["su", "sus"]),
    "ja": frozenset(["hänen"]),
    "ve": frozenset(["onun"]),
    "і": frozenset(["його", "її"]),
    "и": frozenset(["его", "ее", "её", "його"]),
    "iyo": frozenset(["walaalkiis", "walaashiis", "saaxiibkiis"]),
}
POSSESSIVES = frozenset().union(*AND_HIS.values())
# Subjects that are no names, before such a pair: "he and his", "mamma och hennes", "alla och deras".
NOT_NAMES = frozenset(["han", "hon", "hen", "he", "she", "on", "ona", "él", "ella", "hän", "o", "jag", "du", "vi",
                       "mamma", "pappa", "mamman", "pappan", "mum", "dad", "mom", "mama", "tata", "mamá", "papá"])


def _ordinary(lower):
    """Return whether a word is an ordinary word in Swedish, English or one of the other languages."""
    return is_word(lower) or lower in english_words() or any(lower in common for common in foreign_words()[1].values())


def _person_word(word):
    """Return whether a word may be a person's name: a listed name or a pet form, or one spelt like a name, that no
    language holds as an ordinary word."""
    lower = word.lower
    if len(lower) < 2 or lower in NOT_NAMES:
        return False
    if word.capitalised and lower in given_names() and not is_word(lower):
        return True  # "Dado i njegovi": a listed name, though English or Spanish has the word ("dado", a die)
    if _ordinary(lower):
        return False
    return lower in given_names() or pet_form(lower) or is_nickname(lower, english=False) \
        or is_nickname(lower, FOREIGN_NICKNAME_ENDINGS, english=False) \
        or (word.capitalised or word.opens_sentence) and looks_like_name(lower)


def named_with_his(words, skip=frozenset()):
    """Return whether a word before "and his/her" (in any of the languages) is a person's name."""
    for index in range(len(words) - 2):
        if words[index + 2].lower not in POSSESSIVES or index in skip:
            continue  # the quick test: most words are before no possessive
        joined = AND_HIS.get(words[index + 1].lower)
        if joined is not None and words[index + 2].lower in joined and _person_word(words[index]):
            return True
    return False
