"""Words of a text with what the detectors ask of them: case, place in the sentence, neighbours."""
import re

# Letters, joined by single apostrophes, colons or hyphens between letters ("Anna-Karin", "Ayşe'nin", "EU:s").
WORD = re.compile(r"[^\W\d_]+(?:['’:-][^\W\d_]+)*")
# What may stand last before a word that starts a sentence (spaces aside): a full stop, a bullet, a quote …
SENTENCE_ENDS = frozenset(".!?;\n•*-–—:\"“”«»()")
# Spoken fillers that open a clause as a stop does: after "asså", "typ", "ba" the sentence starts ("asså juni vill").
FILLERS = frozenset(["asså", "alltså", "typ", "ba", "liksom", "okej", "ok"])


class Word:
    """One word: its text, lower-case form, where it stands, whether a sentence starts with it, its case."""

    __slots__ = ("capitalised", "end", "lower", "opens_sentence", "start", "text")

    def __init__(self, text, lower, start, end, opens_sentence):
        self.text = text  # one by one: quicker than a tuple assigned at once
        self.lower = lower
        self.start = start
        self.end = end
        self.opens_sentence = opens_sentence
        # A capital first letter, and not all capitals ("Saga", not "BUP").
        self.capitalised = text[0].isupper() and not (len(text) > 1 and text.isupper())

    def __repr__(self):
        return f"Word({self.text!r}, {self.start}, opens_sentence={self.opens_sentence})"


def words(text):
    """Return the words of a normalised text, in order."""
    found = []
    append = found.append
    previous_end = 0
    previous = None
    find = text.find
    # the words found at once and placed by find, quicker than a match object each: no letter stands between two
    # words, so the first place of a word after the previous one is where it was found
    for word in WORD.findall(text):
        start = find(word, previous_end)
        end = start + len(word)
        # The text since the previous word: a sentence starts after nothing, or after a stop or a new line
        # (most words follow one space: no gap to read).
        if start == previous_end + 1 and text[previous_end] == " ":
            opens = previous is None or previous.opens_sentence and previous.lower in FILLERS
        else:
            gap = text[previous_end:start].rstrip(" \t\r\f\v\u00a0\u2009\u202f")
            opens = gap[-1] in SENTENCE_ENDS if gap else previous is None or previous.opens_sentence \
                and previous.lower in FILLERS
        previous = Word(word, word.casefold(), start, end, opens)
        append(previous)
        previous_end = end
    return found
