"""Translations: Swedish first, English always complete (English is the source language)."""
from functools import lru_cache
from io import BytesIO
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

LANGUAGES = ("sv", "en")
DEFAULT_LANGUAGE = "sv"
CATALOGUES = Path(__file__).parent / "translations"


def N_(message):
    """Mark a message for extraction; it is translated later, in the reader's language."""
    return message


@lru_cache(maxsize=None)
def translations(language):
    """Return the catalogue for a language, read from its .po file (no compiled .mo to go stale)."""
    po = CATALOGUES / language / "LC_MESSAGES" / "messages.po"
    if language not in LANGUAGES or not po.exists():
        return NullTranslations()
    with po.open("rb") as handle:
        catalogue = read_po(handle, locale=language)
    buffer = BytesIO()
    write_mo(buffer, catalogue)
    buffer.seek(0)
    return Translations(buffer)


def translate(language, message, **values):
    """Translate a message into a language and fill in its %(name)s values."""
    text = translations(language).gettext(message)
    return text % values if values else text


def translate_plural(language, singular, plural, n, **values):
    """Translate a message with a number into a language."""
    text = translations(language).ngettext(singular, plural, n)
    return text % dict(values, num=n)


def pick_language(*wishes):
    """Return the first supported language among the wishes (codes like 'en', 'sv-SE'), else Swedish."""
    for wish in wishes:
        if isinstance(wish, str):
            code = wish.strip().lower()[:2]
            if code in LANGUAGES:
                return code
    return DEFAULT_LANGUAGE
