"""Given names, nicknames and genitives, in any case, and names written in other scripts."""
import unicodedata

from anyascii import anyascii

from .lexicon import given_names, is_word, name_beginnings, swedish_places

# After a name at the start of a sentence comes what the child does: "Saga behöver", "Liv och Love leker";
# "Max två timmar", "Stig på!" start with the ordinary word.
NAME_FOLLOWERS = frozenset(
    "är var har hade vill ville kan kunde ska skulle behöver behövde gillar tycker tyckte får fick blir blev brukar "
    "säger sa sade leker lekte slår slog går gick kommer kom och gråter grät bråkar retas mobbar mår hämtas "
    "hämtar berättar berättade sover åt äter pratar springer verkar känner saknar "
    "is has was said likes".split())
# Endings Swedish makes short forms with: Kattis, Jonte, Vilmis, Fredde, Lollo.
NICKNAME_ENDINGS = ("isen", "is", "an", "te", "e", "o", "ie", "y", "sa")
# Writing systems whose words the Latin name list reaches through transliteration.
TRANSLITERATED = ("CYRILLIC", "GREEK", "ETHIOPIC", "ARMENIAN", "GEORGIAN")
RIGHT_TO_LEFT = ("ARABIC", "HEBREW", "SYRIAC", "THAANA")


def _script(word):
    """Return the Unicode script name of a word's first letter (LATIN, ARABIC, CYRILLIC …)."""
    return unicodedata.name(word[0], "LATIN").split()[0]


def _stems(lower):
    """Return the forms a word may be a name in: itself, without a genitive s, without a hyphen part."""
    stems = {lower}
    for ending in (":s", "'s", "’s", "s"):
        if lower.endswith(ending) and len(lower) > len(ending) + 1:
            stems.add(lower[:-len(ending)])
    if "-" in lower:
        stems.update(part for part in lower.split("-") if len(part) > 1)
    return stems


def is_nickname(lower):
    """Return whether a word that is no Swedish word looks like a short form of a given name."""
    beginnings = name_beginnings()
    for ending in NICKNAME_ENDINGS:
        stem = lower[:-len(ending)]
        if lower.endswith(ending) and 3 <= len(stem) <= 5 and stem in beginnings:
            return True
    return False


def _latin_name(word, following, mostly_swedish):
    """Return whether a Latin-script word is used as a person's name."""
    stems = _stems(word.lower)
    names = given_names()
    known = any(stem in names for stem in stems)
    ordinary = is_word(word.lower) or word.lower in swedish_places() or any(
        is_word(s) or s in swedish_places() for s in stems if s != word.lower and "-" not in word.lower)
    if known and not ordinary:
        return True
    if known:  # a name that is also a word (Saga, Max, Liv) counts when written as a name
        if not word.capitalised:
            return False
        return not word.opens_sentence or (following is not None and following.lower in NAME_FOLLOWERS)
    if ordinary or len(word.lower) < 3:
        return False
    if word.capitalised and not word.opens_sentence and mostly_swedish:
        return True  # a capitalised non-word inside a Swedish sentence is most often a name
    return (word.capitalised or mostly_swedish) and is_nickname(word.lower)


def has_name(words):
    """Return whether any of the words (known characters already taken out) names a person."""
    latin = [w for w in words if _script(w.text) == "LATIN"]
    swedish = sum(1 for w in latin if not w.capitalised and is_word(w.lower))
    mostly_swedish = swedish * 2 >= len(latin) and swedish > 0
    names = given_names()
    for index, word in enumerate(words):
        script = _script(word.text)
        following = words[index + 1] if index + 1 < len(words) else None
        if script == "LATIN":
            if _latin_name(word, following, mostly_swedish):
                return True
        elif script in TRANSLITERATED:
            if any(stem in names for stem in _stems(anyascii(word.text).lower())):
                return True
        elif script in RIGHT_TO_LEFT and len(latin) > len(words) - len(latin):
            return True  # a word in Arabic or Persian script inside a Swedish sentence is a name
    return False
