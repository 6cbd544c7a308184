"""The parent letter as a file to download."""
from io import BytesIO

from flask import request, send_file

from ..letter.context import meeting_letter, render_docx
from .app import services

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def letter_download(meeting):
    """Answer with the meeting's letter as a .docx download."""
    context = meeting_letter(services().store, meeting, request.args.get("lang"), services().contacts)
    return send_file(BytesIO(render_docx(context)), mimetype=DOCX, as_attachment=True,
                     download_name=f"foraldrabrev-{context['date_iso']}.docx")
