"""The JSON API (thin): meetings, the question check and bank, the letter."""
from functools import wraps

from flask import Blueprint, g, jsonify, request

from ..domain import meeting as domain
from ..domain.meeting import MeetingError, QuestionNotFit
from ..i18n import LANGUAGES, N_, pick_language, translate
from ..letter.context import meeting_letter, plain_text
from ..questions import check as questions
from ..store.store import STORE_FAILURES
from .app import base_url, services
from .downloads import letter_download
from .sockets.presence import languages_of_phones
from .rooms import open_room
from .sockets.broadcast import tell_meeting
from .sockets.saving import not_saved
from .staff import staff_password_ok

api = Blueprint("api", __name__, url_prefix="/api")
TOO_MANY_MEETINGS = N_("Many meetings were just created from this network. Wait a few minutes and try again.")


def refusal(status, code, message, **values):
    """Return a JSON error the person can read, in their language."""
    return jsonify(error={"code": code, "message": translate(g.lang, message, **values)}), status


@api.post("/meetings")
def create_meeting():
    """Create a meeting; answer with its code, host token and links."""
    fields = request.get_json(silent=True)
    if not isinstance(fields, dict):
        return refusal(400, "bad_request", N_("The request must be a JSON object."))
    given = request.headers.get("X-Staff-Password", fields.pop("staff_password", None))
    if not staff_password_ok(given):
        return refusal(401, "staff_password", N_("The staff password is wrong."))
    if not services().floods.may_create_meeting(request.remote_addr):
        return refusal(429, "rate_limited", TOO_MANY_MEETINGS)
    try:
        room = open_room(services().store, fields, g.lang)
    except QuestionNotFit as problem:
        verdicts = [dict(verdict.as_dict(), index=index) for index, verdict in enumerate(problem.verdicts)]
        return jsonify(error={"code": problem.code, "message": translate(g.lang, problem.message)},
                       questions=verdicts), 422
    except MeetingError as problem:
        return refusal(400, problem.code, problem.message, **problem.values)
    return jsonify(id=room.meeting.id, code=room.meeting.code, host_token=room.host_token,
                   **room.links(base_url())), 201


@api.post("/questions/check")
def check_question():
    """Check a question of the day: fit or not, why, and up to three suggestions; in the host's language."""
    asked = request.get_json(silent=True)
    if not isinstance(asked, dict) or not isinstance(asked.get("text"), str):
        return refusal(400, "bad_request", N_("Send the question as {\"text\": \"…\"}."))
    language = asked.get("language")
    if language is not None and language not in LANGUAGES:
        return refusal(400, "bad_language", N_("The language must be one of: %(languages)s."),
                       languages=", ".join(LANGUAGES))
    age = asked.get("age") or None
    if age is not None and age not in questions.AGE_GROUPS:
        return bad_age()
    return jsonify(questions.check(asked["text"], language, host_language=g.lang, age=age).as_dict())


def bad_age():
    """Refuse an age group that is not a school stage."""
    return refusal(400, "bad_age", N_("The age group must be one of: %(groups)s."),
                   groups=", ".join(questions.AGE_GROUPS))


@api.get("/questions/bank")
def question_bank():
    """List the question bank's themes and questions, optionally of one theme and age group, in a language."""
    language = pick_language(request.args.get("lang"), g.lang)
    theme = request.args.get("theme") or None
    age = request.args.get("age") or None
    if age is not None and age not in questions.AGE_GROUPS:
        return bad_age()
    return jsonify(themes=[t.as_dict() for t in questions.themes(language, age)],
                   questions=[q.as_dict() for q in questions.bank(theme, language, age)])


def host_only(handler):
    """Let a request through only with the meeting's host token (Authorization: Bearer …)."""
    @wraps(handler)
    def checked(meeting_id):
        store = services().store
        token = request.headers.get("Authorization", "").removeprefix("Bearer ").strip()
        if not store.host_may_enter(meeting_id, token):
            return refusal(401, "not_allowed", N_("This link is not valid. Ask the host for a new one."))
        try:
            return handler(store.meeting(meeting_id))
        except MeetingError as problem:
            return refusal(400, problem.code, problem.message, **problem.values)
        except STORE_FAILURES:
            not_saved(meeting_id)  # the console shows it at once; the edge answers 503 not_saved
            raise
    return checked


@api.get("/meetings/<meeting_id>")
@host_only
def meeting_state(meeting):
    """Give the host the meeting's full state."""
    contributions = services().store.contributions(meeting.id)
    return jsonify(meeting=meeting.view("host"), contributions=[c.view("host") for c in contributions])


@api.get("/meetings/<meeting_id>/letter")
@host_only
def letter_preview(meeting):
    """Give the host the letter as data (for the preview) and as plain text (for pasting)."""
    context = meeting_letter(services().store, meeting, request.args.get("lang"), services().contacts)
    return jsonify(letter=context, text=plain_text(context), phone_languages=languages_of_phones(meeting.id))


@api.get("/meetings/<meeting_id>/letter.docx")
@host_only
def letter_document(meeting):
    """Give the host the parent letter as a Word document."""
    return letter_download(meeting)


@api.put("/meetings/<meeting_id>/letter")
@host_only
def write_letter(meeting):
    """Store the host's closing text, next meeting and signature."""
    written = domain.write_letter(meeting, request.get_json(silent=True))
    services().store.save_meeting(written)
    return jsonify(ok=True, meeting=written.view("host"))


@api.post("/meetings/<meeting_id>/letter/publish")
@host_only
def publish_letter(meeting):
    """Publish the letter of a closed meeting to the parents' phones."""
    published = domain.publish_letter(meeting)
    services().store.save_meeting(published)
    tell_meeting(published)
    return jsonify(ok=True)
