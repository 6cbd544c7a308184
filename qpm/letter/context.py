"""The parent letter ("föräldrabrev"): a plain dict built from a meeting, then a Word file or plain text.

All fixed text is translated here, so the templates in letters/ hold only layout and style — staff
restyle them in Word, and one template serves every language. Only the meeting's own data goes in:
no names of children or parents, and never a hidden or held contribution. The dict also says where in
each sentence a value stands (`filled_in`), so the plain text can isolate it (plain.py).
"""
import re
from datetime import UTC, datetime
from functools import partial
from zoneinfo import ZoneInfo

from babel.dates import format_date

from ..i18n import (
    RIGHT_TO_LEFT,
    format_number,
    local_digits,
    pick_parent_language,
    translate,
    translations,
)
from .plain import plain_text
from .word import render_docx

__all__ = ["letter_context", "meeting_letter", "plain_text", "render_docx"]

# language → (Babel locale, document language tag)
LOCALES = {"sv": ("sv_SE", "sv-SE"), "en": ("en_GB", "en-GB"), "ar": ("ar", "ar-SA"), "fa": ("fa_IR", "fa-IR"),
           "so": ("so_SO", "so-SO"), "ti": ("ti_ER", "ti-ER"), "uk": ("uk_UA", "uk-UA"), "pl": ("pl_PL", "pl-PL"),
           "fi": ("fi_FI", "fi-FI"), "bs": ("bs_Latn_BA", "bs-Latn-BA"), "es": ("es_ES", "es-ES"),
           "tr": ("tr_TR", "tr-TR")}
# CLDR's Somali and Tigrinya long dates are only the root pattern ("MMMM d, y"); day-month-year is how
# both are written, with CLDR's own month names.
DATE_PATTERNS = {"so": "d MMMM y", "ti": "d MMMM y"}
NO_BREAK = "\u00a0"
MEETING_TIME_ZONE = ZoneInfo("Europe/Stockholm")
# XML 1.0 cannot hold these at all; a phone can still send them.
UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
HOLE = re.compile(r"%\((\w+)\)s")


def as_typed(text):
    """Return text as the writer typed it, minus what no document can hold (stray control characters)."""
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    return UNWRITABLE.sub("", text)


def meeting_day(meeting):
    """Return the meeting's date in Sweden: the day it closed (it may have been prepared days before)."""
    moment = datetime.fromisoformat(meeting.get("closed_at") or meeting["created_at"])
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(MEETING_TIME_ZONE).date()


def filled(language, message, plural=None, n=None, **values):
    """Translate a sentence and fill in its values; return it with where each value stands ([start, end]).

    A value given as a (text, places) pair is a phrase in the letter's own words that holds values of its
    own ("14 thoughts"): the places of its values carry over, the phrase itself is not one value.
    """
    catalogue = translations(language)
    pattern = catalogue.ngettext(message, plural, n) if plural else catalogue.gettext(message)
    text, places = "", []
    for index, piece in enumerate(HOLE.split(pattern)):
        if index % 2 == 0:
            text += piece.replace("%%", "%")
            continue
        value = values[piece]
        inner, inner_places = value if isinstance(value, tuple) else (str(value), [[0, len(str(value))]])
        places += [[len(text) + start, len(text) + end] for start, end in inner_places]
        text += inner
    return text, places


def number(value, language):
    """Write a number the reader's way (Swedish: 1 234; Persian: ۱٬۲۳۴), as the phone's script does."""
    return format_number(value, language)


def as_said(contribution):
    """Return what the letter needs of one contribution: its words and whether the host starred it."""
    return {"text": as_typed(contribution.get("text")), "starred": bool(contribution.get("starred")),
            "agrees": int(contribution.get("agrees") or 0)}


def talked_about(contributions, question_index, other_name):
    """Return a question's visible contributions in groups: highlighted groups first, starred first within."""
    said = [c for c in contributions if c.get("status") == "visible" and c.get("question_index") == question_index
            and c.get("in_letter", True)]  # the host may leave a shown idea out ("Med i brevet")
    said.sort(key=lambda c: (not c.get("starred"), c.get("id", 0)))
    groups = {}
    for contribution in said:
        groups.setdefault(as_typed(contribution.get("group")).strip() or None, []).append(contribution)
    # First written first, but a group holding a starred contribution comes before the rest.
    named = sorted((name for name in groups if name is not None),
                   key=lambda name: (not groups[name][0].get("starred"), min(c.get("id", 0) for c in groups[name])))
    ordered = [(name, groups[name]) for name in named]
    if None in groups:
        ordered.append((other_name if named else None, groups[None]))
    return [{"name": name, "contributions": [as_said(c) for c in group]} for name, group in ordered]


def questions_asked(meeting, contributions, language):
    """Return the questions the meeting reached, each with what was said about it."""
    _ = partial(translate, language)
    questions = meeting.get("questions") or []
    reached = meeting.get("question_index") or 0
    answered = {c.get("question_index") for c in contributions if c.get("status") == "visible"}
    shown = [i for i, text in enumerate(questions) if (i <= reached or i in answered) and text.strip()]
    result = []
    for position, index in enumerate(shown, start=1):
        if len(shown) == 1:
            heading, places = _("The question we talked about"), []
        else:
            heading, places = filled(language, "Question %(number)s", number=number(position, language))
        result.append({
            "heading": heading,
            "heading_filled_in": places,
            "text": as_typed(questions[index]),
            "groups": talked_about(contributions, index, _("Other thoughts")),
        })
    return result


def support_contacts(contacts):
    """Return the deployment's support contacts, each with a ready-made line after the name."""
    result = []
    for contact in contacts or []:
        name = as_typed(contact.get("name")).strip()
        if not name:
            continue
        helps_with, reach = (as_typed(contact.get(key)).strip() for key in ("helps_with", "reach"))
        details = "".join(f" – {part}" for part in (helps_with, reach) if part)
        result.append({"name": name, "helps_with": helps_with, "reach": reach, "details": details})
    return result


def letter_context(meeting, contributions, participants, language="sv", contacts=None, signature=None):
    """Build everything the letter says, already in the reader's language, as a plain dict."""
    language = pick_parent_language(language)
    participants = int(participants or 0)
    _ = partial(translate, language)
    filled_in = {}  # sentence → where its values stand in it

    def say(key, message, plural=None, n=None, **values):
        text, filled_in[key] = filled(language, message, plural, n, **values)
        return text

    def typed(key, text, otherwise):
        filled_in[key] = [[0, len(text)]] if text else []
        return text or otherwise

    locale, language_tag = LOCALES[language]
    kind = meeting.get("kind") or "qpm"
    unit = as_typed(meeting.get("unit")).strip()
    title = typed("title", as_typed(meeting.get("title")).strip(), _("Parent meeting"))
    theme = as_typed(meeting.get("theme")).strip()
    day = meeting_day(meeting)
    # One line: a date never wraps between day, month and year.
    date = local_digits(format_date(day, DATE_PATTERNS.get(language, "long"), locale=locale), language)
    date = date.replace(" ", NO_BREAK)
    questions = questions_asked(meeting, contributions, language)
    said = sum(len(group["contributions"]) for question in questions for group in question["groups"])
    thoughts = filled(language, "%(count)s thought", "%(count)s thoughts", said, count=number(said, language))
    if participants:
        counts = say("counts", "One parent took part and shared %(thoughts)s.",
                     "There were %(count)s of you, and together you shared %(thoughts)s.",
                     participants, count=number(participants, language), thoughts=thoughts)
    else:
        counts = say("counts", "Together we shared %(thoughts)s.", thoughts=thoughts)
    next_meeting = as_typed(meeting.get("next_meeting")).strip()
    if signature is None:
        signature = say("signature", "The staff at %(unit)s", unit=unit) if unit else _("The staff")
    else:
        signature = typed("signature", as_typed(signature).strip(), "")
    return {
        "language": language,
        "locale": locale,
        "language_tag": language_tag,
        "rtl": language in RIGHT_TO_LEFT,
        "kind": kind,
        "unit": unit,
        "title": title,
        "theme": theme or None,
        "date": date,
        "date_iso": day.isoformat(),
        "document_title": _("Parent letter: %(title)s", title=title),
        "author": unit or _("Parent meeting"),
        "dateline": say("dateline", "Parent letter from %(unit)s, %(date)s", unit=unit, date=date) if unit
        else say("dateline", "Parent letter, %(date)s", date=date),
        "theme_line": say("theme_line", "Theme: %(theme)s", theme=theme) if theme else None,
        "greeting": _("Dear parents and guardians,"),
        "thanks": say("thanks", "Thank you for coming to the parent meeting on %(date)s. Here is a summary for "
                      "everyone, including those who could not make it.", date=date),
        "info_heading": _("Information from the school") if kind == "themed"
        else _("Short information from the preschool"),
        "info": [as_typed(point).strip() for point in meeting.get("info") or [] if as_typed(point).strip()],
        "talked_about": _("What you said"),
        "highlight_note": _("The ideas in bold are the ones we lifted up together.") if any(
            c["starred"] for question in questions for group in question["groups"] for c in group["contributions"])
        else None,
        "nothing_said": _("No contributions were written for this question."),
        "questions": questions,
        "participants": participants,
        "contribution_count": said,
        "counts": counts,
        "closing": typed("closing", as_typed(meeting.get("closing_text")).strip(),
                         _("Thank you for all your thoughts – they help us in our work with your children.")),
        "next_heading": _("Next meeting") if next_meeting else None,
        "next_meeting": say("next_meeting", "We meet again: %(when)s", when=next_meeting) if next_meeting else None,
        "suggest": _("Do you have a wish for the question of the next meeting? Tell us – every suggestion "
                     "is welcome."),
        "contacts_heading": _("Support for families"),
        "contacts_intro": _("Would you like to talk to someone? Here is support close to you:"),
        "contacts": support_contacts(contacts),
        "farewell": _("Best wishes,"),
        "signature": signature,
        "filled_in": filled_in,
    }


def meeting_letter(store, meeting, language=None, contacts=None):
    """Build the letter of a stored meeting, in a language (the meeting's own by default)."""
    shown = [c.view("host") for c in store.contributions(meeting.id, ("visible",))]
    return letter_context(meeting.view("host"), shown, meeting.participants, pick_parent_language(language, meeting.language),
                          contacts=contacts, signature=meeting.signature or None)

