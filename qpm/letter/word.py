"""The parent letter as a Word document: a letter context rendered into a template from letters/."""
from datetime import datetime, timezone
from io import BytesIO

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


def render_docx(context, template=None):
    """Render the letter into a Word document (.docx bytes) from a template in letters/."""
    letter = DocxTemplate(template or template_for(context.get("kind") or "qpm"))
    # Parent text is untrusted: autoescape so "</w:t>…", "<b>" and "&" stay text.
    letter.render(kept_exact(context), autoescape=True)
    # After render: docxtpl renders the properties as templates too.
    set_language(letter.docx, context["language_tag"], context.get("rtl", False))
    set_properties(letter.docx, context)
    out = BytesIO()
    letter.save(out)
    return out.getvalue()
