"""Twelve parent languages: phone pages in their script and direction, the letter in every language (Word,
web page, plain text), right to left for Arabic and Persian, down to LibreOffice's PDF."""
import re
import subprocess
from io import BytesIO

import docx
import pytest
from docx.oxml.ns import qn

from qpm.i18n import LANGUAGE_NAMES, PARENT_LANGUAGES, direction, translate
from qpm.letter.context import letter_context, plain_text, render_docx
from qpm.web.sockets.events import Event

# A letter of each script that only that language's text can hold.
SCRIPTS = {"ar": "[\u0600-\u06ff]", "fa": "[\u0600-\u06ff]", "ti": "[\u1200-\u137f]", "uk": "[\u0400-\u04ff]"}
# And for the Latin-script languages, a letter or word of their own.
OWN_WORDS = {"sv": "Skicka", "en": "Send", "so": "Dir", "pl": "Wyślij", "fi": "Lähetä", "bs": "Pošalji",
             "es": "Enviar", "tr": "Gönder"}
SWEDISH_LINE = "Läsa saga varje kväll"
ARABIC_LINE = "سرد القصص قبل النوم"


def in_its_script(language, text):
    """Say whether a text is written in the language's own script (or holds its own word for 'Send')."""
    if language in SCRIPTS:
        return len(re.findall(SCRIPTS[language], text)) > 20
    return OWN_WORDS[language] in text


@pytest.fixture
def closed_meeting(client, connect, meeting):
    """Return a closed meeting with a Swedish and an Arabic contribution and its letter published."""
    host = connect({"meeting": meeting["id"], "token": meeting["host_token"]})
    host.emit(Event.CHANGE_PHASE, {"phase": "question"}, callback=True)
    parent = connect({"code": meeting["code"], "phone": "b" * 16, "lang": "ar"})
    for key, text in enumerate((SWEDISH_LINE, ARABIC_LINE)):
        assert parent.emit(Event.CONTRIBUTE, {"text": text, "key": f"k{key}"}, callback=True)["ok"]
    host.emit(Event.CHANGE_PHASE, {"phase": "closed"}, callback=True)
    meeting["headers"] = {"Authorization": f"Bearer {meeting['host_token']}"}
    assert client.post(f"/api/meetings/{meeting['id']}/letter/publish", headers=meeting["headers"]).status_code == 200
    return meeting


@pytest.mark.parametrize("language", PARENT_LANGUAGES)
def test_each_phone_page_is_in_its_language_script_and_direction(client, meeting, language):
    page = client.get(f"/j/{meeting['code']}?lang={language}").get_data(as_text=True)
    assert f'<html lang="{language}" dir="{direction(language)}">' in page
    assert in_its_script(language, page)
    assert translate(language, "Anonymous. Please do not write names of children or adults.") in page
    # The switch names every language in itself, and marks the one in use.
    for code, name in LANGUAGE_NAMES.items():
        assert f'lang="{code}"' in page and name in page
    assert re.search(rf'lang="{language}"[^>]*\s+aria-current="true"', page)


def test_the_join_page_offers_twelve_languages_and_the_phone_keeps_its_choice(client):
    page = client.get("/?lang=fa")
    assert 'dir="rtl"' in page.get_data(as_text=True) and "lang=fa" in page.headers["Set-Cookie"]
    # The next page, without ?lang=, stays in Persian: the choice is kept on that phone (a cookie).
    assert '<html lang="fa" dir="rtl">' in client.get("/").get_data(as_text=True)
    assert page.get_data(as_text=True).count("hreflang=") == 12


@pytest.mark.parametrize("hostile", ["xx", "<script>alert(1)</script>", "../../etc/passwd", "a" * 3000, "ar%00",
                                     "sv'\"><", "%E2%80%AE"])
def test_an_unknown_or_hostile_language_falls_back_without_an_error(client, meeting, hostile):
    for path in ("/", f"/j/{meeting['code']}"):
        answer = client.get(path, query_string={"lang": hostile})
        assert answer.status_code == 200
        assert '<html lang="sv" dir="ltr">' in answer.get_data(as_text=True)
        assert "<script>alert" not in answer.get_data(as_text=True)


def test_the_host_console_stays_swedish_and_english(client, meeting):
    page = client.get(f"/host/{meeting['id']}?lang=ar").get_data(as_text=True)
    assert '<html lang="sv" dir="ltr">' in page
    assert page.count("hreflang=") == 2
    assert all(f'<option value="{code}"' in page for code in PARENT_LANGUAGES)  # the letter: any of twelve


def test_the_projector_says_the_phone_can_be_switched_and_keeps_the_code_left_to_right(client, meeting):
    page = client.get(f"/screen/{meeting['id']}?t={meeting['screen_token']}&lang=ar").get_data(as_text=True)
    assert '<html lang="ar" dir="rtl">' in page
    assert translate("ar", "On the phone you can choose your language:") in page
    assert f'dir="ltr" aria-label="{translate("ar", "Meeting code")}">{meeting["code"]}<' in page
    assert f"<bdi>{meeting['code']}</bdi>" in page


def test_the_stylesheet_uses_logical_sides_only(app):
    css = (app.static_folder + "/css/qpm.css")
    text = open(css, encoding="utf-8").read()
    assert not re.search(r"(margin|padding|border)-(left|right)\b|[^-]\b(left|right):|float:\s*(left|right)", text)


# The letter, in each language


def letter_of(language, **changes):
    """Return the context of a small letter in a language, with a Swedish and an Arabic contribution."""
    meeting = {"kind": "qpm", "title": "Vårt möte", "unit": "Förskolan Solrosen", "questions": ["Hur kan vi …?"],
               "question_index": 0, "created_at": "2026-11-22T17:00:00+00:00",
               "closed_at": "2026-11-22T19:00:00+00:00", **changes}
    said = [{"id": 1, "text": SWEDISH_LINE, "status": "visible", "question_index": 0},
            {"id": 2, "text": ARABIC_LINE, "status": "visible", "question_index": 0, "starred": True}]
    return letter_context(meeting, said, 14, language)


@pytest.mark.parametrize("language", PARENT_LANGUAGES)
def test_each_letter_is_in_its_language_in_word_and_in_plain_text(language):
    context = letter_of(language)
    document = docx.Document(BytesIO(render_docx(context)))
    body = "\n".join(p.text for p in document.paragraphs)
    greeting = translate(language, "Dear parents and guardians,")
    assert greeting in body and greeting in plain_text(context)
    assert SWEDISH_LINE in body and ARABIC_LINE in body  # the parents' words as they were written
    if language in SCRIPTS:
        assert len(re.findall(SCRIPTS[language], context["thanks"])) > 20
    assert "\u00a0" in context["date"] and " " not in context["date"]
    assert document.core_properties.language == context["language_tag"]
    # The sign-off travels with the last section: never alone at the top of a page.
    farewell = [p for p in document.paragraphs if p.text == context["farewell"]][-1]
    assert farewell.paragraph_format.keep_with_next


def bidi(paragraph):
    """Return a paragraph's w:bidi value: '1', '0' or None when it has none."""
    found = paragraph._p.pPr.find(qn("w:bidi")) if paragraph._p.pPr is not None else None
    return None if found is None else found.get(qn("w:val"), "1")


@pytest.mark.parametrize("language, tag", [("ar", "ar-SA"), ("fa", "fa-IR")])
def test_arabic_and_persian_letters_are_right_to_left_with_left_to_right_lines_isolated(language, tag):
    document = docx.Document(BytesIO(render_docx(letter_of(language))))
    written = [p for p in document.paragraphs if p.text.strip()]
    own = [p for p in written if re.search(SCRIPTS[language], p.text)]
    assert len(own) > 8
    for paragraph in own:
        assert bidi(paragraph) == "1" and paragraph._p.pPr.jc_val is None  # right-aligned by being RTL
        assert all(run._r.rPr.find(qn("w:rtl")) is not None for run in paragraph.runs)
    swedish = next(p for p in written if p.text == SWEDISH_LINE)
    assert bidi(swedish) == "0"  # a Swedish line in an Arabic letter keeps reading left to right
    langs = list(document.styles.element.iter(qn("w:lang")))
    assert langs and all(lang.get(qn("w:bidi")) == tag for lang in langs)
    fonts = document.styles.element.find(f".//{qn('w:rPrDefault')}//{qn('w:rFonts')}")
    assert fonts.get(qn("w:cs")) in {"Arial", "Tahoma"}


@pytest.mark.parametrize("language", ["ar", "fa"])
def test_libreoffice_prints_the_right_to_left_letter_right_aligned(tmp_path, language):
    context = letter_of(language)
    source = tmp_path / f"letter-{language}.docx"
    source.write_bytes(render_docx(context))
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
                   check=True, capture_output=True, timeout=180)
    layout = subprocess.run(["pdftotext", "-layout", str(tmp_path / f"letter-{language}.pdf"), "-"],
                            check=True, capture_output=True, text=True).stdout
    lines = [line.replace("\u202b", "").replace("\u202c", "").replace("\u202a", "").rstrip()
             for line in layout.splitlines()]
    right_edge = max(len(line) for line in lines)
    heading = translate(language, "What you said")
    (row,) = [line for line in lines if line.strip() == heading]
    # A short heading in a right-aligned paragraph starts far from the left margin.
    assert len(row) - len(row.lstrip()) > right_edge / 2
    (swedish,) = [line for line in lines if SWEDISH_LINE in line]
    assert len(swedish) < right_edge / 2  # the Swedish line stays at the left


def test_the_letter_reaches_every_phone_as_a_page_and_downloads(client, closed_meeting):
    code = closed_meeting["code"]
    for language in PARENT_LANGUAGES:
        page = client.get(f"/j/{code}/letter?lang={language}")
        html = page.get_data(as_text=True)
        assert page.status_code == 200 and "<script" not in html
        assert f'<article class="letter" lang="{language}" dir="{direction(language)}">' in html
        assert translate(language, "Dear parents and guardians,") in html and f'dir="auto">{SWEDISH_LINE}<' in html
        text = client.get(f"/j/{code}/letter.txt?lang={language}")
        assert text.mimetype == "text/plain" and ARABIC_LINE in text.get_data(as_text=True)
        word = client.get(f"/j/{code}/letter.docx?lang={language}")
        assert translate(language, "Dear parents and guardians,") in [p.text for p in docx.Document(BytesIO(word.data)).paragraphs]
    assert client.get(f"/j/{code}/letter?lang=<b>").status_code == 200  # falls back, never an error page


def test_the_letter_page_waits_for_publishing(client, meeting):
    assert client.get(f"/j/{meeting['code']}/letter?lang=ar").status_code == 404


def test_the_host_downloads_any_language_and_sees_the_phones_languages(client, connect, meeting):
    for language in ("ar", "fa", "ar", "so"):
        connect({"code": meeting["code"], "first": True, "lang": language})
    headers = {"Authorization": f"Bearer {meeting['host_token']}"}
    preview = client.get(f"/api/meetings/{meeting['id']}/letter?lang=ti", headers=headers).get_json()
    assert preview["phone_languages"] == {"ar": 2, "fa": 1, "so": 1}
    assert preview["letter"]["language"] == "ti" and re.search(SCRIPTS["ti"], preview["text"])
    word = client.get(f"/api/meetings/{meeting['id']}/letter.docx?lang=uk", headers=headers)
    assert "-uk.docx" in word.headers["Content-Disposition"]


def test_a_phone_in_arabic_hears_refusals_in_arabic(connect, meeting):
    parent = connect({"code": meeting["code"], "lang": "ar"})
    answer = parent.emit(Event.CONTRIBUTE, {"text": "x", "key": "k"}, callback=True)
    assert answer["ok"] is False and re.search(SCRIPTS["ar"], answer["error"]["message"])
