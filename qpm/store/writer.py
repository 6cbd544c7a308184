"""The commit writer: one task commits every contribution waiting in one transaction, then wakes each handler."""


class Waiting:
    """One handler's contribution, the event it sleeps on, and what the commit gave it."""

    def __init__(self, contribution, event):
        self.contribution, self.event, self.result, self.failure = contribution, event, None, None


class CommitWriter:
    """Group commit: handlers hand over validated contributions and are woken only after their commit."""

    def __init__(self, commit_all, start, make_event):
        # commit_all(list of contributions) → list of (stored, is_new) in the same order, in one transaction.
        self.commit_all, self.start, self.make_event = commit_all, start, make_event
        self.waiting, self.wake, self.running = [], None, False

    def add(self, contribution):
        """Return (stored, is_new) once the contribution is committed; raise the store's error when it was not."""
        if not self.running:
            self.running, self.wake = True, self.make_event()
            self.start(self._run)
        waiting = Waiting(contribution, self.make_event())
        self.waiting.append(waiting)
        self.wake.set()
        waiting.event.wait()
        if waiting.failure is not None:
            raise waiting.failure
        return waiting.result

    def _run(self):
        while True:
            self.wake.wait()
            self.wake.clear()
            batch, self.waiting = self.waiting, []
            if batch:
                self._commit(batch)

    def _commit(self, batch):
        try:
            results = self.commit_all([waiting.contribution for waiting in batch])
        except Exception as failure:  # every waiting handler hears it, as if it had written alone
            for waiting in batch:
                waiting.failure = failure
        else:
            for waiting, result in zip(batch, results):
                waiting.result = result
        for waiting in batch:
            waiting.event.set()
