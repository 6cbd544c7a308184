"""The plain-text letter in both directions: inserted values isolated, every isolate closed on its line,
nothing a parent typed able to open or close one (issue 14, item 2)."""
import re

from qpm.letter.context import letter_context, plain_text
from qpm.web.sockets.events import Event

FSI, PDI, RLM = "\u2068", "\u2069", "\u200f"
OPENERS = "\u2066\u2067\u2068"  # LRI, RLI, FSI
EMBEDDINGS = re.compile("[\u202a-\u202e]")  # LRE, RLE, PDF, LRO, RLO: never in a letter
BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
LATIN_IDEA = "We read at 18.30 – see https://bibliotek.example.se"
ARABIC_IDEA = "نقرأ قصة معًا كل مساء"
# What an old row or a tool writing to the store straight could hold: a closing PDI, an override, an
# isolate left open, a paragraph separator in the middle of a line.
HOSTILE = "\u2069\u202eكلمة\u2066 wrong way\u2029نهاية\u200e"


def closed(line):
    """Say whether every isolate on a line is closed on it, none closed that was not opened."""
    depth = 0
    for character in line:
        if character in OPENERS:
            depth += 1
        elif character == PDI:
            if depth == 0:
                return False
            depth -= 1
    return depth == 0


def meeting(**changes):
    """Return a host snapshot of a closed meeting at Humlan."""
    return dict({"id": "m1", "kind": "qpm", "title": "Trygghet i vardagen", "unit": "Humlan", "language": "ar",
                 "info": ["Ring oss på 0586-480 00"], "questions": ["Hur kan vi hjälpa våra barn att somna?"],
                 "question_index": 0, "created_at": "2026-11-22T17:30:00+00:00"}, **changes)


def said(*texts):
    """Return visible contributions to the first question."""
    return [{"id": n, "text": text, "status": "visible", "question_index": 0} for n, text in enumerate(texts, 1)]


def assert_well_marked(text):
    """Every line balanced, no embedding or override anywhere."""
    assert not EMBEDDINGS.search(text)
    assert all(closed(line) for line in text.split("\n")), [line for line in text.split("\n") if not closed(line)]


def test_an_arabic_letter_isolates_latin_values_and_every_line_reads_right_to_left():
    contacts = [{"name": "Familjeguiden", "helps_with": "samtal", "reach": "https://familjeguiden.example.se"}]
    text = plain_text(letter_context(meeting(), said(LATIN_IDEA, ARABIC_IDEA), 14, "ar", contacts=contacts))
    assert_well_marked(text)
    lines = [line for line in text.split("\n") if line]
    assert all(line.startswith(RLM) and line.endswith(RLM) for line in lines)
    assert f"{FSI}Humlan{PDI}" in text  # in the date line and the signature
    assert text.count(f"{FSI}Humlan{PDI}") == 2
    assert f"• {FSI}{LATIN_IDEA}{PDI}" in text and f"• {FSI}{ARABIC_IDEA}{PDI}" in text
    assert f"{FSI}22\u00a0نوفمبر\u00a02026{PDI}" in text and f"{FSI}14{PDI}" in text
    assert f"{FSI}https://familjeguiden.example.se{PDI}" in text
    # Take the marks away and the letter says what its sentences say.
    context = letter_context(meeting(), said(LATIN_IDEA, ARABIC_IDEA), 14, "ar", contacts=contacts)
    assert context["dateline"] in BIDI.sub("", text) and context["counts"] in BIDI.sub("", text)


def test_nothing_a_parent_typed_can_open_or_close_an_isolate():
    text = plain_text(letter_context(meeting(), said(HOSTILE, LATIN_IDEA), 3, "ar"))
    assert_well_marked(text)
    assert "\u2029" not in text and "\u200e" not in text and "\u2066" not in text
    # The hostile text's two lines are two isolated lines under one bullet; what it tried is gone.
    assert f"• {FSI}كلمة wrong way{PDI}{RLM}\n{RLM}  {FSI}نهاية{PDI}{RLM}" in text
    swedish = plain_text(letter_context(meeting(language="sv"), said(HOSTILE), 3, "sv"))
    assert_well_marked(swedish)
    assert set(BIDI.findall(swedish)) == {FSI, PDI}


def test_a_swedish_letter_isolates_an_arabic_contribution_and_nothing_else():
    text = plain_text(letter_context(meeting(language="sv"), said(LATIN_IDEA, ARABIC_IDEA), 14, "sv"))
    assert_well_marked(text)
    assert f"\n• {FSI}{ARABIC_IDEA}{PDI}\n" in text
    assert f"\n• {LATIN_IDEA}\n" in text and "Föräldrabrev från Humlan, 22\u00a0november\u00a02026" in text
    assert BIDI.findall(text) == [FSI, PDI]  # Latin values in a Latin letter need no mark
    # An Arabic unit name in a Swedish date line cannot pull the date into its own direction.
    arabic_unit = plain_text(letter_context(meeting(unit="روضة الأمل"), [], 0, "sv"))
    assert f"Föräldrabrev från {FSI}روضة الأمل{PDI}, 22\u00a0november\u00a02026" in arabic_unit
    assert f"Personalen på {FSI}روضة الأمل{PDI}" in arabic_unit


def test_the_downloaded_text_and_the_hosts_copy_are_marked_the_same(client, connect, make_meeting):
    created = make_meeting(unit="Humlan")
    host = connect({"meeting": created["id"], "token": created["host_token"]})
    host.emit(Event.CHANGE_PHASE, {"phase": "question"}, callback=True)
    parent = connect({"code": created["code"], "phone": "c" * 16, "lang": "ar"})
    for key, idea in enumerate((LATIN_IDEA, ARABIC_IDEA, HOSTILE)):
        assert parent.emit(Event.CONTRIBUTE, {"text": idea, "key": f"k{key}"}, callback=True)["ok"]
    host.emit(Event.CHANGE_PHASE, {"phase": "closed"}, callback=True)
    headers = {"Authorization": f"Bearer {created['host_token']}"}
    assert client.post(f"/api/meetings/{created['id']}/letter/publish", headers=headers).status_code == 200
    for language in ("ar", "fa"):
        download = client.get(f"/j/{created['code']}/letter.txt?lang={language}")
        text = download.get_data(as_text=True)
        assert download.mimetype == "text/plain" and ".txt" in download.headers["Content-Disposition"]
        assert_well_marked(text)
        assert f"{FSI}Humlan{PDI}" in text and f"• {FSI}{LATIN_IDEA}{PDI}" in text
        assert all(line.startswith(RLM) for line in text.split("\n") if line)
        copy = client.get(f"/api/meetings/{created['id']}/letter?lang={language}", headers=headers).get_json()
        assert copy["text"] == text
    swedish = client.get(f"/j/{created['code']}/letter.txt?lang=sv").get_data(as_text=True)
    assert_well_marked(swedish)
    assert f"• {FSI}{ARABIC_IDEA}{PDI}" in swedish and f"• {LATIN_IDEA}\n" in swedish
