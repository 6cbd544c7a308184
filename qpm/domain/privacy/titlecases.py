"""Titles of several words in Cyrillic as Ukrainian and Russian bend them: "дивляться «Машу і Ведмедя»" is the
cartoon "Маша і Ведмідь" in the accusative, "про Вінні-Пуха" Winnie-the-Pooh; each word keeps its first letters."""
from functools import lru_cache

from .lexicon import known_characters

# The letters a word of a title keeps however it is bent, at least: Маша → Машу, Ведмідь → Ведмедя.
KEPT = 3
# How many letters its case may take off or put on.
ENDING = 3


def _cyrillic(word):
    """Return whether a word is in Cyrillic letters."""
    return "\u0400" <= word[0] <= "\u04ff"


@lru_cache(maxsize=1)
def _titles():
    """Return the Cyrillic titles of two or more words in the known list, by their first three letters."""
    by_start = {}
    for phrases in known_characters().values():
        for phrase in phrases:
            if len(phrase) >= 2 and _cyrillic(phrase[0]) and len(phrase[0]) >= KEPT:
                by_start.setdefault(phrase[0][:KEPT], []).append(phrase)
    return by_start


def _bent(word, part):
    """Return whether a word is the title's word in another case: the same first letters, a short ending apart."""
    if len(part) <= 2:
        return word == part  # "і", "та", "и": the words between stay as they are
    kept = max(KEPT, len(part) - ENDING)
    return abs(len(word) - len(part)) <= ENDING and word[:kept] == part[:kept]


def bent_title_indexes(words):
    """Return the indexes of the words of a Cyrillic title in another case."""
    taken = set()
    titles = None
    for start, first in enumerate(words):
        if not _cyrillic(first.lower) or len(first.lower) < KEPT:
            continue  # most words: Latin letters
        titles = _titles() if titles is None else titles
        for phrase in titles.get(first.lower[:KEPT], ()):
            end = start + len(phrase)
            if end <= len(words) and all(_bent(words[start + i].lower, part) for i, part in enumerate(phrase)):
                taken.update(range(start, end))
                break
    return taken
