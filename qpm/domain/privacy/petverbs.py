"""A Swedish or English pet form in lower case opening a sentence before what a person does ("fredde hänger med
äldre killar", "lovve gråter", "stinsen kommer alltid", "alfie refuses to"): the shape of a short form (a doubled
consonant and -e, -sen after a name's stem, -ie), no word of either language, then a verb."""
from .lexicon import english_words, given_names, is_word
from .nicknames import is_nickname
from .subjects import NAME_FOLLOWERS, PRONOUNS
from .wordforms import typo_of_word, verb

# English verbs of a person after a child's short form: "alfie refuses", "archie keeps", "maddie cried".
ENGLISH_DOINGS = frozenset(["refuses", "refused", "cries", "cried", "wants", "wanted", "hates", "loves", "keeps",
                            "says", "said", "told", "gets", "got", "goes", "went", "plays", "played", "won't",
                            "doesn't", "didn't", "can't", "is", "was", "has", "had", "needs", "likes", "screams",
                            "hits", "bites", "comes", "came", "walks", "cycles"])


def _sen_form(lower):
    """Return whether a word is a name's stem with the Swedish pet ending -sen ("stinsen" of Stina, "majsen" of Maja)."""
    stem = lower[:-3]
    return lower.endswith("sen") and len(stem) >= 3 and any(stem + v in given_names() for v in "ae")


def _doubled_name(lower):
    """Return whether a word is a given name with a consonant doubled ("lovve" of Love), not a typo of a word."""
    return any(lower[i] == lower[i + 1] and lower[:i] + lower[i + 1:] in given_names() for i in range(len(lower) - 1))


def _short_form(lower):
    """Return whether a lower-case word is a short form of a name and no Swedish or English word (or a typo of one)."""
    if len(lower) < 4 or is_word(lower) or lower in english_words() or lower in given_names():
        return False  # the listed names are read by the name checks
    if not (is_nickname(lower) or _sen_form(lower)):
        return False
    return not typo_of_word(lower) or _doubled_name(lower)


def opening_short_form(words, skip=frozenset()):
    """Return whether a lower-case short form of a name opens a sentence before a Swedish or English verb."""
    for index in range(len(words) - 1):
        word = words[index]
        if not word.opens_sentence or word.capitalised or index in skip:
            continue  # the quick test: most words stand inside a sentence
        after = words[index + 1].lower
        swedish = after in NAME_FOLLOWERS or verb(after)
        if not swedish and after not in ENGLISH_DOINGS:
            continue
        after_next = words[index + 2].lower if index + 2 < len(words) else None
        if after_next in PRONOUNS:
            continue  # "idag går vi": the subject after the verb, the first word a time or a place
        if _short_form(word.lower):
            return True
    return False
