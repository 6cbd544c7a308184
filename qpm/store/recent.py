"""Recent copies of meetings for the phones' events: a room of 1,000 phones sends hundreds a second, and
each event needs its meeting (is the question open? which one?) but never the newest participant count."""
import time

# Seconds a copy serves. A change made in this process replaces it at once; one made in another process
# (the scaled set-up) is seen within this, about the time its news takes to reach the phones anyway.
FRESH = 0.5
MOST = 10_000  # copies kept: far more meetings than one process holds at once


class RecentMeetings:
    """Meetings as read within the last FRESH seconds, forgotten whenever this process changes one."""

    def __init__(self, read, clock=time.monotonic):
        self.read, self.clock = read, clock
        self.copies = {}  # meeting id → (meeting, read at)
        self.changes = 0  # changes so far: a read that a change overtook is not kept

    def meeting(self, meeting_id):
        """Return the meeting (a copy at most FRESH seconds old), or None."""
        copy = self.copies.get(meeting_id)
        moment = self.clock()
        if copy is not None and moment - copy[1] < FRESH:
            return copy[0]
        changes = self.changes
        meeting = self.read(meeting_id)
        if meeting is None or changes != self.changes:  # a change came while the read waited on the database
            self.copies.pop(meeting_id, None)
            return meeting
        if len(self.copies) >= MOST:
            self.copies.clear()
        self.copies[meeting_id] = (meeting, moment)
        return meeting

    def forget(self, meeting_id=None):
        """Forget a changed meeting's copy (every copy without an id), before the change is seen elsewhere."""
        self.changes += 1
        if meeting_id is None:
            self.copies.clear()
        else:
            self.copies.pop(meeting_id, None)
