"""A name told by a relative beside it: a grandparent, aunt or uncle called by the title before the name ("morfar sten
hämtar", "moster Lena kommer"), a genitive before a compound relative ("zainabs storasyster", "Eliass lillebror"),
and an English genitive with its apostrophe before a relative ("Aarav's dad"), whatever list holds the name."""
from .lexicon import english_words, given_names, is_word, looks_like_name
from .names import SUBJECTS
from .subjects import NAME_FOLLOWERS
from .wordforms import verb

# Relatives Swedish names by a title before the name: "morfar Sten", "moster lena", "gammelfarmor Inga".
TITLES = frozenset(["morfar", "mormor", "farfar", "farmor", "moster", "faster", "morbror", "farbror", "gammelmormor",
                    "gammelmorfar", "gammelfarmor", "gammelfarfar", "kusin", "tant", "grandma", "grandpa", "granny",
                    "auntie", "aunt", "uncle"])
# A relative joined to a prefix: "storasyster", "lillebror", "styvpappa", "bonusmamma", "halvbror".
KIN_PREFIXES = ("stor", "lilla", "lille", "lill", "styv", "bonus", "halv", "plast", "extra", "tvilling")
KIN_TAILS = ("syster", "systern", "bror", "brodern", "brorsan", "brorsa", "syrran", "syrra", "mamma", "mamman", "pappa",
             "pappan", "kusin", "kusinen")
# English relatives after "'s": "Aarav's dad", "Nala's mum", "Ife's big sister".
ENGLISH_KIN = frozenset(["mum", "mom", "dad", "mummy", "mommy", "daddy", "mother", "father", "brother", "sister",
                         "parents", "grandma", "grandpa", "nan", "granny", "auntie", "aunt", "uncle", "family", "big",
                         "little", "older", "younger", "twin", "cousin", "stepdad", "stepmum"])


def _compound_kin(lower):
    """Return whether a word is a relative joined to a prefix ("storasyster", "lillebror", "bonuspappan")."""
    return lower.startswith(KIN_PREFIXES) and lower.endswith(KIN_TAILS) and len(lower) > 6


def _titled(word, following):
    """Return whether a word after a relative's title is that relative's name: a listed name that is no verb, before
    a verb or the end, or one no list holds as a word."""
    lower = word.lower
    if len(lower) < 3 or lower not in given_names() or lower in SUBJECTS or lower in NAME_FOLLOWERS or verb(lower):
        return False
    after = following.lower if following is not None else None
    return not is_word(lower) or after is None or after in NAME_FOLLOWERS or verb(after)


def _genitive_before_kin(word, following):
    """Return whether a word is a name's genitive before a compound relative ("zainabs storasyster")."""
    lower = word.lower
    if not lower.endswith("s") or following.start != word.end + 1 or not _compound_kin(following.lower):
        return False
    stem = lower[:-1].rstrip("'’:")
    return len(stem) >= 3 and stem in given_names() and not is_word(lower) and lower not in english_words()


def _apostrophe_genitive(word, following):
    """Return whether a capitalised word with "'s" before an English relative is a name ("Aarav's dad")."""
    lower = word.lower
    if not word.capitalised or not lower.endswith(("'s", "’s")) or following.lower not in ENGLISH_KIN:
        return False
    stem = lower[:-2]
    return len(stem) >= 2 and not is_word(stem) and stem not in english_words() \
        and (stem in given_names() or looks_like_name(stem))


def named_by_relative(words, skip=frozenset()):
    """Return whether a word is named by a relative's title before it or a compound relative after it."""
    for index in range(len(words) - 1):
        word, following = words[index], words[index + 1]
        if index in skip:
            continue  # (the relative after may be listed as an everyday word, "dad", "mum")
        if word.lower in TITLES and index + 1 not in skip and _titled(following, words[index + 2] if index + 2 < len(words) else None):
            return True
        if word.lower[-1] == "s" and (_genitive_before_kin(word, following) or _apostrophe_genitive(word, following)):
            return True
    return False
