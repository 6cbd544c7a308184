"""The ideas wall on the phones, sent in batches: a few messages a second per meeting, not one per idea."""
import threading


class PhoneWall:
    """Collects changes to the walls that phones show and hands them on in batches."""

    def __init__(self, send, interval, start):
        self.send = send  # send(meeting_id, {"changed": [...], "removed": [...]})
        self.interval = interval
        self.start = start  # start(run): runs the flushing loop in the background
        self.pending = {}
        self.lock = threading.Lock()  # gevent and eventlet make this cooperative
        self.running = False

    def changed(self, meeting_id, card_id, card=None):
        """Note a changed card (or, with no card, one that left the wall) for the next batch."""
        with self.lock:
            self.pending.setdefault(meeting_id, {})[card_id] = card
            starting, self.running = not self.running, True
        if starting:
            # Started on first use: a server whose phones never show the wall runs no loop.
            self.start(self.run)

    def flush(self):
        """Send what changed since the last batch, one message per meeting."""
        with self.lock:
            batches, self.pending = self.pending, {}
        for meeting_id, cards in batches.items():
            self.send(meeting_id, {"changed": [card for card in cards.values() if card is not None],
                                   "removed": [card_id for card_id, card in cards.items() if card is None]})

    def run(self, sleep):
        """Flush every `interval` seconds, for as long as the server runs."""
        while True:
            sleep(self.interval)
            self.flush()
