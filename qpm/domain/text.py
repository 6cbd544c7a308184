"""Untrusted text made safe once, at the edge: every string from a phone, a host or a URL passes here."""
import re
import unicodedata
from functools import lru_cache

from ..i18n import N_
from .errors import MeetingError

# More marks than this on one letter is never writing, only a way to make text slow or tall. Four, not
# three: pointed Hebrew with cantillation and some Vietnamese or Arabic spellings use three or four.
MAX_MARKS = 4
# A text far longer than any field allows is refused before it is looked at letter by letter.
MAX_RAW = 64 * 1024

# Characters that are never seen: controls (tab and newline kept), format characters such as bidi
# controls, soft hyphens and word joiners, and fillers that look like a blank letter.
_FILLERS = frozenset("\u115f\u1160\u3164\u2800\uffa0\u180e\u034f")
_JOINERS = "\u200c\u200d"  # zero-width (non-)joiners shape Persian and emoji: kept between two letters
_LINE_BREAKS = re.compile("[\u2028\u2029\r\x85]")


_ASCII_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f]")


@lru_cache(maxsize=8192)
def _shown_as(code):
    """Return a code point's character, or None when it is never seen (str.translate then removes it)."""
    char = chr(code)
    category = unicodedata.category(char)
    invisible = (char in _FILLERS or (category == "Cc" and char not in "\t\n")
                 or (category == "Cf" and char not in _JOINERS) or category == "Cs"
                 or 0xFDD0 <= code <= 0xFDEF or code & 0xFFFE == 0xFFFE)
    return None if invisible else char


class _Invisible:
    """The table str.translate reads: invisible code points map to None (a bounded cache, not a dict)."""

    def __getitem__(self, code):
        return _shown_as(code)


_INVISIBLE = _Invisible()


def normalise(value):
    """Return a string from outside made safe: NFC, nothing invisible, a few marks per letter at most.

    A lone surrogate (valid in JSON, not in UTF-8) is refused with `bad_text`; what cannot be seen is
    removed; the result may be empty.
    """
    if not isinstance(value, str):
        raise MeetingError("bad_type", N_("The text must be a string."))
    if len(value) > MAX_RAW:
        raise MeetingError("too_long", N_("The text is too long: at most %(limit)s characters."), limit=MAX_RAW)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        # parent-facing
        raise MeetingError("bad_text", N_("The text holds characters that cannot be saved. Please write it again.")) \
            from None
    text = _LINE_BREAKS.sub("\n", value)
    if text.isascii():
        return _ASCII_CONTROLS.sub("", text)
    text = _cap_marks(text.translate(_INVISIBLE))
    text = _cap_marks(unicodedata.normalize("NFC", text))
    return _keep_joiners_between_letters(text)


def clean_text(value, limit):
    """Return untrusted text normalised and tidied (trimmed lines, no long gaps), or raise MeetingError."""
    text = normalise(value)
    text = "\n".join(line.rstrip() for line in text.strip().splitlines())
    text = re.sub(r"\n{3,}", "\n\n", text)
    if not visible(text):
        raise MeetingError("empty", N_("Please write something first."))
    if len(text) > limit:
        # parent-facing
        raise MeetingError("too_long", N_("The text is too long: at most %(limit)s characters."), limit=limit)
    return text


def visible(text):
    """Return whether a text shows anything: a letter, digit, mark on a letter, symbol or punctuation."""
    return any(not char.isspace() and char not in _JOINERS for char in text)


def normalise_all(data):
    """Return a decoded JSON value with every string in it (keys too) normalised."""
    if isinstance(data, str):
        return normalise(data)
    if isinstance(data, list):
        return [normalise_all(item) for item in data]
    if isinstance(data, dict):
        return {normalise_all(key) if isinstance(key, str) else key: normalise_all(item) for key, item in data.items()}
    return data


def _cap_marks(text):
    """Keep at most MAX_MARKS combining marks after each letter; drop marks with nothing to sit on."""
    if text.isascii():
        return text
    kept, run = [], MAX_MARKS  # a mark at the very start has no letter: dropped
    for char in text:
        if unicodedata.category(char)[0] == "M":
            run += 1
            if run > MAX_MARKS:
                continue
        else:
            run = 0 if not char.isspace() else MAX_MARKS
        kept.append(char)
    return "".join(kept)


def _keep_joiners_between_letters(text):
    """Remove zero-width joiners except one between two visible characters (Persian, emoji sequences)."""
    if _JOINERS[0] not in text and _JOINERS[1] not in text:
        return text

    def joiner(match):
        start, end = match.start(), match.end()
        between = 0 < start and end < len(text) and not text[start - 1].isspace() and not text[end].isspace()
        return match.group()[0] if between else ""

    return re.sub(f"[{_JOINERS}]+", joiner, text)
