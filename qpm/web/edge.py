"""The HTTP edge: JSON bodies are normalised before any handler reads them."""
from flask import Request, g, jsonify

from ..domain.errors import MeetingError
from ..domain.text import normalise_all
from ..i18n import translate


class EdgeRequest(Request):
    """A request whose JSON body has every string normalised (a lone surrogate refuses it: `bad_text`)."""

    def get_json(self, *args, **options):
        """Return the decoded JSON body, normalised; a refusal is a MeetingError the error handler answers."""
        return normalise_all(super().get_json(*args, **options))


def answer_refusals(app):
    """Answer a refusal raised at the edge (a body that cannot be normalised) with a clear JSON error."""
    @app.errorhandler(MeetingError)
    def refused(refusal):
        message = translate(g.lang, refusal.message, **refusal.values)
        return jsonify(error={"code": refusal.code, "message": message}), 400
