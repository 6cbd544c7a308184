"""Languages: every text has its Swedish translation; the JS event names mirror the server's."""
import re
from pathlib import Path

from babel.messages.extract import extract_from_dir, extract_from_file
from babel.messages.plurals import get_plural
from babel.messages.pofile import read_po
import pytest

from qpm.web.sockets.events import Event
from qpm.i18n import (CATALOGUES, LANGUAGE_NAMES, PARENT_LANGUAGES, PARENT_SOURCES, PARENT_TAG, direction,
                      pick_language, pick_parent_language, translate, translate_plural)

ROOT = Path(__file__).parent.parent


KEYWORDS = {"translate": (2,), "translate_plural": (2, 3), "N_": None, "_": None, "gettext": None,
            "ngettext": (1, 2)}
HOLES = re.compile(r"%\(\w+\)s|\{\w+\}")


def extracted_messages():
    """Return every message id the code and templates mark for translation, as Babel extracts them."""
    method_map = [("qpm/**.py", "python"), ("templates/**.html", "jinja2")]
    found = set()
    for _file, _line, message, _comments, _context in extract_from_dir(ROOT, method_map, keywords=KEYWORDS):
        found.add(message[0] if isinstance(message, tuple) else message)
    return found


def parent_messages():
    """Return the parent-facing messages: all of PARENT_SOURCES, and any tagged "# parent-facing" elsewhere."""
    whole = {path for pattern in PARENT_SOURCES for path in ROOT.glob(pattern)}
    method_map = [("qpm/**.py", "python"), ("templates/**.html", "jinja2")]
    found = {}
    for name, _line, message, comments, _context in extract_from_dir(
            ROOT, method_map, keywords=KEYWORDS, comment_tags=(PARENT_TAG,), strip_comment_tags=False):
        if (ROOT / name) in whole or any(c.startswith(PARENT_TAG) for c in comments):
            found[message[0] if isinstance(message, tuple) else message] = message
    return found


def catalogue(language):
    """Read a language's catalogue."""
    with (CATALOGUES / language / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        return read_po(handle, locale=language)


def translated(message):
    """Return the message's translations (one per plural form), or an empty list when it has none."""
    strings = message.string if isinstance(message.string, tuple) else (message.string,)
    return list(strings) if all(strings) and "fuzzy" not in message.flags else []


def test_every_text_has_a_swedish_translation():
    with (CATALOGUES / "sv" / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        catalogue = read_po(handle, locale="sv")
    translated = {m.id[0] if isinstance(m.id, tuple) else m.id for m in catalogue
                  if m.id and m.string and all(m.string if isinstance(m.string, tuple) else [m.string])
                  and "fuzzy" not in m.flags}
    missing = extracted_messages() - translated
    assert not missing, f"untranslated into Swedish: {sorted(missing)}"


def test_translations_keep_the_placeholders():
    with (CATALOGUES / "sv" / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        for message in read_po(handle, locale="sv"):
            for source, target in zip(message.id if isinstance(message.id, tuple) else [message.id],
                                      message.string if isinstance(message.string, tuple) else [message.string]):
                holes = re.compile(r"%\(\w+\)s|\{\w+\}")
                assert sorted(holes.findall(source)) == sorted(holes.findall(target)), source


def test_placeholders_survive_translation():
    assert translate("sv", "The text is too long: at most %(limit)s characters.", limit=500) == \
        "Texten är för lång: högst 500 tecken."
    assert translate("en", "The text is too long: at most %(limit)s characters.", limit=5).endswith("5 characters.")


def test_languages_are_picked_in_order_with_swedish_first():
    assert pick_language(None, "en-GB") == "en"
    assert pick_language("fr", None) == "sv"
    assert pick_language("SV-se", "en") == "sv"


def test_the_javascript_event_names_mirror_the_server():
    script = (ROOT / "static" / "js" / "events.js").read_text()
    mirrored = dict(re.findall(r"(\w+): \"(\w+)\"", script))
    declared = {name: value for name, value in vars(Event).items() if name.isupper()}
    assert mirrored == declared


OTHER_PARENT_LANGUAGES = [lang for lang in PARENT_LANGUAGES if lang not in ("sv", "en")]


@pytest.mark.parametrize("language", OTHER_PARENT_LANGUAGES)
def test_every_parent_message_is_translated(language):
    held = {m.id[0] if isinstance(m.id, tuple) else m.id: m for m in catalogue(language) if m.id}
    missing = [message for message in parent_messages() if not (held.get(message) and translated(held[message]))]
    assert not missing, f"untranslated into {language}: {sorted(missing)}"


@pytest.mark.parametrize("language", ["sv", *OTHER_PARENT_LANGUAGES])
def test_every_translation_keeps_its_placeholders_and_plural_forms(language):
    read = catalogue(language)
    plural = get_plural(language)
    assert read.num_plurals == plural.num_plurals, language
    assert plural.plural_expr in read.plural_forms
    for message in read:
        if not message.id:
            continue
        sources = message.id if isinstance(message.id, tuple) else (message.id,)
        for index, target in enumerate(translated(message)):
            source = sources[min(index, len(sources) - 1)] if isinstance(message.id, tuple) else sources[0]
            # Each plural form keeps the plural source's holes ("%(count)s"); the one-form may spell the number.
            expected = set(HOLES.findall(sources[-1])) | set(HOLES.findall(sources[0]))
            assert set(HOLES.findall(target)) <= expected, (language, source, target)
            assert set(HOLES.findall(target)) >= set(HOLES.findall(source)) - {"%(count)s"}, (language, source, target)


@pytest.mark.parametrize("language", OTHER_PARENT_LANGUAGES)
def test_each_catalogue_names_its_reviewer_and_its_state(language):
    header = (CATALOGUES / language / "LC_MESSAGES" / "messages.po").read_text(encoding="utf-8").split("msgid \"\"", 2)[0]
    assert "Review:" in header and "unreviewed" in header.lower()


def test_persian_says_dari_readers_understand_it():
    assert "Dari" in (CATALOGUES / "fa" / "LC_MESSAGES" / "messages.po").read_text(encoding="utf-8")[:1500]


def test_the_arabic_plural_has_six_forms_that_the_letter_uses():
    assert catalogue("ar").num_plurals == 6
    forms = {translate_plural("ar", "%(count)s thought", "%(count)s thoughts", n, count=n) for n in (0, 1, 2, 3, 11, 100)}
    assert len(forms) == 6


def test_parent_languages_are_named_in_themselves_and_unknown_ones_fall_back():
    assert set(LANGUAGE_NAMES) == set(PARENT_LANGUAGES) and len(PARENT_LANGUAGES) == 12
    assert LANGUAGE_NAMES["ar"] == "العربية" and LANGUAGE_NAMES["ti"] == "ትግርኛ"
    assert pick_parent_language("ar-SA") == "ar" and pick_parent_language("prs") == "fa"
    assert pick_parent_language("hr") == pick_parent_language("sr-Latn") == "bs"
    for hostile in ("<script>", "../../etc", "x" * 5000, "", None, "zz", "ar\x00"):
        assert pick_parent_language(hostile) in PARENT_LANGUAGES
    assert pick_language("ar") == "sv"  # the host console stays Swedish and English
    assert direction("fa") == "rtl" and direction("so") == "ltr"
