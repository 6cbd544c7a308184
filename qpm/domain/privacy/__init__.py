"""Personal data in contributions: names, phone numbers, e-mail, personnummer, street addresses.

A contribution that looks like it holds personal data is held for the host instead of shown. The
checks lean towards holding: a held contribution costs the host one click, a child's name on the
projector cannot be taken back.
"""
import re
from functools import lru_cache

from ...config import PACKAGE
from ...i18n import N_

REASONS = {
    "name": N_("It may contain a person's name."),
    "phone": N_("It may contain a phone number."),
    "email": N_("It may contain an e-mail address."),
    "personnummer": N_("It may contain a personal identity number."),
    "address": N_("It may contain a street address."),
}

# Names that are also ordinary Swedish or English words count only when capitalised inside a sentence:
# "Vi läser en saga" is not about Saga, "Jag tror att Saga…" is.
ORDINARY_WORDS = {
    "bo", "dag", "frank", "iris", "jan", "juni", "klara", "liv", "lo", "love", "mark", "max", "my", "per",
    "rut", "saga", "sam", "sten", "stig", "tim", "tom", "vide", "viola", "will", "kim", "ann", "ines",
    "mona", "nik", "lily", "björn", "ari", "milo", "hans", "linda", "karl", "lova", "ville", "tindra",
    "axel", "frans",
}

WORD = re.compile(r"[^\W\d_]+")
SENTENCE_END = re.compile(r"[.!?:]\s*$|^\s*$")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
NUMBER_RUN = re.compile(r"(?<![\w+])\+?\d[\d\s\-()]{5,}\d(?!\w)")
PERSONNUMMER = re.compile(r"(?<!\d)(\d{6}|\d{8})[-+ ]?(\d{4})(?!\d)")
ADDRESS = re.compile(
    r"\b\w+(?:gatan|gata|vägen|väg|gränd|gränden|stigen|allén|allé|torget|backen|backe|platsen|leden)"
    r"\s+\d+\s?[a-zA-Z]?\b"
    r"|\b\d+\s+[A-Z]\w+\s+(?:Street|Road|Avenue|Lane|Way|Drive)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def given_names():
    """Return the shipped list of given names, in lower case."""
    lines = (PACKAGE / "data" / "given_names.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().lower() for line in lines if line.strip() and not line.startswith("#"))


def personal_data(text):
    """Return the codes of the kinds of personal data a text seems to hold (empty when none)."""
    found = []
    if EMAIL.search(text):
        found.append("email")
    without_email = EMAIL.sub(" ", text)
    if any(_is_personnummer(m.group(1) + m.group(2)) for m in PERSONNUMMER.finditer(without_email)):
        found.append("personnummer")
    if any(_is_phone_number(m.group()) for m in NUMBER_RUN.finditer(without_email)):
        found.append("phone")
    if ADDRESS.search(without_email):
        found.append("address")
    if _names_a_person(without_email):
        found.append("name")
    return found


def _names_a_person(text):
    """Return whether a word in the text is a given name used as a name."""
    names = given_names()
    for match in WORD.finditer(text):
        word = match.group()
        lower = word.lower()
        candidates = {lower, lower[:-1]} if lower.endswith("s") else {lower}  # "Emmas mamma"
        name = next((c for c in candidates if c in names), None)
        if name is None:
            continue
        capitalised = word[0].isupper() and not word.isupper()
        starts_sentence = SENTENCE_END.search(text[:match.start()]) is not None
        if name in ORDINARY_WORDS:
            if capitalised and not starts_sentence:
                return True
        elif capitalised or lower == name:
            return True
    return False


def _is_phone_number(run):
    """Return whether a run of digits is a Swedish phone number (07x…, 08…, 0xx…, +46…)."""
    digits = re.sub(r"\D", "", run)
    if run.lstrip().startswith("+"):
        if not digits.startswith("46"):
            return 8 <= len(digits) <= 15  # a foreign number is personal data too
        digits = "0" + digits[2:]
    elif digits.startswith("0046"):
        digits = "0" + digits[4:]
    return digits.startswith("0") and not digits.startswith("00") and 8 <= len(digits) <= 11


def _is_personnummer(digits):
    """Return whether 10 or 12 digits form a valid personnummer (or samordningsnummer): date and Luhn."""
    ten = digits[-10:]
    month, day = int(ten[2:4]), int(ten[4:6])
    if not 1 <= month <= 12 or not (1 <= day <= 31 or 61 <= day <= 91):
        return False
    total = 0
    for position, digit in enumerate(int(d) for d in ten):
        product = digit * (2 if position % 2 == 0 else 1)
        total += product // 10 + product % 10
    return total % 10 == 0
