"""The edge: JSON bodies normalised before any handler reads them, and any failure turned into a clear answer."""
import logging

from flask import Request, g, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from ..domain.errors import MeetingError
from ..domain.text import normalise_all
from ..i18n import N_, translate
from ..store.store import STORE_FAILURES

log = logging.getLogger("qpm")


class EdgeRequest(Request):
    """A request whose JSON body has every string normalised (a lone surrogate refuses it: `bad_text`)."""

    def get_json(self, *args, **options):
        """Return the decoded JSON body, normalised; a refusal is a MeetingError the error handler answers."""
        try:
            decoded = super().get_json(*args, **options)
        except RecursionError:  # nested deeper than the decoder goes: as malformed as bad JSON
            raise MeetingError("bad_request", N_("The request must be a JSON object.")) from None
        return normalise_all(decoded)


def unexpected(failure, where):
    """Log a failure once, by its type and where it happened only, and return the refusal a person reads."""
    # Never the exception's text: it may quote what a parent wrote (a value that could not be stored).
    log.error("%s in %s", type(failure).__name__, where)
    if isinstance(failure, STORE_FAILURES):
        # parent-facing
        return MeetingError("not_saved", N_("It could not be saved just now – try again in a moment."))
    # parent-facing
    return MeetingError("server_error", N_("Something went wrong on the server. Try again in a moment."))


class TypeOnly(logging.Filter):
    """Let a library's error line through with the exception's type only: no traceback, no exception text."""

    def filter(self, record):
        """Rewrite a record that carries an exception; the engine's message says where (e.g. 'message handler')."""
        if record.exc_info and record.exc_info[0] is not None:
            # An exception's text may quote the payload ("invalid literal … 'Lisa Andersson 070-…'").
            record.msg, record.args = "%s in %s", (record.exc_info[0].__name__, record.getMessage())
        record.exc_info = record.exc_text = record.stack_info = None
        return True


TYPE_ONLY = TypeOnly()


def quiet_library_errors():
    """Make the Socket.IO engine log failures by type and place only (its own printing quotes tracebacks)."""
    for name in ("socketio.server", "engineio.server", "socketio.client", "engineio.client"):
        logging.getLogger(name).addFilter(TYPE_ONLY)


def print_type_only(_context, kind, _value, _traceback):
    """Print a background task's failure by its type only (gevent's hub would print the task's arguments)."""
    log.error("%s in a background task", kind.__name__)


def answer_refusals(app):
    """Answer anything a handler did not: JSON with the right status for /api/, a friendly page otherwise."""
    @app.errorhandler(MeetingError)
    def refused(refusal):
        if refusal.code == "too_many_attempts":  # the letter's page behind too many wrong codes
            return answer(refusal, 429, {"Retry-After": refusal.values["retry_after"]})
        return answer(refusal, 400)

    @app.errorhandler(HTTPException)
    def http_error(error):
        if not request.path.startswith("/api/"):
            return error
        message = translate(_language(), "The request could not be handled: %(reason)s", reason=error.name)
        return jsonify(error={"code": f"http_{error.code}", "message": message}), error.code

    @app.errorhandler(Exception)
    def failed(failure):
        refusal = unexpected(failure, request.endpoint or "an unknown address")
        return answer(refusal, 503 if refusal.code == "not_saved" else 500)


def answer(refusal, status, headers=()):
    """Return a refusal as JSON for the API, or as a page a person can read."""
    message = translate(_language(), refusal.message, **refusal.values)
    if request.path.startswith("/api/"):
        return jsonify(error={"code": refusal.code, "message": message}), status, dict(headers)
    try:
        return render_template("error.html", message=message), status, dict(headers)
    except Exception:  # the page itself failed: plain words still reach the person
        return message, status, {**dict(headers), "Content-Type": "text/plain; charset=utf-8"}


def _language():
    """Return the request's language, Swedish if it failed before the language was picked."""
    return g.get("lang", "sv")
