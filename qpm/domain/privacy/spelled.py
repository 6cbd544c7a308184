"""Phone numbers spelt out in words to get past a filter: "noll sju noll, ett sju fyra …", "zero seven one …"."""
import re

# The digits in Swedish and English, as a parent reads a number aloud ("nolla", "oh" for 0 too).
DIGIT_WORDS = ("noll", "nolla", "ett", "en", "etta", "två", "tvåa", "tre", "trea", "fyra", "fem", "femma",
               "sex", "sexa", "sju", "sjua", "åtta", "nio", "nia", "zero", "oh", "one", "two", "three", "four",
               "five", "six", "seven", "eight", "nine")
ZEROS = frozenset(["noll", "nolla", "zero", "oh", "0"])
DIGIT = rf"(?:{'|'.join(sorted(set(DIGIT_WORDS), key=len, reverse=True))}|\d{{1,4}})"
# A number starts with its trunk 0 and has eight digits or more; ordinary text never strings eight digits along.
RUN = re.compile(rf"\b{DIGIT}(?:[\s,.–-]+{DIGIT}){{3,}}\b", re.IGNORECASE)
MIN_DIGITS = 8
QUICK = re.compile(r"\b(?:noll|nolla|zero|oh)\b", re.IGNORECASE)


def spelled_phone_spans(text):
    """Return the (start, end) of each phone number spelt out in digit words, the first a zero."""
    lower = text.lower()
    if "noll" not in lower and "zero" not in lower and "oh" not in lower or QUICK.search(text) is None:
        return []
    spans = []
    for match in RUN.finditer(text):
        parts = re.split(r"[\s,.–-]+", match.group().casefold())
        digits = sum(len(part) if part.isdigit() else 1 for part in parts)
        if parts[0] in ZEROS and digits >= MIN_DIGITS and sum(not part.isdigit() for part in parts) >= 3:
            spans.append(match.span())
    return spans
