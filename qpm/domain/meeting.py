"""The meeting: its phases, questions and contributions — plain Python, no Flask, no SQL."""
import re
import secrets
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone

from ..questions import check as questions
from ..i18n import LANGUAGES, N_
from .errors import MeetingError
from .text import clean_text, normalise, visible

KINDS = ("qpm", "themed")
PHASES = ("lobby", "info", "question", "summary", "closed")

# No 0/O, 1/I/L: a code read off a projector must not be misread.
JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
JOIN_CODE_LENGTH = 6

MAX_TITLE = 200
MAX_POINT = 500
MAX_POINTS = 20
MAX_QUESTIONS = 12
MAX_LETTER_TEXT = 2000


class QuestionNotFit(MeetingError):
    """A meeting whose question is not positive, in we-form and open; `verdicts` say why, per question."""

    def __init__(self, verdicts):
        super().__init__("question_not_fit", N_("The question is not yet fit for a QPM meeting. See the "
                                                "explanation, take the suggestion, or keep your question as it is."))
        self.verdicts = verdicts


def now():
    """Return the current time in UTC."""
    return datetime.now(timezone.utc)


def new_join_code():
    """Return a random join code that is easy to read off a projector."""
    return "".join(secrets.choice(JOIN_CODE_ALPHABET) for _ in range(JOIN_CODE_LENGTH))


def normalise_join_code(value):
    """Return a typed code in canonical form: upper case, without spaces or dashes."""
    try:
        typed = unicodedata.normalize("NFKC", normalise(value))  # a full-width Ａ from a phone keyboard is A
    except MeetingError:
        return ""
    return re.sub(r"[\s-]", "", typed).upper()[:JOIN_CODE_LENGTH * 2]


@dataclass(frozen=True)
class Meeting:
    """A parent meeting: what the host prepared and where it stands now."""

    id: str
    code: str
    kind: str
    title: str
    unit: str = ""
    theme: str = ""
    age_group: str = ""  # förskola … gymnasiet, or "" for all: which bank questions fit
    language: str = "sv"
    info: tuple = ()
    questions: tuple = ()
    premoderation: bool = False
    phase: str = "lobby"
    question_index: int = 0
    accepted_as_is: tuple = ()
    created_at: datetime = field(default_factory=now)
    closed_at: datetime | None = None
    participants: int = 0
    closing_text: str = ""
    next_meeting: str = ""
    signature: str = ""
    letter_published: bool = False
    wall_on_phones: bool = False
    reveal_mode: bool = False  # the projector shows only a count until the host reveals the wall
    revealed: bool = True
    timer_ends_at: datetime | None = None
    timer_left: float | None = None  # seconds left while the timer is paused
    notes: dict = field(default_factory=dict)  # the host's own facilitator notes, by phase
    join_address: str = ""  # the address the host chose for the QR code ("": the first one offered)

    @property
    def question(self):
        """Return the question that is (or will be) open now."""
        return self.questions[self.question_index] if self.questions else ""

    @property
    def phones_see_ideas(self):
        """Return whether the phones show the wall now: in reveal mode not before the projector does."""
        # Reveal mode is against group-think: a phone showing the ideas early would defeat it.
        return self.wall_on_phones and (self.revealed or not self.reveal_mode)

    @property
    def is_open_for_contributions(self):
        """Return whether parents may contribute now."""
        return self.phase == "question"

    def view(self, role):
        """Return what a role may see of the meeting, as JSON-ready data."""
        shown = {
            "id": self.id, "code": self.code, "kind": self.kind, "title": self.title, "unit": self.unit,
            "theme": self.theme, "age_group": self.age_group, "language": self.language, "info": list(self.info), "phase": self.phase,
            "question_index": self.question_index, "question": self.question,
            "question_count": len(self.questions), "letter_published": self.letter_published,
            "wall_on_phones": self.wall_on_phones, "revealed": self.revealed or not self.reveal_mode,
            "timer": {"ends_at": self.timer_ends_at.isoformat() if self.timer_ends_at else None,
                      "left": self.timer_left, "now": now().isoformat()},
        }
        if self.phase in ("summary", "closed"):  # the result names every question; before, only the open one
            shown["all_questions"] = list(self.questions)
        if role == "host":
            shown.update(questions=list(self.questions), premoderation=self.premoderation,
                         accepted_as_is=list(self.accepted_as_is), created_at=self.created_at.isoformat(),
                         closed_at=self.closed_at.isoformat() if self.closed_at else None,
                         participants=self.participants, closing_text=self.closing_text,
                         next_meeting=self.next_meeting, signature=self.signature,
                         reveal_mode=self.reveal_mode, join_address=self.join_address)
        return shown


def plan_meeting(request, *, meeting_id, code, host_language="sv"):
    """Return a new Meeting from a host's (untrusted) request, or raise MeetingError.

    Every question must pass the question checker unless the host accepts it as it is, which is recorded.
    """
    if not isinstance(request, dict):
        raise MeetingError("bad_request", N_("The request must be a JSON object."))
    kind = request.get("kind", "qpm")
    if kind not in KINDS:
        raise MeetingError("bad_kind", N_("The kind of meeting must be “qpm” or “themed”."))
    language = request.get("language") or "sv"
    if language not in LANGUAGES:
        raise MeetingError("bad_language", N_("The language must be one of: %(languages)s."),
                           languages=", ".join(LANGUAGES))
    questions_asked = _text_list(request.get("questions"), "questions", MAX_QUESTIONS)
    if not questions_asked:
        raise MeetingError("no_question", N_("Write the question of the day."))
    if kind == "qpm" and len(questions_asked) > 1:
        raise MeetingError("one_question", N_("A QPM meeting has one question of the day."))
    title = request.get("title")
    if title is None or (isinstance(title, str) and not visible(normalise(title))):
        raise MeetingError("no_title", N_("Write a title for the meeting."))
    premoderation = _flag(request, "premoderation")
    verdicts = [questions.check(question, host_language=host_language) for question in questions_asked]
    unfit = tuple(index for index, verdict in enumerate(verdicts) if not verdict.ok)
    if unfit and not _flag(request, "accept_question_as_is"):
        raise QuestionNotFit(verdicts)
    return Meeting(
        id=meeting_id, code=code, kind=kind, language=language,
        title=clean_text(title, MAX_TITLE),
        unit=_optional_text(request.get("unit"), MAX_TITLE),
        theme=_optional_text(request.get("theme"), MAX_TITLE), age_group=_age_group(request.get("age_group")),
        info=tuple(_text_list(request.get("info"), "info", MAX_POINTS)),
        questions=tuple(questions_asked), premoderation=premoderation, accepted_as_is=unfit,
    )


def _age_group(value):
    """Return the meeting's age group ("" for all), refusing anything the question bank does not know."""
    if value in (None, ""):
        return ""
    if value not in questions.AGE_GROUPS:
        raise MeetingError("bad_age", N_("The age group must be one of: %(groups)s."),
                           groups=", ".join(questions.AGE_GROUPS))
    return value


def _flag(request, name):
    """Return a yes/no field of a request, refusing anything but true or false."""
    value = request.get(name, False)
    if not isinstance(value, bool):
        raise MeetingError("bad_type", N_("“%(field)s” must be true or false."), field=name)
    return value


def _optional_text(value, limit):
    """Return tidied text, or "" when the field was left out."""
    return "" if value is None or (isinstance(value, str) and not visible(normalise(value))) \
        else clean_text(value, limit)


def _text_list(value, name, most):
    """Return a list of tidied, non-empty texts from an untrusted list."""
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise MeetingError("bad_type", N_("“%(field)s” must be a list of texts."), field=name)
    items = [clean_text(item, MAX_POINT) for item in value if visible(normalise(item))]
    if len(items) > most:
        raise MeetingError("too_many", N_("“%(field)s” can have at most %(most)s items."), field=name, most=most)
    return items


def change_phase(meeting, phase, question=None):
    """Return the meeting moved to a phase (and, for themed meetings, to one of its questions)."""
    if phase not in PHASES:
        raise MeetingError("bad_phase", N_("Unknown phase."))
    index = meeting.question_index
    if question is not None:
        if not isinstance(question, int) or isinstance(question, bool) or not 0 <= question < len(meeting.questions):
            raise MeetingError("bad_question", N_("There is no such question in this meeting."))
        index = question
    closed_at = meeting.closed_at or now() if phase == "closed" else None
    # A reopened meeting's letter is out of date until the host publishes it again.
    published = meeting.letter_published and phase == "closed"
    revealed = meeting.revealed if index == meeting.question_index else not meeting.reveal_mode
    return replace(meeting, phase=phase, question_index=index, closed_at=closed_at, letter_published=published,
                   revealed=revealed)


SETTINGS = ("premoderation", "wall_on_phones", "reveal_mode", "revealed")


def change_settings(meeting, request):
    """Return the meeting with the host's switches changed: pre-moderation, ideas on phones, reveal mode."""
    if not isinstance(request, dict) or not request:
        raise MeetingError("bad_request", N_("The message must be a JSON object."))
    unknown = set(request) - set(SETTINGS)
    if unknown:
        raise MeetingError("bad_setting", N_("Unknown setting: %(names)s."), names=", ".join(sorted(unknown)))
    changes = {name: _flag(request, name) for name in request}
    if changes.get("reveal_mode"):
        changes.setdefault("revealed", False)
    return replace(meeting, **changes)


def write_letter(meeting, request):
    """Return the meeting with the host's own parts of the letter: closing text, next meeting, signature."""
    if not isinstance(request, dict):
        raise MeetingError("bad_request", N_("The request must be a JSON object."))
    limits = {"closing_text": MAX_LETTER_TEXT, "next_meeting": MAX_TITLE, "signature": MAX_TITLE}
    written = {name: _optional_text(request[name], most) for name, most in limits.items() if name in request}
    return replace(meeting, **written)


def publish_letter(meeting):
    """Return the meeting with its letter published to the parents' phones; only once it is closed."""
    if meeting.phase != "closed":
        raise MeetingError("not_closed", N_("Close the meeting before you publish the letter."))
    return replace(meeting, letter_published=True)


def choose_join_address(meeting, url, offered):
    """Return the meeting with the address its QR code and links use: one of those the server offers."""
    if not isinstance(url, str) or url not in offered:
        raise MeetingError("bad_address", N_("That is not one of this computer's addresses."))
    return replace(meeting, join_address=url)
