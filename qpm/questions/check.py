"""The question of the day: checked (positive, we-form, open), explained, rewritten; the question bank.

Plain Python, no Flask: the HTTP API and the host console call `check`, `bank` and `themes`.
"""
import re
from dataclasses import dataclass

from ..i18n import N_, pick_language, translate
from .bank import AGE_GROUPS, BankQuestion, Theme, bank, checked_age, themes
from .framing import framing_problems
from .rules import (
    FUNCTION_WORDS,
    LANGUAGES,
    WORD,
    detect_language,
    normalise,
    problem_words,
    question_form,
    we_form,
)
from .suggest import suggestions
from .topics import topics_of

__all__ = ["AGE_GROUPS", "MAX_LENGTH", "BankQuestion", "Problem", "Theme", "Verdict", "bank", "check", "themes"]

# Long enough for a question with a short lead-in, short enough to read from the back of the room.
MAX_LENGTH = 300

EMPTY = N_("Write the question the parents will talk about.")
TOO_LONG = N_("The question is too long to read on the screen. Keep it under %(limit)s characters, "
              "as one short question.")
NOT_A_QUESTION = N_("This is not a question yet. The parents answer the question of the day together, "
                    "so write it as a question, for example starting with “How can we …”.")
NOT_WE_FORM = N_("The question is not in we-form. Ask what we can do together, with “we”, “us” or "
                 "“our” – for example “How can we as parents …”.")
NOT_WE_FORM_WORDS = N_("The question is not in we-form: it speaks to, as or about someone else "
                       "(“%(words)s”). Ask what we can do together, with “we”, “us” or “our” – for "
                       "example “How can we as parents …”.")
NEGATIVE_FRAMING = N_("The question starts from a problem (“%(words)s”). Parents talk more openly "
                      "about a goal: ask how we can help our children towards what we want, rather "
                      "than how to stop what we do not want. Words for feelings, like sad or worried, "
                      "are fine.")
WHY_PROBLEM = N_("A “why” question about a problem looks for causes and someone to blame, and the talk "
                 "gets stuck there. Ask instead how we can help our children towards what we want, for "
                 "example “How can we help our children …?”.")
PRONOUN_SWAP = N_("Only “%(words)s” was added: the question still asks why there is a problem. Turn the "
                  "problem into a goal and ask how we can help our children towards it.")
DO_ABOUT = N_("The question aims to get rid of or stop something (“%(words)s”). Parents talk more openly "
              "about what they want for their children: ask how we can help them towards that.")
SEVERAL_QUESTIONS = N_("These are several questions in one. The parents talk about one question of the "
                       "day: keep the one that matters most.")
PROBLEM_FOCUS = N_("The question asks how big a problem is (“%(words)s”). Ask instead what we want for our "
                   "children and how we can help them towards it.")
NO_WORDS = N_("There are no words here, only signs or symbols. Write the question in words.")
MARKUP = N_("The question contains HTML code. Write it as plain text, without tags.")
WRONG_LANGUAGE = N_("The question does not seem to be in the language chosen for it. Write it in Swedish "
                    "or English, in the meeting's language.")
CLOSED_QUESTION = N_("This question can be answered with yes or no, and then the talk stops. Open it "
                     "up with “How …”, “What …”, “Which …” or “In what way …”.")


FRAMINGS = {"why_problem": WHY_PROBLEM, "pronoun_swap": PRONOUN_SWAP, "do_about": DO_ABOUT,
            "several_questions": SEVERAL_QUESTIONS, "problem_focus": PROBLEM_FOCUS}
TAG = re.compile(r"</?[A-Za-z!][^<>]*>|&[a-z]+;|&#\d+;")


@dataclass(frozen=True)
class Problem:
    """One reason a question is not fit for a QPM meeting, with a plain-language explanation."""

    code: str
    message: str

    def as_dict(self):
        """Return the problem as JSON-ready data."""
        return {"code": self.code, "message": self.message}


@dataclass(frozen=True)
class Verdict:
    """The checker's answer: is the question fit, what is wrong, and a rewrite that is fit."""

    ok: bool
    language: str
    problems: tuple = ()
    suggestions: tuple = ()

    @property
    def suggestion(self):
        """Return the first suggestion, or None when there is none on the question's topic."""
        return self.suggestions[0] if self.suggestions else None

    def as_dict(self):
        """Return the verdict in the JSON shape of POST /api/questions/check."""
        return {"ok": self.ok, "language": self.language,
                "problems": [problem.as_dict() for problem in self.problems],
                "suggestion": self.suggestion, "suggestions": list(self.suggestions)}

    @property
    def codes(self):
        """Return the codes of the problems found."""
        return [problem.code for problem in self.problems]


def check(text, language=None, host_language="sv", age=None):
    """Check a question of the day and explain, in the host's language, what keeps it from being fit.

    `text` must be a string (TypeError otherwise); `language` is "sv", "en" or None to detect it.
    Empty or over-long text gives a verdict with the problem "empty" or "too_long" and no suggestion.
    `age` (a school stage, or None) keeps bank suggestions to that age group.
    """
    if not isinstance(text, str):
        raise TypeError(f"the question must be a string, not {type(text).__name__}")
    if language is not None and not isinstance(language, str):
        raise TypeError(f"the language must be a string or None, not {type(language).__name__}")
    if language is not None and language.strip().lower()[:2] not in LANGUAGES:
        raise ValueError(f"the language must be one of {LANGUAGES}, not {language!r}")
    host = pick_language(host_language)
    checked_age(age)
    if len(text) > 4 * MAX_LENGTH:
        # Do not even read a huge text: it is untrusted and cannot be a question for the screen.
        return Verdict(False, pick_language(language), (_problem(host, "too_long", TOO_LONG),))
    text = normalise(text)
    given = bool(language)
    language = pick_language(language) if language else detect_language(text)
    if not text:
        return Verdict(False, language, (_problem(host, "empty", EMPTY),))
    if len(text) > MAX_LENGTH:
        return Verdict(False, language, (_problem(host, "too_long", TOO_LONG),))
    unreadable = unreadable_input(text, language, given)
    if unreadable:
        return Verdict(False, language, (_problem(host, *unreadable),))
    problems = tuple(_problem(host, code, message, found)
                     for code, message, found in find_problems(text, language))
    if not problems:
        return Verdict(True, language)
    return Verdict(False, language, problems, suggestions(text, language, is_fit, age))


def unreadable_input(text, language, given):
    """Return (code, message id, words) when a text cannot be read as a question at all, else None."""
    tags = TAG.findall(text)
    if tags:
        return "markup", MARKUP, []
    if not WORD.search(text):
        return "no_words", NO_WORDS, []
    tokens = WORD.findall(text.lower())
    other = "en" if language == "sv" else "sv"
    own = sum(token in FUNCTION_WORDS[language] for token in tokens)
    theirs = sum(token in FUNCTION_WORDS[other] for token in tokens)
    # "Kvällarna blir alltid kaos efter hämtningen." has no function word, but its words are Swedish.
    if len(tokens) >= 3 and own == 0 and (theirs > 0 or not topics_of(text, language)):
        return "wrong_language", WRONG_LANGUAGE, []
    return None


def find_problems(text, language):
    """Return (code, message id, offending words) for each rule a normalised question breaks."""
    found = []
    form = question_form(text, language)
    if form is None:
        found.append(("not_a_question", NOT_A_QUESTION, []))
    always_we, others = we_form(text, language)
    if others:
        found.append(("not_we_form", NOT_WE_FORM_WORDS, others))
    elif not always_we:
        found.append(("not_we_form", NOT_WE_FORM, []))
    hidden = framing_problems(text, language)
    seen = " ".join(word for _, found_words in hidden for word in found_words)
    negative = [word for word in problem_words(text, language) if word not in seen]
    if negative:
        found.append(("negative_framing", NEGATIVE_FRAMING, negative))
    found += [(code, FRAMINGS[code], found_words) for code, found_words in hidden]
    if form == "closed":
        found.append(("closed_question", CLOSED_QUESTION, []))
    return found


def is_fit(text, language):
    """Return whether a normalised question breaks no rule."""
    return not find_problems(text, language)


def _problem(host, code, message, found=()):
    # The words sit inside the message's own quotation marks: Swedish closes and opens with ”.
    values = {"words": ("”, ”" if host == "sv" else "”, “").join(found)} if found else {}
    if code == "too_long":
        values = {"limit": MAX_LENGTH}
    return Problem(code, translate(host, message, **values))
