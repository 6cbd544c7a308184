"""Personnummer and samordningsnummer: a plausible date and four digits, whatever the check digit."""
import re

# 12 digits (YYYYMMDD-XXXX) or 10 (YYMMDD-XXXX); a mistyped check digit still names a child.
NUMBER = re.compile(r"(?<![\d])((?:19|20)?\d{2})(\d{2})(\d{2})\s?([-+–]?)\s?(\d{4})(?!\d)")


def _plausible_date(month, day):
    """Return whether month and day are a date, the day plus 60 for a samordningsnummer."""
    return 1 <= month <= 12 and (1 <= day <= 31 or 61 <= day <= 91)


def luhn(ten):
    """Return whether ten digits pass the Luhn check of a personnummer."""
    total = 0
    for position, digit in enumerate(int(d) for d in ten):
        product = digit * (2 if position % 2 == 0 else 1)
        total += product // 10 + product % 10
    return total % 10 == 0


def personnummer_spans(text):
    """Return the (start, end) of each personnummer or samordningsnummer in a normalised text."""
    spans = []
    for match in NUMBER.finditer(text):
        year, month, day, separator, last = match.groups()
        if not _plausible_date(int(month), int(day)):
            continue
        ten = year[-2:] + month + day + last
        # Ten bare digits starting with 0 are a phone number unless the check digit says otherwise.
        if len(year) == 2 and not separator and not luhn(ten) and ten.startswith("0"):
            continue
        spans.append(match.span())
    return spans
