"""HTTP (thin): the pages for host, projector and phones, and the JSON API."""
import hmac
from functools import wraps
from io import BytesIO

import segno
from flask import (Blueprint, abort, current_app, g, jsonify, redirect, render_template, request, send_file,
                   url_for)
from werkzeug.exceptions import TooManyRequests

from . import meeting as domain
from . import questions
from .app import base_url
from .events import tell_meeting
from .i18n import LANGUAGES, N_, pick_language, translate
from .letter import meeting_letter, plain_text, render_docx
from .meeting import MeetingError, QuestionNotFit, normalise_join_code
from .privacy import REASONS
from .rooms import open_room, room_links

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
pages = Blueprint("pages", __name__)
api = Blueprint("api", __name__, url_prefix="/api")


def services():
    """Return the app's store and limits."""
    return current_app.extensions["qpm"]


def staff_password_ok(given):
    """Return whether meeting creation is open, or the given staff password is right."""
    wanted = current_app.config["STAFF_PASSWORD"]
    return not wanted or (isinstance(given, str) and hmac.compare_digest(given.encode(), wanted.encode()))


def refusal(status, code, message, **values):
    """Return a JSON error the person can read, in their language."""
    return jsonify(error={"code": code, "message": translate(g.lang, message, **values)}), status


# Pages ---------------------------------------------------------------------------------------------

@pages.get("/")
def index():
    """Show the page where a parent types the join code (and staff find the way to create a meeting)."""
    return render_template("index.html")


@pages.get("/join")
def join():
    """Send a typed code on to its phone page, or explain that it is wrong."""
    return redirect(url_for("pages.phone", code=normalise_join_code(request.args.get("code", ""))))


def meeting_for_code(code):
    """Return the meeting a typed code opens; wrong codes count against the address (in memory only)."""
    address = request.remote_addr or "?"
    limits = services()
    if limits.bad_codes.blocked(address):
        raise TooManyRequests()
    meeting = limits.store.meeting_by_code(normalise_join_code(code))
    if meeting is None:
        limits.bad_codes.failed(address)
    return meeting


@pages.get("/j/<code>")
def phone(code):
    """Show a meeting's phone page for parents."""
    try:
        meeting = meeting_for_code(code)
    except TooManyRequests:
        return render_template("index.html", error=N_("Too many wrong codes. Wait a minute and try again.")), 429
    if meeting is None:
        return render_template("index.html", error=N_("There is no meeting with that code. Check the code and try again."),
                               typed=code[:12]), 404
    return render_template("parent/phone.html", meeting=meeting)


@pages.get("/j/<code>/letter.docx")
def published_letter(code):
    """Let parents download the letter once the host has published it."""
    meeting = meeting_for_code(code)
    if meeting is None or not meeting.letter_published:
        abort(404)
    return letter_download(meeting)


@pages.route("/host/new", methods=["GET", "POST"])
def new_meeting():
    """Show the form for preparing a meeting, and open the room when it is sent."""
    # On GET a link may carry fields to start from (a parent's wish from the last meeting).
    form = request.form if request.method == "POST" else request.args

    def form_page(status=200, **shown):
        return render_template("host/new.html", form=form, themes=questions.themes(g.lang),
                               needs_password=bool(current_app.config["STAFF_PASSWORD"]), **shown), status

    if request.method == "GET":
        return form_page()
    if not staff_password_ok(form.get("staff_password", "")):
        return form_page(403, error=N_("The staff password is wrong."))
    fields = {"kind": form.get("kind", "qpm"), "title": form.get("title", ""), "unit": form.get("unit", ""),
              "theme": form.get("theme", ""), "language": form.get("language") or g.lang,
              "info": form.get("info", "").splitlines(),
              "questions": [q for q in form.getlist("question") if q.strip()],
              "premoderation": form.get("premoderation") == "on",
              "accept_question_as_is": form.get("accept_question_as_is") == "on"}
    try:
        room = open_room(services().store, fields, g.lang)
    except MeetingError as problem:
        return form_page(422, error=problem.message, error_values=problem.values,
                         verdicts=getattr(problem, "verdicts", None))
    return redirect(room.links(base_url())["host_url"], code=303)


@pages.get("/host/<meeting_id>")
def console(meeting_id):
    """Show the host console; its token arrives in the URL fragment and is checked over the socket."""
    if services().store.meeting(meeting_id) is None:
        abort(404)
    reasons = {code: translate(g.lang, reason) for code, reason in REASONS.items()}
    return render_template("host/console.html", meeting_id=meeting_id, reasons=reasons)


@pages.get("/screen/<meeting_id>")
def screen(meeting_id):
    """Show the projector view: join code and QR, info, the question and the wall."""
    store = services().store
    token = request.args.get("t", "")
    if not store.screen_may_enter(meeting_id, token):
        abort(403)
    meeting = store.meeting(meeting_id)
    # The projector speaks the meeting's language, whatever the laptop's browser prefers.
    g.lang = pick_language(request.args.get("lang"), meeting.language)
    join_url = room_links(base_url(), meeting, token)["join_url"]
    qr = segno.make(join_url, error="m").svg_inline(omitsize=True, border=2, dark="#1d2b36", light="#ffffff")
    return render_template("screen/projector.html", meeting=meeting, join_url=join_url, qr=qr,
                           screen_token=token)


@pages.get("/healthz")
def healthz():
    """Say whether the server and its store are ready."""
    return jsonify(ok=services().store.ready())


# JSON API ------------------------------------------------------------------------------------------

@api.post("/meetings")
def create_meeting():
    """Create a meeting; answer with its code, host token and links."""
    fields = request.get_json(silent=True)
    if not isinstance(fields, dict):
        return refusal(400, "bad_request", N_("The request must be a JSON object."))
    given = request.headers.get("X-Staff-Password", fields.pop("staff_password", None))
    if not staff_password_ok(given):
        return refusal(401, "staff_password", N_("The staff password is wrong."))
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
    """Check a question of the day: fit or not, why, and a suggestion; explained in the host's language."""
    asked = request.get_json(silent=True)
    if not isinstance(asked, dict) or not isinstance(asked.get("text"), str):
        return refusal(400, "bad_request", N_("Send the question as {\"text\": \"…\"}."))
    language = asked.get("language")
    if language is not None and language not in LANGUAGES:
        return refusal(400, "bad_language", N_("The language must be one of: %(languages)s."),
                       languages=", ".join(LANGUAGES))
    return jsonify(questions.check(asked["text"], language, host_language=g.lang).as_dict())


@api.get("/questions/bank")
def question_bank():
    """List the question bank's themes and questions, optionally of one theme, in a language."""
    language = pick_language(request.args.get("lang"), g.lang)
    theme = request.args.get("theme") or None
    return jsonify(themes=[t.as_dict() for t in questions.themes(language)],
                   questions=[q.as_dict() for q in questions.bank(theme, language)])


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
    return jsonify(letter=context, text=plain_text(context))


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


def letter_download(meeting):
    """Answer with the meeting's letter as a .docx download."""
    context = meeting_letter(services().store, meeting, request.args.get("lang"), services().contacts)
    return send_file(BytesIO(render_docx(context)), mimetype=DOCX, as_attachment=True,
                     download_name=f"foraldrabrev-{context['date_iso']}.docx")

