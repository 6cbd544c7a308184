"""When the store cannot save: the host hears it at once, and hears again when a write goes through."""
import threading

from ..app import services, socketio
from ..edge import unexpected
from .broadcast import tell_saving

TRY_EVERY = 2.0  # seconds between test writes while a store refuses


class SavingWatch:
    """The meetings whose hosts heard that nothing can be saved; one task tries a write until one goes through.

    The process that told a host is the one that tells it the store works again (through the message queue
    when there are several), so no process needs to know what another one saw.
    """

    def __init__(self, writable, tell, start, sleep, interval=TRY_EVERY):
        self.writable, self.tell, self.start, self.sleep, self.interval = writable, tell, start, sleep, interval
        self.failing = set()  # meeting ids whose hosts were told, in this process
        self.lock = threading.Lock()  # gevent and eventlet make this cooperative
        self.trying = False

    def failed(self, meeting_id):
        """Tell a meeting's hosts that the store cannot save (once until it can), and try until it can."""
        with self.lock:
            new, starting = meeting_id not in self.failing, not self.trying
            self.failing.add(meeting_id)
            self.trying = True
        if new:
            self.tell(meeting_id, False)
        if starting:
            self.start(self.run)

    def run(self):
        """Try a write every `interval` seconds; when one goes through, tell every host that heard, then stop."""
        while True:
            self.sleep(self.interval)
            try:
                if self.writable() and not self.all_told():
                    return
            except Exception as failure:  # noqa: BLE001 - the task goes on: hosts were promised a word
                unexpected(failure, "trying the store")

    def all_told(self):
        """Tell every host that heard that the store saves again; return whether there was anyone to tell."""
        with self.lock:
            told, self.failing = self.failing, set()
            self.trying = bool(told)  # one more round after telling: a failure meanwhile is told and tried again
        for meeting_id in told:
            self.tell(meeting_id, True)
        return bool(told)


def watch():
    """Return this app's watch, made on first use (most servers never need one)."""
    found = services()
    if getattr(found, "saving", None) is None:
        found.saving = SavingWatch(found.store.writable, tell_saving, socketio.start_background_task, socketio.sleep)
    return found.saving


def not_saved(meeting_id):
    """Tell a meeting's hosts that a write failed; never raise, the person who wrote must still get an answer."""
    try:
        watch().failed(meeting_id)
    except Exception as failure:  # noqa: BLE001 - e.g. the message queue is down as well
        unexpected(failure, "telling the host")


def saving_now(meeting_id):
    """Return whether the store takes a write now, for a host's state; a store that does not is watched."""
    writable = services().store.writable()
    if not writable:
        not_saved(meeting_id)
    return {"writable": writable}
