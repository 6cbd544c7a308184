"""Words of a text with what the detectors ask of them: case, place in the sentence, neighbours."""
import re
from dataclasses import dataclass

WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’:-](?=[^\W\d_]))*")
SENTENCE_START = re.compile(r"(?:^|[.!?;\n•*\-–—:\"“”«»()]|\s-)\s*$")


@dataclass(frozen=True)
class Word:
    """One word: its text, lower-case form, where it stands, and whether a sentence starts with it."""

    text: str
    lower: str
    start: int
    end: int
    opens_sentence: bool

    @property
    def capitalised(self):
        """Return whether the word starts with a capital letter (and is not all capitals)."""
        return self.text[0].isupper() and not (self.text.isupper() and len(self.text) > 1)


def words(text):
    """Return the words of a normalised text, in order."""
    found = []
    for match in WORD.finditer(text):
        before = text[max(0, match.start() - 40):match.start()]
        found.append(Word(match.group(), match.group().casefold(), match.start(), match.end(),
                          SENTENCE_START.search(before) is not None))
    return found
