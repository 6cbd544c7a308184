"""The phones' copies of their meeting (store/recent.py): this process's changes at once, another's within FRESH."""
from datetime import timedelta

from qpm.domain import meeting as domain
from qpm.store import recent
from qpm.store.recent import RecentMeetings
from qpm.store.store import Store
from qpm.web.rooms import open_room

REQUEST = {"kind": "qpm", "title": "Föräldramöte", "questions": ["Hur kan vi hjälpa våra barn att vila?"]}


class Clock:
    """A clock the test moves by hand."""

    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


def test_a_change_in_this_process_is_seen_at_once(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'qpm.sqlite3'}")
    meeting = open_room(store, REQUEST).meeting
    assert store.recent.meeting(meeting.id).phase == meeting.phase
    opened = domain.change_phase(meeting, "question")
    store.save_meeting(opened)
    assert store.recent.meeting(meeting.id).phase == "question"
    assert store.count_participants([(meeting.id, "a phone")]) == [True]
    assert store.recent.meeting(meeting.id).participants == 1


def test_another_process_change_is_seen_within_fresh_seconds(tmp_path):
    url = f"sqlite:///{tmp_path / 'qpm.sqlite3'}"
    here, elsewhere, clock = Store(url), Store(url), Clock()
    here.recent = RecentMeetings(here.meeting, clock)
    meeting = open_room(here, REQUEST).meeting
    assert here.recent.meeting(meeting.id).phase == meeting.phase
    elsewhere.save_meeting(domain.change_phase(meeting, "question"))
    assert here.recent.meeting(meeting.id).phase == meeting.phase  # the copy still serves
    clock.now += recent.FRESH
    assert here.recent.meeting(meeting.id).phase == "question"


def test_a_read_overtaken_by_a_change_is_not_kept():
    stored = {"m": "before"}
    copies = None

    def read(meeting_id):
        answer = stored[meeting_id]
        stored[meeting_id] = "after"
        copies.forget(meeting_id)  # a change lands while the read waits on the database
        return answer

    copies = RecentMeetings(read)
    assert copies.meeting("m") == "before"
    copies.read = stored.get
    assert copies.meeting("m") == "after"


def test_a_forgotten_meeting_is_gone_at_once(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'qpm.sqlite3'}")
    meeting = open_room(store, REQUEST).meeting
    closed = domain.change_phase(domain.change_phase(meeting, "question"), "closed")
    store.save_meeting(closed)
    assert store.recent.meeting(meeting.id) is not None
    assert store.forget_closed_before(closed.closed_at + timedelta(seconds=1)) == 1
    assert store.recent.meeting(meeting.id) is None
