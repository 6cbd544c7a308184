"""How many phones are here and in which languages, counted across every server process (nothing per phone)."""
import threading
import uuid

from ..app import services, socketio
from ..edge import unexpected
from .callers import callers
from .events import Event, room

PROCESS = uuid.uuid4().hex  # names this server process's own presence rows, nothing else
TELL_EVERY = 1.0  # seconds: the host's count follows within a second, and a thousand arrivals cost one write
REFRESH = 30.0  # seconds between a process's reports while it holds phones; Presence.GONE_AFTER is three of them


def languages_here(meeting_id):
    """Count the languages of the phones this process holds in a meeting: {language: phones}."""
    counts = {}
    for caller in list(callers.values()):
        if caller.role == "parent" and caller.meeting_id == meeting_id:
            counts[caller.language] = counts.get(caller.language, 0) + 1
    return counts


class Headcount:
    """Collects the meetings whose phones came or went, and reports and tells them in one round a second."""

    def __init__(self, presence, start, sleep):
        self.presence, self.start, self.sleep = presence, start, sleep
        self.changed = set()
        self.lock = threading.Lock()  # gevent and eventlet make this cooperative
        self.running = False

    def note(self, meeting_id):
        """Note that a meeting's phones (or its host) came or went."""
        with self.lock:
            self.changed.add(meeting_id)
            starting, self.running = not self.running, True
        if starting:  # started on first use: a server nobody joins runs no loop
            self.start(self.run)

    def run(self):
        """Every second, report and tell what changed; every half minute, refresh all this process holds."""
        rounds = 0
        while True:
            self.sleep(TELL_EVERY)
            rounds += 1
            with self.lock:
                due, self.changed = self.changed, set()
            if rounds % int(REFRESH / TELL_EVERY) == 0:
                due |= {caller.meeting_id for caller in list(callers.values()) if caller.role == "parent"}
            try:
                for meeting_id in due:
                    self.presence.report(meeting_id, PROCESS, languages_here(meeting_id))
                    phones, _languages = self.presence.here(meeting_id)
                    socketio.emit(Event.PRESENCE, {"phones": phones}, to=room(meeting_id, "host"))
                if rounds % int(REFRESH / TELL_EVERY) == 0:
                    self.presence.forget_gone()
            except Exception as failure:  # noqa: BLE001 - a store that is down now is no reason to stop counting
                unexpected(failure, "counting phones")


def tell_presence(meeting_id):
    """Let the host hear, within a second, how many phones are connected to a meeting in all processes."""
    app = services()
    if getattr(app, "headcount", None) is None:
        app.headcount = Headcount(app.presence, socketio.start_background_task, socketio.sleep)
    app.headcount.note(meeting_id)


def languages_of_phones(meeting_id):
    """Return the languages of the phones connected to a meeting now, {language: phones}, in all processes."""
    presence = services().presence
    presence.report(meeting_id, PROCESS, languages_here(meeting_id))
    return presence.here(meeting_id)[1]
