"""Well-known characters, authors and titles (Pippi, Alfons Åberg, Harry Potter): not people in the room."""
from .lexicon import given_names, known_characters

# Words that say a text is about a story: with them "Ronja" is the book's Ronja, not a child in the group.
STORY_WORDS = frozenset(["bok", "boken", "böcker", "böckerna", "film", "filmen", "filmer", "filmerna", "serie",
                         "serien", "sagan", "sagor", "läser", "läste", "tittar", "tittade", "tv", "book", "books",
                         "movie", "movies", "cartoon", "show", "reads", "watches", "watching", "kitap", "film'i"])
# After a name that starts a sentence, what a child does: "Ronja vill", "Matilda har".
ACTS = frozenset(["är", "var", "har", "hade", "vill", "ville", "kan", "ska", "behöver", "gillar", "tycker", "får",
                  "fick", "blir", "brukar", "säger", "leker", "går", "kommer", "gråter", "mår", "sover", "äter",
                  "is", "has", "wants", "likes"])


def _matches(word, wanted):
    """Return whether a word is the wanted lower-case word, also in the genitive or a compound ("Potter-böckerna")."""
    lower = word.lower.split("-")[0] if "-" in word.lower and not wanted.count("-") else word.lower
    if "'" in lower and "'" not in wanted:  # Turkish case endings: "Tayfa'dan", "Pepee'yi"
        lower = lower.split("'")[0]
    return lower == wanted or lower in (wanted + "s", wanted + ":s")


def _acts_as_child(words, index):
    """Return whether a lone character's name that is also a given name starts a sentence about what a child does."""
    word = words[index]
    return (word.opens_sentence and word.lower in given_names() and index + 1 < len(words)
            and words[index + 1].lower in ACTS)


def known_character_indexes(words):
    """Return the indexes of the words that belong to a well-known character, author or title."""
    taken, lone = set(), []
    by_first = known_characters()
    for start, first in enumerate(words):
        stem = first.lower.removesuffix(":s")
        candidates = by_first.get(stem, []) + (by_first.get(stem[:-1], []) if stem.endswith("s") else [])
        for phrase in candidates:
            end = start + len(phrase)
            if end <= len(words) and all(_matches(words[start + i], part) for i, part in enumerate(phrase)):
                if len(phrase) == 1 and _acts_as_child(words, start):
                    lone.append(start)
                else:
                    taken.update(range(start, end))
                break
    # "Ronja vill ta med sin hund" is a child; "Ronja vill bli Mattis när vi läser boken" the book's Ronja.
    if lone and (taken or any(w.lower in STORY_WORDS for w in words)):
        taken.update(lone)
    return taken
