"""The parent letter as a file to download."""
from io import BytesIO

from flask import Response, request, send_file

from ..letter.context import meeting_letter, plain_text, render_docx
from .app import services

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def letter_download(meeting, language=None):
    """Answer with the meeting's letter as a .docx download (in ?lang=, one of the twelve, else the meeting's)."""
    context = meeting_letter(services().store, meeting, language or request.args.get("lang"), services().contacts)
    return send_file(BytesIO(render_docx(context)), mimetype=DOCX, as_attachment=True,
                     download_name=f"foraldrabrev-{context['date_iso']}{suffix(context)}.docx")


def letter_as_text(meeting, language):
    """Answer with the meeting's letter as a plain-text download."""
    context = meeting_letter(services().store, meeting, language, services().contacts)
    name = f"foraldrabrev-{context['date_iso']}{suffix(context)}.txt"
    return Response(plain_text(context), mimetype="text/plain",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


def suffix(context):
    """Return the file name's language part: none for Swedish, "-ar" for Arabic."""
    return "" if context["language"] == "sv" else f"-{context['language']}"
