"""Phone numbers spelt out in words to get past a filter: "noll sju noll, ett sju fyra …", "zero seven one …"."""
import re

# The digits in Swedish and English, as a parent reads a number aloud ("nolla", "oh" for 0 too).
DIGIT_WORDS = ("noll", "nolla", "ett", "en", "etta", "två", "tvåa", "tre", "trea", "fyra", "fem", "femma",
               "sex", "sexa", "sju", "sjua", "åtta", "nio", "nia", "zero", "oh", "one", "two", "three", "four",
               "five", "six", "seven", "eight", "nine")
# Numbers read in pairs ("noll sjuttio, tolv tretton", "seventy-four"): two digits each.
TEENS = ("tio", "elva", "tolv", "tretton", "fjorton", "femton", "sexton", "sjutton", "arton", "nitton", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
TENS = ("tjugo", "trettio", "fyrtio", "femtio", "sextio", "sjuttio", "åttio", "nittio", "twenty", "thirty", "forty",
        "fifty", "sixty", "seventy", "eighty", "ninety")
ZEROS = frozenset(["noll", "nolla", "zero", "oh", "0"])


def _alternatives(words):
    """Return a regular expression's alternatives for words, longest first."""
    return "|".join(sorted(set(words), key=len, reverse=True))


PAIR = rf"(?:{_alternatives(TENS)})-?(?:{_alternatives(DIGIT_WORDS)})?|{_alternatives(TEENS)}"
DIGIT = rf"(?:{PAIR}|{_alternatives(DIGIT_WORDS)}|\d{{1,4}})"
# A number starts with its trunk 0 and has eight digits or more; ordinary text never strings eight digits along.
RUN = re.compile(rf"\b{DIGIT}(?:[\s,.–-]+{DIGIT}){{3,}}\b", re.IGNORECASE)
PAIR_WORD = re.compile(rf"(?:{PAIR})$")
MIN_DIGITS = 8
QUICK = re.compile(r"\b(?:noll|nolla|zero|oh)\b", re.IGNORECASE)


def _digits(part):
    """Return how many digits a part of a number stands for: "sju" one, "sjuttiofyra" and "tolv" two, "174" three."""
    if part.isdigit():
        return len(part)
    return 2 if PAIR_WORD.match(part) else 1


def spelled_phone_spans(text):
    """Return the (start, end) of each phone number spelt out in digit words, the first a zero."""
    lower = text.lower()
    if "noll" not in lower and "zero" not in lower and "oh" not in lower or QUICK.search(text) is None:
        return []
    spans = []
    for match in RUN.finditer(text):
        parts = re.split(r"[\s,.–]+", match.group().casefold())
        digits = sum(_digits(part) for part in parts)
        if parts[0] in ZEROS and digits >= MIN_DIGITS and sum(not part.isdigit() for part in parts) >= 3:
            spans.append(match.span())
    return spans
