"""HTTP pages (thin): the host's form and console, the projector, the phones' page and letter."""
import io
from urllib.parse import urlsplit

import segno
from flask import Blueprint, abort, current_app, g, jsonify, redirect, render_template, request, url_for

from ..domain.meeting import MeetingError, normalise_join_code
from ..domain.privacy import PARENT_REASONS, REASONS
from ..i18n import LANGUAGE_NAMES, N_, direction, pick_parent_language, translate
from ..questions import check as questions
from .api import TOO_MANY_MEETINGS
from .app import base_url, meeting_for_code, reach, services
from ..letter.context import meeting_letter
from .downloads import letter_as_text, letter_download
from .rooms import open_room, room_links
from .staff import staff_password_ok

pages = Blueprint("pages", __name__)


@pages.get("/")
def index():
    """Show the page where a parent types the join code (and staff find the way to create a meeting)."""
    return render_template("index.html")


@pages.get("/join")
def join():
    """Send a typed code on to its phone page, or explain that it is wrong."""
    return redirect(url_for("pages.phone", code=normalise_join_code(request.args.get("code", ""))))


@pages.get("/j/<code>")
def phone(code):
    """Show a meeting's phone page for parents."""
    try:
        meeting = meeting_for_code(code)
    except MeetingError as refusal:  # too many wrong codes from this address
        return render_template("index.html", error=refusal.message), 429, {"Retry-After": refusal.values["retry_after"]}
    if meeting is None:
        return render_template("index.html", error=N_("There is no meeting with that code. Check the code and try again."),
                               typed=code[:12]), 404
    reasons = {kind: translate(g.lang, reason) for kind, reason in PARENT_REASONS.items()}
    return render_template("parent/phone.html", meeting=meeting, reasons=reasons)


def published(code):
    """Return the meeting whose letter parents may read, or answer 404."""
    meeting = meeting_for_code(code)
    if meeting is None or not meeting.letter_published:
        abort(404)
    return meeting


@pages.get("/j/<code>/letter.docx")
def published_letter(code):
    """Let parents download the letter once the host has published it, in the phone's language."""
    return letter_download(published(code), g.lang)


@pages.get("/j/<code>/letter.txt")
def letter_text(code):
    """Let parents download the published letter as plain text."""
    return letter_as_text(published(code), g.lang)


@pages.get("/j/<code>/letter")
def letter_page(code):
    """Show the published letter as a page for a small screen and for print, in the phone's language."""
    meeting = published(code)
    letter = meeting_letter(services().store, meeting, g.lang, services().contacts)
    return render_template("letter/page.html", letter=letter, code=meeting.code)


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
    if not services().floods.may_create_meeting(request.remote_addr):
        return form_page(429, error=TOO_MANY_MEETINGS)
    fields = {"kind": form.get("kind", "qpm"), "title": form.get("title", ""), "unit": form.get("unit", ""),
              "theme": form.get("theme", ""), "age_group": form.get("age_group", ""), "language": form.get("language") or g.lang,
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


def qr_svg(text):
    """Return a QR code for a link as inline SVG."""
    return segno.make(text, error="m").svg_inline(omitsize=True, border=2, dark="#1d2b36", light="#ffffff")


def host_links(meeting_id):
    """Return the meeting and its links when the posted host token is right, else answer 403."""
    store = services().store
    token = request.form.get("token", "")
    if not store.host_may_enter(meeting_id, token):
        abort(403)
    meeting = store.meeting(meeting_id)
    return meeting, room_links(base_url(meeting), meeting, store.screen_token(meeting_id), token)


@pages.post("/host/<meeting_id>/card")
def meeting_card(meeting_id):
    """Show the printable meeting card (A4): code, QR and address for parents; the host link for staff."""
    meeting, links = host_links(meeting_id)
    page = render_template("host/card.html", meeting=meeting, links=links, join_qr=qr_svg(links["join_url"]),
                           host_qr=qr_svg(links["host_url"]))
    return page, 200, {"Cache-Control": "no-store", "Referrer-Policy": "no-referrer"}


@pages.post("/host/<meeting_id>/qr")
def host_qr(meeting_id):
    """Return the QR code of the host link (to open the console on a tablet), as SVG."""
    _meeting, links = host_links(meeting_id)
    image = io.BytesIO()  # a whole SVG document (with its namespace), so an <img> can show it
    segno.make(links["host_url"], error="m").save(image, kind="svg", xmldecl=False, border=2, dark="#1d2b36")
    return image.getvalue(), 200, {"Content-Type": "image/svg+xml", "Cache-Control": "no-store"}


@pages.get("/host/<meeting_id>")
def console(meeting_id):
    """Show the host console; its token arrives in the URL fragment and is checked over the socket."""
    if services().store.meeting(meeting_id) is None:
        abort(404)
    reasons = {code: translate(g.lang, reason) for code, reason in REASONS.items()}
    return render_template("host/console.html", meeting_id=meeting_id, reasons=reasons, letter_languages=LANGUAGE_NAMES)


@pages.get("/screen/<meeting_id>")
def screen(meeting_id):
    """Show the projector view: join code and QR, info, the question and the wall."""
    store = services().store
    token = request.args.get("t", "")
    if not store.screen_may_enter(meeting_id, token):
        abort(403)
    meeting = store.meeting(meeting_id)
    # The projector speaks the meeting's language, whatever the laptop's browser prefers.
    g.lang = pick_parent_language(request.args.get("lang"), meeting.language)
    g.dir = direction(g.lang)
    reached = reach(meeting)
    join_url = room_links(reached["chosen"], meeting, token)["join_url"]
    # A QR code no phone can follow is worse than none: the lobby tells the host instead.
    only_here = urlsplit(reached["chosen"]).netloc if reached["only_here"] else ""
    return render_template("screen/projector.html", meeting=meeting, join_url=join_url, screen_token=token,
                           qr=None if only_here else qr_svg(join_url), only_here=only_here)


@pages.get("/healthz")
def healthz():
    """Say whether the server and its store are ready."""
    writable = services().store.writable()
    return (jsonify(ok=True), 200) if writable else (jsonify(ok=False, store="not writable"), 503)
