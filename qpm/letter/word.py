"""The parent letter as a Word document: a letter context rendered into a template from letters/."""
import unicodedata
from datetime import datetime, timezone
from io import BytesIO

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docxtpl import DocxTemplate
from markupsafe import Markup, escape

from ..config import asset_folder

LETTERS = asset_folder("letters")
# docxtpl turns these back into Jinja delimiters after rendering, even inside escaped parent text.
DOCXTPL_UNESCAPES = ("{_{", "}_}", "{_%", "%_}")
# What may follow w:bidi inside w:pPr (the schema fixes the order, and Word refuses others).
AFTER_BIDI = ("w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
              "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
              "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
              "w:pPrChange")


# Fonts with the glyphs, on the machines parents and schools have (Word falls back from these itself).
SCRIPT_FONTS = {"ar": {"w:cs": "Arial"}, "fa": {"w:cs": "Tahoma"},
                "ti": {"w:ascii": "Ebrima", "w:hAnsi": "Ebrima", "w:cs": "Ebrima"}}
THEME_FONTS = {"w:ascii": "w:asciiTheme", "w:hAnsi": "w:hAnsiTheme", "w:cs": "w:cstheme"}
# How many paragraphs before the sign-off may travel with it to the next page (the last section).
KEPT_WITH_SIGN_OFF = 8


def template_for(kind):
    """Return the template for a kind of meeting: letters/<kind>.docx if staff made one, else letter.docx."""
    own = LETTERS / f"{kind}.docx"
    return own if own.is_file() else LETTERS / "letter.docx"


def kept_exact(value):
    """Return the context with every text safe from docxtpl's own after-render rewriting."""
    if isinstance(value, dict):
        return {key: kept_exact(item) for key, item in value.items()}
    if isinstance(value, list):
        return [kept_exact(item) for item in value]
    if isinstance(value, str) and any(marker in value for marker in DOCXTPL_UNESCAPES):
        # Escape it ourselves and write "_" as a character reference that docxtpl does not match.
        safe = str(escape(value))
        for marker in DOCXTPL_UNESCAPES:
            safe = safe.replace(marker, marker.replace("_", "&#95;"))
        return Markup(safe)
    return value


def set_language(document, language_tag, rtl=False):
    """Set the letter's language on the text (every style, the defaults) and, for Arabic or Persian, RTL."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    run_defaults = _child(_child(defaults, "w:rPrDefault", first=True), "w:rPr")
    if run_defaults.find(qn("w:lang")) is None:
        run_defaults.append(OxmlElement("w:lang"))
    for lang in styles.iter(qn("w:lang")):
        lang.set(qn("w:val"), language_tag)
        if rtl:
            lang.set(qn("w:bidi"), language_tag)
    for lang in document.settings.element.iter(qn("w:themeFontLang")):
        lang.set(qn("w:val"), language_tag)
    if rtl:
        paragraph_defaults = _child(_child(defaults, "w:pPrDefault"), "w:pPr")
        if paragraph_defaults.find(qn("w:bidi")) is None:
            bidi = OxmlElement("w:bidi")
            later = [child for child in paragraph_defaults if child.tag in {qn(tag) for tag in AFTER_BIDI}]
            if later:
                later[0].addprevious(bidi)
            else:
                paragraph_defaults.append(bidi)


def _child(parent, tag, first=False):
    """Return parent's child element with a tag, adding it (first or last) when missing."""
    child = parent.find(qn(tag))
    if child is None:
        child = OxmlElement(tag)
        if first:
            parent.insert(0, child)
        else:
            parent.append(child)
    return child


def set_properties(document, context):
    """Set the document's title, author and language, replacing what the template carried."""
    properties = document.core_properties
    properties.title = context["document_title"]
    properties.subject = context["title"]
    properties.author = properties.last_modified_by = context["author"]
    properties.language = context["language_tag"]
    properties.comments = properties.keywords = ""
    properties.created = properties.modified = datetime.now(timezone.utc).replace(microsecond=0)
    properties.revision = 1


def first_strong_direction(text):
    """Return 'rtl' or 'ltr' from a text's first letter with a direction, like dir="auto"; None if it has none."""
    for character in text:
        kind = unicodedata.bidirectional(character)
        if kind == "L":
            return "ltr"
        if kind in ("R", "AL"):
            return "rtl"
    return None


def _set(parent, tag, **attributes):
    """Return parent's child element with a tag (added if missing), its attributes set."""
    child = _child(parent, tag)
    for name, value in attributes.items():
        child.set(qn(name), value)
    return child


def write_right_to_left(document):
    """Make every paragraph right to left (w:bidi, right-aligned, runs w:rtl), except a line written left to right.

    A parent's Swedish or English line inside an Arabic letter keeps its own direction: its paragraph is
    left to right, so it is isolated from the Arabic around it and reads as it was written.
    """
    paragraphs = list(document.element.body.iter(qn("w:p")))
    for section in document.sections:
        paragraphs += list(section.header._element.iter(qn("w:p")))
    for paragraph in paragraphs:
        text = "".join(t.text or "" for t in paragraph.iter(qn("w:t")))
        rtl = first_strong_direction(text) != "ltr"
        properties = paragraph.get_or_add_pPr()
        bidi = properties.find(qn("w:bidi"))
        if bidi is None:
            bidi = OxmlElement("w:bidi")
            later = [child for child in properties if child.tag in {qn(tag) for tag in AFTER_BIDI}]
            (later[0].addprevious(bidi) if later else properties.append(bidi))
        bidi.set(qn("w:val"), "1" if rtl else "0")
        # Right-aligned by being right to left with no w:jc: in a w:bidi paragraph Word and LibreOffice read
        # "left"/"right" as start/end, so an explicit "right" would put Arabic on the left.
        properties.jc_val = None if rtl else WD_ALIGN_PARAGRAPH.LEFT
        for run in paragraph.iter(qn("w:r")):
            run_properties = run.get_or_add_rPr()
            if rtl:
                _set(run_properties, "w:rtl")
            if run_properties.find(qn("w:b")) is not None:
                _set(run_properties, "w:bCs")
    _complex_script_sizes(document)


def _complex_script_sizes(document):
    """Give Arabic script the styles' sizes and weights too (Word sizes it by w:szCs, not w:sz)."""
    for run_properties in document.styles.element.iter(qn("w:rPr")):
        size = run_properties.find(qn("w:sz"))
        if size is not None and run_properties.find(qn("w:szCs")) is None:
            size.addnext(OxmlElement("w:szCs"))
            run_properties.find(qn("w:szCs")).set(qn("w:val"), size.get(qn("w:val")))
        if run_properties.find(qn("w:b")) is not None and run_properties.find(qn("w:bCs")) is None:
            run_properties.find(qn("w:b")).addnext(OxmlElement("w:bCs"))


def set_script_font(document, language):
    """Name a font with the language's glyphs in the document's defaults (Arabic, Persian, Ge'ez script)."""
    fonts = SCRIPT_FONTS.get(language)
    if not fonts:
        return
    defaults = _child(_child(_child(document.styles.element, "w:docDefaults"), "w:rPrDefault"), "w:rPr")
    names = _set(defaults, "w:rFonts")
    for attribute, font in fonts.items():
        names.set(qn(attribute), font)
        # A theme font would win over the named one.
        names.attrib.pop(qn(THEME_FONTS[attribute]), None)


def keep_sign_off_with_last_section(document, farewell):
    """Keep the sign-off on the page of the last section: those paragraphs stay with the next one."""
    paragraphs = document.paragraphs
    ends = [i for i, p in enumerate(paragraphs) if p.text.strip() == farewell.strip()]
    if not ends:
        return
    end = ends[-1]
    start = max(end - KEPT_WITH_SIGN_OFF, 0)
    headings = [i for i in range(start, end) if paragraphs[i].style.name.startswith("Heading")]
    for paragraph in paragraphs[(headings[-1] if headings else end - 1):end + 1]:
        paragraph.paragraph_format.keep_with_next = True


def render_docx(context, template=None):
    """Render the letter into a Word document (.docx bytes) from a template in letters/."""
    letter = DocxTemplate(template or template_for(context.get("kind") or "qpm"))
    # Parent text is untrusted: autoescape so "</w:t>…", "<b>" and "&" stay text.
    letter.render(kept_exact(context), autoescape=True)
    # After render: docxtpl renders the properties as templates too.
    set_language(letter.docx, context["language_tag"], context.get("rtl", False))
    set_script_font(letter.docx, context["language"])
    if context.get("rtl"):
        write_right_to_left(letter.docx)
    keep_sign_off_with_last_section(letter.docx, context["farewell"])
    set_properties(letter.docx, context)
    out = BytesIO()
    letter.save(out)
    return out.getvalue()
