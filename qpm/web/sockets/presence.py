"""How many phones are here and in which languages, counted across every server process (nothing per phone)."""
import uuid

from ..app import services, socketio
from ..edge import unexpected
from .callers import callers
from .events import Event, room

PROCESS = uuid.uuid4().hex  # names this server process's own presence rows, nothing else
REFRESH = 30.0  # seconds between a process's reports while it holds phones; Presence.GONE_AFTER is three of them


def languages_here(meeting_id):
    """Count the languages of the phones this process holds in a meeting: {language: phones}."""
    counts = {}
    for caller in list(callers.values()):
        if caller.role == "parent" and caller.meeting_id == meeting_id:
            counts[caller.language] = counts.get(caller.language, 0) + 1
    return counts


def tell_presence(meeting_id):
    """Report this process's phones in a meeting, then tell the host how many are connected in all."""
    app = services()
    app.presence.report(meeting_id, PROCESS, languages_here(meeting_id))
    if not getattr(app, "presence_refreshing", False):  # started on first use, once per app
        app.presence_refreshing = True
        socketio.start_background_task(refresh, app.presence, socketio.sleep)
    phones, _languages = app.presence.here(meeting_id)
    socketio.emit(Event.PRESENCE, {"phones": phones}, to=room(meeting_id, "host"))


def refresh(presence, sleep):
    """Keep this process's rows fresh while it holds phones, and drop the rows of processes that are gone."""
    while True:
        sleep(REFRESH)
        try:
            for meeting_id in {c.meeting_id for c in list(callers.values()) if c.role == "parent"}:
                presence.report(meeting_id, PROCESS, languages_here(meeting_id))
            presence.forget_gone()
        except Exception as failure:  # a store that is down now is no reason to stop counting later
            unexpected(failure, "presence")
