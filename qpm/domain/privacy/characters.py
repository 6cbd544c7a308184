"""Well-known characters, authors and titles (Pippi, Alfons Åberg, Harry Potter): not people in the room."""
from .lexicon import known_characters


def _matches(word, wanted):
    """Return whether a word is the wanted lower-case word, also in the genitive or a compound ("Potter-böckerna")."""
    lower = word.lower.split("-")[0] if "-" in word.lower and not wanted.count("-") else word.lower
    if "'" in lower and "'" not in wanted:  # Turkish case endings: "Tayfa'dan", "Pepee'yi"
        lower = lower.split("'")[0]
    return lower == wanted or lower in (wanted + "s", wanted + ":s")


def known_character_indexes(words):
    """Return the indexes of the words that belong to a well-known character, author or title."""
    taken = set()
    by_first = known_characters()
    for start, first in enumerate(words):
        stem = first.lower.removesuffix(":s")
        candidates = by_first.get(stem, []) + (by_first.get(stem[:-1], []) if stem.endswith("s") else [])
        for phrase in candidates:
            end = start + len(phrase)
            if end <= len(words) and all(_matches(words[start + i], part) for i, part in enumerate(phrase)):
                taken.update(range(start, end))
                break
    return taken
