"""The parent letter: build it from a meeting, open the .docx with python-docx and read it back."""
import os
import shutil
import subprocess
from io import BytesIO

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import RGBColor

from qpm.letter.context import letter_context, plain_text, render_docx
from qpm.letter.word import LETTERS

INJECTED = "</w:t></w:r><w:r><w:t>x"
CONTACTS = [{"name": "Familjeguiden", "helps_with": "samtal om föräldraskap", "reach": "0586-480 00"}]


def meeting(**changes):
    """Return a host snapshot of a closed QPM meeting."""
    return {
        "id": "m1", "code": "KPX7", "kind": "qpm", "title": "Trygghet i vardagen", "unit": "Förskolan Solrosen",
        "theme": None, "language": "sv", "info": ["Planeringsdag den 3 december", "Luciafirande kl. 15.00"],
        "questions": ["Hur kan vi hjälpa våra barn att känna sig trygga?"], "question_index": 0,
        "phase": "closed", "premoderation": False, "created_at": "2026-11-22T17:30:00+00:00",
        "closed_at": "2026-11-22T19:00:00+00:00", "closing_text": None, "next_meeting": "den 14 januari kl. 18.30",
    } | changes


def said(id, text, status="visible", starred=False, group=None, question_index=0):
    """Return one contribution as the store gives it."""
    return {"id": id, "question_index": question_index, "text": text, "status": status, "starred": starred,
            "group": group, "agrees": 0, "created_at": "2026-11-22T17:45:00+00:00"}


CONTRIBUTIONS = [
    said(1, "Vi hälsar på varandra i hallen"),
    said(2, INJECTED),
    said(3, "<b>fet</b> & {_{ inte jinja }_} {{ inte heller }}", starred=True),
    said(4, "Dold text som värden tog bort", status="hidden"),
    said(5, "Kalle Svensson ringer 070-123 45 67", status="held"),
    said(6, "Rutiner vid lämning", group="Rutiner"),
    said(7, "Samma visa varje kväll", group="Rutiner", starred=True),
    said(8, "Läsa tillsammans", group="Språk"),
]


def open_letter(data):
    """Open rendered .docx bytes with python-docx."""
    return docx.Document(BytesIO(data))


def letter(language="sv", **changes):
    """Build and render the standard letter; return (context, document)."""
    context = letter_context(meeting(**changes), CONTRIBUTIONS, 14, language, contacts=CONTACTS)
    return context, open_letter(render_docx(context))


def texts(document, style=None):
    """Return the text of every body paragraph, or of those in one style."""
    return [p.text for p in document.paragraphs if style is None or p.style.name == style]


def test_dates_are_written_out_in_the_reader_language_and_swedish_time():
    assert letter_context(meeting(), [], 0, "sv")["date"] == "22\u00a0november\u00a02026"  # never wraps mid-date
    assert letter_context(meeting(), [], 0, "en")["date"] == "22\u00a0November\u00a02026"
    # 23.30 UTC is already the next day in Stockholm.
    late = meeting(closed_at="2026-11-22T23:30:00+00:00")
    assert letter_context(late, [], 0, "sv")["date_iso"] == "2026-11-23"
    # A meeting prepared days before is dated the day it was held (closed); an open one the day it was made.
    prepared = meeting(created_at="2026-11-18T09:00:00+00:00")
    assert letter_context(prepared, [], 0, "sv")["date"] == "22\u00a0november\u00a02026"
    assert letter_context(meeting(closed_at=None), [], 0, "sv")["date"] == "22\u00a0november\u00a02026"


def test_numbers_are_written_the_reader_way():
    assert letter_context(meeting(), [], 1234, "sv")["counts"] == "Ni var 1\u00a0234 föräldrar som skrev 0 tankar tillsammans."
    assert letter_context(meeting(), [], 1234, "en")["counts"] == "There were 1,234 of you, and together you shared 0 thoughts."


def test_only_visible_contributions_starred_first_and_grouped():
    context = letter_context(meeting(), CONTRIBUTIONS, 14, "en")
    (question,) = context["questions"]
    assert question["text"] == "Hur kan vi hjälpa våra barn att känna sig trygga?"
    groups = [(g["name"], [c["text"] for c in g["contributions"]]) for g in question["groups"]]
    assert groups == [
        ("Rutiner", ["Samma visa varje kväll", "Rutiner vid lämning"]),
        ("Språk", ["Läsa tillsammans"]),
        ("Other thoughts", [CONTRIBUTIONS[2]["text"], "Vi hälsar på varandra i hallen", INJECTED]),
    ]
    assert context["contribution_count"] == 6
    assert context["counts"] == "There were 14 of you, and together you shared 6 thoughts."


def test_without_groups_the_contributions_stand_under_no_heading():
    context = letter_context(meeting(), [said(1, "a"), said(2, "b", starred=True)], 3, "en")
    assert context["questions"][0]["groups"] == [
        {"name": None, "contributions": [{"text": "b", "starred": True, "agrees": 0},
                                         {"text": "a", "starred": False, "agrees": 0}]}]


def test_questions_never_reached_are_left_out():
    themed = meeting(kind="themed", theme="Sociala medier", questions=["Vad gör vi?", "Hur pratar vi?", "Oläst?"],
                     question_index=1)
    context = letter_context(themed, [said(1, "Vi pratar", question_index=1)], 5, "en")
    assert [q["heading"] for q in context["questions"]] == ["Question 1", "Question 2"]
    assert [q["text"] for q in context["questions"]] == ["Vad gör vi?", "Hur pratar vi?"]
    assert context["questions"][0]["groups"] == []
    assert context["theme_line"] == "Theme: Sociala medier"
    assert context["info_heading"] == "Information from the school"


def test_the_word_letter_holds_what_was_said_exactly_as_typed():
    _, document = letter("en")
    body = "\n".join(texts(document))
    bullets = texts(document, "List Bullet")
    for contribution in CONTRIBUTIONS:
        if contribution["status"] == "visible":
            assert contribution["text"] in bullets
    assert INJECTED in bullets and "<b>fet</b> & {_{ inte jinja }_} {{ inte heller }}" in bullets
    assert "Dold text" not in body and "Kalle" not in body and "070" not in body
    # The injected markup stayed text: it made no extra run or paragraph of its own.
    injected = next(p for p in document.paragraphs if p.text == INJECTED)
    assert len(injected.runs) == 1
    assert not any(p.text == "x" for p in document.paragraphs)


def test_the_word_letter_is_a4_with_real_headings_and_lists():
    context, document = letter("en")
    section = document.sections[0]
    assert (section.page_width.twips, section.page_height.twips) == (11906, 16838)
    assert texts(document, "Heading 1") == ["Trygghet i vardagen"]
    assert texts(document, "Heading 2") == ["Short information from the preschool", "The question we talked about",
                                           "Next meeting", "Support for families"]
    assert texts(document, "Heading 3") == ["What you said"]
    assert texts(document, "Heading 4") == ["Rutiner", "Språk", "Other thoughts"]
    bullets = texts(document, "List Bullet")
    assert bullets[:2] == ["Planeringsdag den 3 december", "Luciafirande kl. 15.00"]
    assert "Familjeguiden – samtal om föräldraskap – 0586-480 00" in bullets
    # List Bullet is a real list: its style carries a numbering definition.
    assert document.styles["List Bullet"].element.pPr.numPr is not None
    starred = next(p for p in document.paragraphs if p.text == "Samma visa varje kväll")
    assert starred.runs[0].bold
    assert "Dear parents and guardians," in texts(document)
    assert "We meet again: den 14 januari kl. 18.30" in texts(document)
    assert texts(document)[-2:] == ["Best wishes,", "The staff at Förskolan Solrosen"]
    assert document.sections[0].header.paragraphs[0].text == "Förskolan Solrosen"
    assert not any("{{" in t or "{%" in t for t in texts(document) if t not in bullets)


@pytest.mark.parametrize("language, tag", [("sv", "sv-SE"), ("en", "en-GB")])
def test_the_word_letter_knows_its_language_and_properties(language, tag):
    context, document = letter(language)
    properties = document.core_properties
    assert properties.language == tag
    assert properties.title == context["document_title"]
    assert properties.author == "Förskolan Solrosen"
    assert properties.comments == ""
    defaults = document.styles.element.find(qn("w:docDefaults"))
    langs = [lang.get(qn("w:val")) for lang in document.styles.element.iter(qn("w:lang"))]
    assert defaults.find(f".//{qn('w:lang')}").get(qn("w:val")) == tag
    assert set(langs) == {tag}


def test_right_to_left_letters_get_bidi_paragraphs():
    context = letter_context(meeting(), CONTRIBUTIONS, 14, "en") | {"rtl": True}
    document = open_letter(render_docx(context))
    defaults = document.styles.element.find(qn("w:docDefaults"))
    paragraph = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
    assert [child.tag for child in paragraph][:2] == [qn("w:bidi"), qn("w:spacing")]


def test_control_characters_and_line_breaks_survive_rendering():
    context = letter_context(meeting(), [said(1, "rad ett\r\nrad två\x07\x00 slut")], 1, "en")
    assert context["questions"][0]["groups"][0]["contributions"][0]["text"] == "rad ett\nrad två slut"
    document = open_letter(render_docx(context))
    assert "rad ett\nrad två slut" in texts(document, "List Bullet")


def test_an_empty_meeting_still_makes_a_letter():
    empty = meeting(info=[], questions=[], next_meeting=None, unit="", title="")
    context = letter_context(empty, [], 0, "en")
    document = open_letter(render_docx(context))
    assert texts(document, "Heading 1") == ["Parent meeting"]
    assert texts(document, "Heading 2") == []  # no "Next meeting" heading when there is none
    assert "Together we shared 0 thoughts." in texts(document)
    assert texts(document)[-1] == "The staff"


def test_a_restyled_template_restyles_the_letter(tmp_path):
    template = docx.Document(LETTERS / "letter.docx")
    heading = template.styles["Heading 1"]
    heading.font.color.rgb = RGBColor(0xC0, 0x10, 0x60)
    heading.font.name = "Comic Neue"
    template.save(tmp_path / "letter.docx")
    context = letter_context(meeting(), CONTRIBUTIONS, 14, "sv")
    document = open_letter(render_docx(context, tmp_path / "letter.docx"))
    heading = document.styles["Heading 1"]
    assert heading.font.color.rgb == RGBColor(0xC0, 0x10, 0x60)
    assert heading.font.name == "Comic Neue"
    assert texts(document, "Heading 1") == ["Trygghet i vardagen"]


def test_a_kind_of_meeting_may_have_its_own_template(tmp_path, monkeypatch):
    from qpm.letter import word as letter_docx

    shutil.copy(LETTERS / "letter.docx", tmp_path / "letter.docx")
    themed = docx.Document(LETTERS / "letter.docx")
    themed.styles["Heading 1"].font.color.rgb = RGBColor(0x00, 0x80, 0x00)
    themed.save(tmp_path / "themed.docx")
    monkeypatch.setattr(letter_docx, "LETTERS", tmp_path)
    for kind, colour in (("qpm", RGBColor(0x1F, 0x5C, 0x4A)), ("themed", RGBColor(0x00, 0x80, 0x00))):
        context = letter_context(meeting(kind=kind), [], 1, "en")
        assert open_letter(render_docx(context)).styles["Heading 1"].font.color.rgb == colour


def test_plain_text_says_the_same_without_markup():
    context = letter_context(meeting(), CONTRIBUTIONS, 14, "en", contacts=CONTACTS)
    text = plain_text(context)
    assert text.startswith("Trygghet i vardagen\nParent letter from Förskolan Solrosen, 22\u00a0November\u00a02026\n\n")
    assert "• " + INJECTED in text and "• <b>fet</b> & {_{ inte jinja }_} {{ inte heller }}" in text
    assert "Dold text" not in text and "Kalle" not in text
    assert "\nRutiner\n• Samma visa varje kväll\n• Rutiner vid lämning\n" in text
    assert "• Familjeguiden – samtal om föräldraskap – 0586-480 00" in text
    assert "&amp;" not in text and "\n\n\n" not in text
    assert text.endswith("Best wishes,\nThe staff at Förskolan Solrosen\n")


def test_the_swedish_letter_is_all_swedish():
    context, document = letter("sv")
    body = texts(document)
    assert "Hej alla vårdnadshavare!" in body
    assert "Tack för att ni kom till föräldramötet den 22\u00a0november\u00a02026. Här är en sammanfattning till " \
           "alla, också till er som inte kunde komma." in body
    assert texts(document, "Heading 2") == ["Kort information från förskolan", "Frågan vi samtalade om",
                                           "Nästa möte", "Stöd för familjer"]
    assert texts(document, "Heading 3") == ["Det här sa ni"]
    assert "Ni var 14 föräldrar som skrev 6 tankar tillsammans." in body
    assert body[-2:] == ["Med vänliga hälsningar", "Personalen på Förskolan Solrosen"]
    assert document.core_properties.title == "Föräldrabrev: Trygghet i vardagen"
    assert "Hej alla vårdnadshavare!" in plain_text(context)


def test_libreoffice_opens_the_letter(tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        if os.environ.get("CI") == "true":
            pytest.fail("soffice is missing in CI: install libreoffice-writer")
        pytest.skip("soffice is not installed here")
    context = letter_context(meeting(), CONTRIBUTIONS, 14, "sv", contacts=CONTACTS)
    (tmp_path / "letter.docx").write_bytes(render_docx(context))
    for target in ("pdf", "txt:Text"):
        subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
                        "--convert-to", target, "--outdir", str(tmp_path), str(tmp_path / "letter.docx")],
                       check=True, capture_output=True, timeout=180)
    pdf = (tmp_path / "letter.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and len(pdf) > 5000
    text = (tmp_path / "letter.txt").read_text(encoding="utf-8-sig")
    assert INJECTED in text and "<b>fet</b> & {_{ inte jinja }_}" in text and "Dold text" not in text
