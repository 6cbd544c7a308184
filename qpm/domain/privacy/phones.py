"""Phone numbers, Swedish and foreign, found by Google's libphonenumber (the `phonenumbers` package)."""
import re

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatch, PhoneNumberMatcher, PhoneNumberType

# Numbers that reach an organisation, never a family: free, shared-cost and premium lines (020…, 077…, 0900…).
PUBLIC_LINES = {PhoneNumberType.TOLL_FREE, PhoneNumberType.SHARED_COST, PhoneNumberType.PREMIUM_RATE,
                PhoneNumberType.UAN}
MOBILE = {PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE}
# "0815–0830" and "08.30-16.30" are times from–to, not 08-150830.
CLOCK_RANGE = re.compile(r"^([01]?\d|2[0-3])[.:]?[0-5]\d\s*[-–—]\s*([01]?\d|2[0-3])[.:]?[0-5]\d$")
MAX_CANDIDATES = 50
# The shortest Swedish number (a subscriber number with its area code, "08-12 34") has six digits.
MIN_DIGITS = 6
# The municipality's, the school's or a help line's number is public, not a family's.
PUBLIC_OWNER = re.compile(r"\b(?:kommunens|kommun|växeln|växel|skolans|förskolans|expeditionen|bris|1177"
                          r"|föräldralinjen|polisen|giftinformation\w*|kvinnofridslinjen|vårdcentralen)\b",
                          re.IGNORECASE)


# The families' home countries and the other countries a parent may be reached in (a number from there is
# often written as at home, without its country code: "0532 123 45 67", "(555) 123-4567").
HOME_REGIONS = ("TR", "PL", "FI", "BA", "UA", "IR", "IQ", "SY", "SO", "ER", "US", "GB", "DE", "NO", "DK")
# A foreign number read without its country code needs this many digits to count where only its length fits.
FOREIGN_DIGITS = 10
# Where such a number may start: a trunk 0 or an area code in brackets (a quick test that spares the matchers).
MAX_STRETCHES, STRETCH = 4, 28
AT_HOME = re.compile(r"(?<![\d.,:/-])(?:0\d|\(\d)")
# Poland and Spain dial no trunk 0: a mobile there is nine digits written in threes, "512 348 907", "612-345-678",
# or (in Spain) "612 34 56 78"; the digits must make a valid mobile number of one of them.
NO_TRUNK = re.compile(r"(?<![\d.,:/+-])[1-9]\d{2}(?:[ -]\d{3}[ -]\d{3}|[ -]\d{2}[ -]\d{2}[ -]\d{2})(?![\d.,:/-]?\d)")
NO_TRUNK_REGIONS = ("PL", "ES")
# Written in threes, an amount or a count looks the same: "450 000 000 kr", "120 000 invånare".
AMOUNT_AFTER = re.compile(r"\s*(?:kr|kronor|sek|zł|zl|pln|złotych|eur|euro|euros|€|\$|usd|st|stycken|personer|invånare"
                          r"|people|osób|personas|m|km|kg|g|ml|l)\b", re.IGNORECASE)


def _matches(text):
    """Yield the numbers in a text: valid ones, and any possible one written with a country code (+44 7700 …)."""
    found = False
    for match in PhoneNumberMatcher(text, "SE", leniency=Leniency.VALID, max_tries=MAX_CANDIDATES):
        found = True
        yield match
    if not found and sum(map(str.isdigit, text)) >= FOREIGN_DIGITS and AT_HOME.search(text):
        yield from _foreign(text)
    if not found:
        yield from _without_trunk(text)
    if "+" in text:  # a number in a range not yet given out is still one a parent typed to be called on
        for match in PhoneNumberMatcher(text, "SE", leniency=Leniency.POSSIBLE, max_tries=MAX_CANDIDATES):
            digits = sum(c.isdigit() for c in match.raw_string)
            if match.raw_string.startswith("+") and digits >= 9:
                yield match


def _foreign(text):
    """Yield the first number found in one of the home regions' own format, valid or of a possible length."""
    # Each region's matcher reads only a short stretch from where such a number may start, so a long text of
    # digits costs a few stretches, not fifteen readings of the whole text.
    for start in [m.start() for m in AT_HOME.finditer(text)][:MAX_STRETCHES]:
        stretch = text[start:start + STRETCH]
        for region in HOME_REGIONS:
            for match in PhoneNumberMatcher(stretch, region, leniency=Leniency.POSSIBLE, max_tries=5):
                raw = match.raw_string
                # written as at home: with the trunk 0 and valid there ("0532 123 45 67"), or an area code in brackets
                if sum(c.isdigit() for c in raw) >= FOREIGN_DIGITS and (
                        raw.startswith("0") and phonenumbers.is_valid_number(match.number) or raw.startswith("(")):
                    match.start, match.end = match.start + start, match.end + start
                    yield match
                    return


def _without_trunk(text):
    """Yield the numbers written as a mobile is in a country that dials no trunk 0 ("dzwońcie 512 348 907")."""
    for match in NO_TRUNK.finditer(text):
        if AMOUNT_AFTER.match(text, match.end()) or match.start() and text[match.start() - 1] in "$€£":
            continue
        digits = re.sub(r"\D", "", match.group())
        for region in NO_TRUNK_REGIONS:
            number = phonenumbers.parse(digits, region)
            if phonenumbers.number_type(number) in MOBILE:
                yield PhoneNumberMatch(match.start(), match.group(), number)
                break


def phone_spans(text):
    """Return the (start, end) of each private phone number in a normalised text."""
    spans = []
    if sum(map(str.isdigit, text)) < MIN_DIGITS:
        return spans  # too few digits for any number: spares the matcher, a third of the check
    for match in _matches(text):
        if CLOCK_RANGE.match(match.raw_string.strip()):
            continue
        if phonenumbers.number_type(match.number) in PUBLIC_LINES \
                or PUBLIC_OWNER.search(text[max(0, match.start - 40):match.start]):
            continue
        spans.append((match.start, match.end))
    return spans
