"""Regenerate the parent-letter template letters/letter.docx (python letters/make_templates.py).

The .docx is the real source once staff have restyled it in Word or LibreOffice: run this only to
start over from the project's plain look. Fixed text is not written here but comes translated in the
letter context, so one template serves every language. Copy letter.docx to qpm.docx or themed.docx
to give one kind of meeting its own look; qpm.letter prefers those when they exist.
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor, Twips

HERE = Path(__file__).parent
ACCENT = RGBColor(0x1F, 0x5C, 0x4A)  # a calm green that prints well in black and white too


def page_a4(document):
    """Make every section A4 with margins that suit a printed letter."""
    for section in document.sections:
        section.page_width, section.page_height = Twips(11906), Twips(16838)
        section.left_margin = section.right_margin = Cm(2.5)
        section.top_margin = section.bottom_margin = Cm(2)


def style_text(document):
    """Give the headings, lists and body text the plain look staff start from."""
    styles = document.styles
    styles["Normal"].font.size = Pt(11)
    styles["Normal"].paragraph_format.space_after = Pt(6)
    for name, size in (("Heading 1", 20), ("Heading 2", 14), ("Heading 3", 12), ("Heading 4", 11)):
        styles[name].font.size = Pt(size)
        styles[name].font.color.rgb = ACCENT
        styles[name].paragraph_format.space_before = Pt(14 if name != "Heading 1" else 0)
        styles[name].paragraph_format.space_after = Pt(4)
    styles["Subtitle"].font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    styles["Subtitle"].font.size = Pt(11)


def speak_swedish(document):
    """Mark the template's language as Swedish; rendering sets the letter's own language."""
    for lang in document.styles.element.iter(qn("w:lang")):
        lang.set(qn("w:val"), "sv-SE")
    settings = document.settings.element
    for lang in settings.iter(qn("w:themeFontLang")):
        lang.set(qn("w:val"), "sv-SE")
    # Swedish decimal comma and list separator, for any field staff add.
    for tag, value in (("w:decimalSymbol", ","), ("w:listSeparator", ";")):
        for element in settings.iter(qn(tag)):
            element.set(qn("w:val"), value)


def add(document, text, style=None, bold=False, italic=False):
    """Add one paragraph of template text in a style."""
    paragraph = document.add_paragraph(style=style)
    run = paragraph.add_run(text)
    run.bold, run.italic = bold or None, italic or None
    return paragraph


def write_body(document):
    """Write the letter's structure as docxtpl tags; {%p …%} paragraphs vanish when rendered."""
    header = document.sections[0].header.paragraphs[0]
    header.text = "{{ unit }}"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    add(document, "{{ title }}", "Heading 1")
    add(document, "{{ dateline }}", "Subtitle")
    add(document, "{%p if theme_line %}")
    add(document, "{{ theme_line }}", bold=True)
    add(document, "{%p endif %}")
    add(document, "{{ greeting }}")
    add(document, "{{ thanks }}")

    add(document, "{%p if info %}")
    add(document, "{{ info_heading }}", "Heading 2")
    add(document, "{%p for point in info %}")
    add(document, "{{ point }}", "List Bullet")
    add(document, "{%p endfor %}")
    add(document, "{%p endif %}")

    add(document, "{%p for question in questions %}")
    add(document, "{{ question.heading }}", "Heading 2")
    add(document, "{{ question.text }}", "Quote")
    add(document, "{{ talked_about }}", "Heading 3")
    add(document, "{%p for group in question.groups %}")
    add(document, "{%p if group.name %}")
    add(document, "{{ group.name }}", "Heading 4")
    add(document, "{%p endif %}")
    add(document, "{%p for contribution in group.contributions %}")
    add(document, "{%p if contribution.starred %}")
    add(document, "{{ contribution.text }}", "List Bullet", bold=True)
    add(document, "{%p else %}")
    add(document, "{{ contribution.text }}", "List Bullet")
    add(document, "{%p endif %}")
    add(document, "{%p endfor %}")
    add(document, "{%p endfor %}")
    add(document, "{%p if not question.groups %}")
    add(document, "{{ nothing_said }}", italic=True)
    add(document, "{%p endif %}")
    add(document, "{%p endfor %}")

    add(document, "{%p if highlight_note %}")
    add(document, "{{ highlight_note }}", italic=True)  # what bold means, when something is lifted up
    add(document, "{%p endif %}")
    add(document, "{{ counts }}")
    add(document, "{{ closing }}")

    add(document, "{%p if next_meeting %}")
    add(document, "{{ next_heading }}", "Heading 2")
    add(document, "{{ next_meeting }}", bold=True)
    add(document, "{%p endif %}")
    add(document, "{{ suggest }}")

    add(document, "{%p if contacts %}")
    add(document, "{{ contacts_heading }}", "Heading 2")
    add(document, "{{ contacts_intro }}")
    add(document, "{%p for contact in contacts %}")
    item = add(document, "{{ contact.name }}", "List Bullet", bold=True)
    item.add_run("{{ contact.details }}")
    add(document, "{%p endfor %}")
    add(document, "{%p endif %}")

    farewell = add(document, "{{ farewell }}")
    farewell.paragraph_format.space_before = Pt(18)
    farewell.paragraph_format.keep_with_next = True  # never a sign-off alone at the top of a page
    add(document, "{{ signature }}")


def make_letter():
    """Build the template document."""
    document = Document()
    page_a4(document)
    style_text(document)
    speak_swedish(document)
    write_body(document)
    properties = document.core_properties
    properties.title, properties.author, properties.language = "Föräldrabrev", "QPM", "sv-SE"
    properties.comments = properties.subject = properties.keywords = ""
    properties.last_modified_by, properties.revision = "QPM", 1
    return document


if __name__ == "__main__":
    make_letter().save(HERE / "letter.docx")
    print(f"wrote {HERE / 'letter.docx'}")
