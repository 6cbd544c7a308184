"""Personal data in contributions: names, family names, handles, addresses, phone numbers, e-mail,
personnummer and indirect identification.

A contribution that looks like it holds personal data is held for the host instead of shown. The
checks lean towards holding: a held contribution costs the host one click, a child's name on the
projector cannot be taken back. Each kind has its own module; personal_data() normalises the text
once and combines them.
"""
import re

from ...i18n import N_
from .addresses import address_spans
from .arabicverbs import acting_arabic_name
from .bare import bare_subject, class_member
from .capitals import named_subject
from .characters import known_character_indexes
from .classmates import in_a_class
from .email import email_spans
from .figures import public_figure_indexes
from .glossed import glossed_name
from .handles import handle_spans
from .indirect import identifies_indirectly
from .kin import named_by_kin
from .kintitles import named_by_relative
from .names import has_name
from .normalise import normalise
from .notnames import not_names
from .pairs import joined_names
from .personnummer import personnummer_spans
from .possessed import named_with_his
from .pronouns import referred_back
from .petforms import doubled_short_form, lowercase_pet_form
from .petverbs import opening_short_form
from .phones import phone_spans
from .plants import plant_indexes
from .scripts import latin_name_among_scripts
from .shouting import words_for_names
from .slavic import possessive_name
from .spelled import spelled_phone_spans
from .surnames import has_signature, has_surname
from .titlecases import bent_title_indexes
from .tokens import words
from .turkish import affectionate_name, family_plural, short_o_form
from .venues import venue_indexes
from .wordnames import word_name

REASONS = {
    "name": N_("It may contain a person's name."),
    "surname": N_("It may contain a family name."),
    "handle": N_("It may contain a user name from an app or a game."),
    "phone": N_("It may contain a phone number."),
    "email": N_("It may contain an e-mail address."),
    "personnummer": N_("It may contain a personal identity number."),
    "address": N_("It may contain a street address."),
    "indirect": N_("It may describe a child others can recognise, with health, religion or origin."),
    "unchecked": N_("It could not be checked for personal data."),
}
# What the phone says when its contribution is held: plain words and what happens next.
PARENT_REASONS = {
    "name": N_("It may contain a name – the host looks at it first."),
    "surname": N_("It may contain a family name – the host looks at it first."),
    "handle": N_("It may contain a user name from an app or a game – the host looks at it first."),
    "phone": N_("It may contain a phone number – the host looks at it first."),
    "email": N_("It may contain an e-mail address – the host looks at it first."),
    "personnummer": N_("It may contain a personal identity number – the host looks at it first."),
    "address": N_("It may contain an address – the host looks at it first."),
    "indirect": N_("Others may recognise the child it describes – the host looks at it first."),
    "unchecked": N_("It could not be checked – the host looks at it first."),
}
# Longer texts are checked up to here and held as not wholly checked; contributions are far shorter.
MAX_CHECKED = 20_000
# Each with what a text must hold for the detector to find anything (a quick test that spares the work).
DIGIT = re.compile(r"\d")  # the text is normalised: every digit is an ASCII one
NUMBER_KINDS = (("email", email_spans, None), ("personnummer", personnummer_spans, "digit"),
                ("phone", phone_spans, "digit"), ("phone", spelled_phone_spans, None), ("address", address_spans, "digit"),
                ("handle", handle_spans, None))


def personal_data(text):
    """Return the codes of the kinds of personal data a text seems to hold (empty when none); never raises."""
    if not isinstance(text, str):
        return []
    try:
        found = _kinds(normalise(text[:MAX_CHECKED]))
        return found + ["unchecked"] if len(text) > MAX_CHECKED else found
    except Exception:  # noqa: BLE001 - a text the checks cannot read is held, never shown unchecked
        return ["unchecked"]


def _kinds(text):
    """Return the kinds found in a normalised text, each detector reading what the previous ones left."""
    found = []
    has_digit = DIGIT.search(text) is not None
    for kind, spans, needs in NUMBER_KINDS:
        if needs == "digit" and not has_digit:
            continue
        hits = spans(text)
        if hits:
            found.append(kind)
            text = _blank(text, hits)
    every_word = words(text)
    known = known_character_indexes(every_word) | public_figure_indexes(every_word) | venue_indexes(every_word) \
        | bent_title_indexes(every_word) | plant_indexes(every_word)
    people = [w for i, w in enumerate(every_word) if i not in known]
    # a word glued to a digit is a class code with its case ending ("2B'de", "3A'da"), never a name
    glued = {i for i, w in enumerate(every_word) if w.start and text[w.start - 1].isdigit()} if has_digit else None
    read_only = known | not_names(text, every_word) | (glued or set())  # characters, home-language words, class codes
    if has_name(words_for_names(text, every_word), read_only) or has_signature(text) \
            or latin_name_among_scripts(every_word, known) or named_subject(every_word, known) \
            or named_by_kin(every_word, known) or lowercase_pet_form(every_word, known) \
            or affectionate_name(every_word, known) or joined_names(every_word, known) or word_name(every_word, known) \
            or doubled_short_form(every_word, known) or short_o_form(every_word, known) or glossed_name(text) \
            or bare_subject(every_word, known) or class_member(text, every_word, known) \
            or named_with_his(every_word, known) or in_a_class(text, every_word, known) \
            or opening_short_form(every_word, known) or named_by_relative(every_word, known) \
            or referred_back(every_word, known, text) or acting_arabic_name(every_word, known) \
            or possessive_name(every_word, known):
        found.append("name")
    without_characters = _blank(text, [(every_word[i].start, every_word[i].end) for i in known])
    if has_surname(without_characters, people) or family_plural(every_word, known):
        found.append("surname")
    if identifies_indirectly(without_characters):
        found.append("indirect")
    return [kind for kind in REASONS if kind in found]


def _blank(text, spans):
    """Return the text with the spans replaced by spaces, so later detectors do not read them again."""
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text
