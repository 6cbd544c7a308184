"""Translations: Swedish first, English always complete (the source), parents' texts in twelve languages."""
import re
from functools import cache
from io import BytesIO
from pathlib import Path

from babel import Locale
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal
from babel.support import NullTranslations, Translations

# The host console, the question check and the staff pages: Swedish and English, every message.
LANGUAGES = ("sv", "en")
# What a parent sees (phone, join page, projector's join text, the letter): these twelve.
PARENT_LANGUAGES = ("sv", "en", "ar", "fa", "so", "ti", "uk", "pl", "fi", "bs", "es", "tr")
# Each language named in itself, for the switch on the phone (the order parents in Sweden most often need).
LANGUAGE_NAMES = {"sv": "Svenska", "en": "English", "ar": "العربية", "fa": "فارسی", "so": "Soomaali",
                  "ti": "ትግርኛ", "uk": "Українська", "pl": "Polski", "fi": "Suomi",
                  "bs": "Bosanski/Hrvatski/Srpski", "es": "Español", "tr": "Türkçe"}
RIGHT_TO_LEFT = frozenset({"ar", "fa"})
# Codes a phone may send that one of our catalogues serves: Dari reads Persian; Croatian and Serbian
# (Latin script) read the Bosnian catalogue.
SAME_CATALOGUE = {"prs": "fa", "hr": "bs", "sr": "bs", "sh": "bs", "cnr": "bs", "nb": "sv", "nn": "sv", "no": "sv"}
DEFAULT_LANGUAGE = "sv"
CATALOGUES = Path(__file__).parent / "translations"
# Where parent-facing messages are written, defined once: every message in these files, plus any message
# elsewhere whose translator comment starts with PARENT_TAG ("# parent-facing"). tests/test_i18n.py
# extracts them with Babel and fails when a parent catalogue lacks one.
PARENT_SOURCES = ("templates/base.html", "templates/index.html", "templates/parent/**/*.html",
                  "templates/letter/**/*.html", "templates/screen/projector.html", "qpm/letter/context.py",
                  "qpm/domain/contribution.py", "qpm/domain/privacy/**/*.py", "qpm/web/sockets/connection.py",
                  "qpm/web/sockets/callers.py", "qpm/web/sockets/parent.py")
PARENT_TAG = "parent-facing"
# Numbers are written in the digits of each language's default numbering system in CLDR, on the server
# and on the phone alike (the page names the system in data-numbers, static/js/room.js asks for it).
# Persian: Persian digits ("arabext"), as Iran and Afghanistan write them. Arabic: CLDR's generic "ar"
# defaults to Latin digits (ar-SA, ar-EG… to Arabic-Indic ones), as Babel and current browsers do, and as
# the join code, times and phone numbers a family in Sweden meets are written. Babel writes every number
# with Latin digits and changes only the separators, so the digits are swapped here.
DIGITS = {"arab": "٠١٢٣٤٥٦٧٨٩", "arabext": "۰۱۲۳۴۵۶۷۸۹"}


def N_(message):
    """Mark a message for extraction; it is translated later, in the reader's language."""
    return message


@cache
def translations(language):
    """Return the catalogue for a language, read from its .po file (no compiled .mo to go stale)."""
    po = CATALOGUES / language / "LC_MESSAGES" / "messages.po"
    if language not in PARENT_LANGUAGES or not po.exists():
        return NullTranslations()
    with po.open("rb") as handle:
        catalogue = read_po(handle, locale=language)
    buffer = BytesIO()
    write_mo(buffer, catalogue)
    buffer.seek(0)
    return Translations(buffer)


def translate(language, message, **values):
    """Translate a message into a language and fill in its %(name)s values (numbers in its own digits)."""
    text = translations(language).gettext(message)
    return text % written(language, values) if values else text


def translate_plural(language, singular, plural, n, **values):
    """Translate a message with a number into a language."""
    text = translations(language).ngettext(singular, plural, n)
    return text % written(language, dict(values, num=n))


def written(language, values):
    """Return a message's values with every whole number written the language's way."""
    return {name: format_number(value, language) if isinstance(value, int) and not isinstance(value, bool)
            else value for name, value in values.items()}


def numbering_system(language):
    """Return the numbering system a language's numbers are written in: "arabext" for Persian, else "latn"."""
    return _numbering_system(language) if language in PARENT_LANGUAGES else "latn"


@cache
def _numbering_system(language):
    system = Locale.parse(language).default_numbering_system
    return system if system in DIGITS else "latn"


def local_digits(text, language):
    """Write the digits 0–9 of a text Babel made (a number, a date) in the language's own digits."""
    digits = DIGITS.get(numbering_system(language))
    return text.translate(str.maketrans("0123456789", digits)) if digits else text


def format_number(value, language):
    """Write a number the reader's way: 1 234 in Swedish, 1,234 in Arabic, ۱٬۲۳۴ in Persian."""
    system = numbering_system(language)
    return local_digits(format_decimal(value, locale=language if language in PARENT_LANGUAGES else "en",
                                       numbering_system=system), language)


def pick_language(*wishes, among=LANGUAGES):
    """Return the first supported language among the wishes (codes like 'en', 'sv-SE'), else Swedish."""
    for wish in wishes:
        if isinstance(wish, str) and len(wish) <= 35:
            code = re.split(r"[-_]", wish.strip().lower(), maxsplit=1)[0]
            code = SAME_CATALOGUE.get(code, code)
            if code in among:
                return code
    return DEFAULT_LANGUAGE


def pick_parent_language(*wishes):
    """Return the first of the twelve parent languages among the wishes, else Swedish."""
    return pick_language(*wishes, among=PARENT_LANGUAGES)


def direction(language):
    """Return the writing direction of a language: 'rtl' for Arabic and Persian, else 'ltr'."""
    return "rtl" if language in RIGHT_TO_LEFT else "ltr"
