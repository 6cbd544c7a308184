"""Languages: every text has its Swedish translation; the JS event names mirror the server's."""
import re
from pathlib import Path

from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from qpm.web.sockets.events import Event
from qpm.i18n import CATALOGUES, pick_language, translate

ROOT = Path(__file__).parent.parent


def extracted_messages():
    """Return every message id the code and templates mark for translation, as Babel extracts them."""
    method_map = [("qpm/**.py", "python"), ("templates/**.html", "jinja2")]
    keywords = {"translate": (2,), "translate_plural": (2, 3), "N_": None, "_": None, "gettext": None,
                "ngettext": (1, 2)}
    found = set()
    for _file, _line, message, _comments, _context in extract_from_dir(ROOT, method_map, keywords=keywords):
        found.add(message[0] if isinstance(message, tuple) else message)
    return found


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
