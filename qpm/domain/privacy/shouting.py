"""Texts typed in capitals ("SAGA MÅSTE HA MÖSSA"), read for names as if written in sentence case."""
from .tokens import words

# Letters a text must have at least, before its case says it shouts: "OK" or "BUP" alone is no shouting.
MIN_LETTERS = 8


def _shouting(text):
    """Return whether a text is in capitals throughout: it has letters enough and none in lower case."""
    if not text.isupper():  # the quick test: most texts have a small letter
        return False
    return sum(c.isupper() for c in text) >= MIN_LETTERS  # scripts without case say nothing


def _sentence_case(text):
    """Return the text in lower case but the first letter of each sentence, letter by letter so every word keeps
    its place ("İ" lowers to two characters and is kept)."""
    lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    found = words(lowered)
    chars = list(lowered)
    for word in found:
        if word.opens_sentence:
            chars[word.start] = text[word.start]
    return "".join(chars)


def words_for_names(text, every_word):
    """Return the words to read names in: a shouting text's in sentence case, where a capital opens a sentence only
    (then "SAGA MÅSTE" reads as "Saga måste"); every other text's as they are."""
    if not _shouting(text):
        return every_word
    return words(_sentence_case(text))
