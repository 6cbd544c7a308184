"""The store, on a real SQLite file and, where QPM_TEST_POSTGRES names one, a real PostgreSQL."""
import os
import uuid
from datetime import datetime, timezone
from dataclasses import replace

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from qpm.domain import contribution as contributions
from qpm.domain import meeting as domain
from qpm.web.rooms import open_room
from qpm.store.store import Store

DATABASES = ["sqlite"] + (["postgresql"] if os.environ.get("QPM_TEST_POSTGRES") else [])
REQUEST = {"kind": "qpm", "title": "Föräldramöte", "questions": ["Hur kan vi hjälpa våra barn att vila?"]}


@pytest.fixture(params=DATABASES)
def store(request, tmp_path):
    """Return a store on a fresh database of each kind."""
    if request.param == "sqlite":
        yield Store(f"sqlite:///{tmp_path / 'qpm.sqlite3'}")
        return
    # Each test gets its own schema so PostgreSQL runs stay apart.
    schema = "t" + uuid.uuid4().hex[:12]
    url = os.environ["QPM_TEST_POSTGRES"]
    setup = Store(url)
    with setup.engine.begin() as db:
        db.execute(text(f"CREATE SCHEMA {schema}"))
    yield Store(url + ("&" if "?" in url else "?") + f"options=-csearch_path%3D{schema}")
    with setup.engine.begin() as db:
        db.execute(text(f"DROP SCHEMA {schema} CASCADE"))


def opened(store, **fields):
    room = open_room(store, dict(REQUEST, **fields))
    meeting = domain.change_phase(room.meeting, "question")
    store.save_meeting(meeting)
    return room, meeting


def test_a_meeting_comes_back_as_stored(store):
    room, meeting = opened(store, info=["Lucia"], unit="Humlan")
    assert store.meeting(meeting.id) == meeting
    # Read on the driver: every kind of column must come back as SQLAlchemy would give it.
    meeting = replace(meeting, premoderation=True, wall_on_phones=True, revealed=False, timer_left=42.5,
                      timer_ends_at=datetime(2026, 12, 2, 18, 45, 30, 123456, tzinfo=timezone.utc),
                      notes={"question": "Börja med en runda"})
    store.save_meeting(meeting)
    assert store.meeting(meeting.id) == meeting and store.meeting_by_code(meeting.code) == meeting
    assert store.meeting(meeting.id).premoderation is True  # 1 == True, but JSON tells them apart
    assert store.meeting_by_code(meeting.code) == meeting
    assert store.meeting("nope") is None and store.meeting(None) is None and store.meeting_by_code(5) is None


def test_host_tokens_are_stored_hashed(store):
    room, meeting = opened(store)
    with store.engine.connect() as db:
        row = db.execute(text("SELECT * FROM meetings")).mappings().one()
    assert room.host_token not in row.values()
    assert store.host_may_enter(meeting.id, room.host_token)
    assert not store.host_may_enter(meeting.id, room.host_token + "x")
    assert not store.host_may_enter(meeting.id, room.screen_token)
    assert not store.host_may_enter(meeting.id, None)
    assert store.screen_may_enter(meeting.id, room.screen_token)
    assert not store.screen_may_enter(meeting.id, room.host_token)


def test_the_same_key_stores_once(store):
    _room, meeting = opened(store)
    first, new = store.add_contribution(contributions.contribute(meeting, "Saga", "key-1", limit=500))
    again, new_again = store.add_contribution(contributions.contribute(meeting, "Saga", "key-1", limit=500))
    assert new and not new_again and first.id == again.id
    assert [c.text for c in store.contributions(meeting.id)] == ["Saga"]


def test_a_group_commit_stores_each_as_it_was_written(store):
    _room, meeting = opened(store)
    drafts = [contributions.contribute(meeting, f"Idé {n} – vi läser", f"group-{n}", limit=500) for n in range(3)]
    again = contributions.contribute(meeting, "Idé 0 – vi läser", "group-0", limit=500)  # a resend in the batch
    results = store.add_contributions(drafts + [again])
    assert [is_new for _stored, is_new in results] == [True, True, True, False]
    assert results[3][0].id == results[0][0].id
    assert store.contributions(meeting.id) == [stored for stored, _new in results[:3]]  # times, flags, all


def test_a_group_commit_that_fails_leaves_nothing_half_done(store):
    _room, meeting = opened(store)
    good = contributions.contribute(meeting, "Vi sjunger", "good", limit=500)
    lost = replace(contributions.contribute(meeting, "Ingen sådan träff", "lost", limit=500), meeting_id="nope")
    with pytest.raises(IntegrityError):  # the unknown meeting's own error, one by one after the good one
        store.add_contributions([good, lost])
    assert [c.key for c in store.contributions(meeting.id)] == ["good"]
    later, new = store.add_contributions([contributions.contribute(meeting, "Vi ritar", "later", limit=500)])[0]
    assert new and [c.key for c in store.contributions(meeting.id)] == ["good", "later"]


def test_phones_are_counted_once_each_in_one_transaction(store):
    _room, one = opened(store)
    _room, other = opened(store)
    assert store.count_participants([(one.id, "a"), (one.id, "b"), (one.id, "a"), (other.id, "a")]) == \
        [True, True, False, True]  # the same phone twice in one batch counts once; per meeting
    assert store.count_participants([(one.id, "b"), (one.id, "c"), ("no such meeting", "d")]) == [False, True, False]
    assert (store.meeting(one.id).participants, store.meeting(other.id).participants) == (3, 1)
    assert store.phone_counted(one.id, "c") and not store.phone_counted(other.id, "b")


def test_keys_are_per_meeting(store):
    _room, one = opened(store)
    _room, other = opened(store)
    store.add_contribution(contributions.contribute(one, "A", "same", limit=500))
    store.add_contribution(contributions.contribute(other, "B", "same", limit=500))
    assert len(store.contributions(one.id)) == len(store.contributions(other.id)) == 1


def test_moderation_is_saved_and_counted(store):
    _room, meeting = opened(store)
    stored = [store.add_contribution(contributions.contribute(meeting, f"Idé {n}", f"k{n}", limit=500))[0]
              for n in range(3)]
    store.save_contribution(contributions.moderate(stored[0], "hide"))
    store.save_contribution(contributions.moderate(stored[1], "star"))
    assert len(store.contributions(meeting.id, ("visible",), question_index=0)) == 2
    assert [c.text for c in store.contributions(meeting.id, ("hidden",))] == ["Idé 0"]
    assert store.contribution(meeting.id, stored[1].id).starred
    assert store.contribution(meeting.id, "1") is None and store.contribution("other", stored[1].id) is None


def test_nothing_identifying_is_stored(store):
    columns = {c["name"] for table in ("meetings", "contributions")
               for c in inspect(store.engine).get_columns(table)}
    assert not {"ip", "address", "user_agent", "name", "phone", "sid"} & columns


def test_join_codes_are_unique(store):
    room, _meeting = opened(store)
    taken = replace(room.meeting, id="another")
    with pytest.raises(Exception):
        store.add_meeting(taken, "t", "s")


def test_sqlite_runs_in_wal_mode(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'wal.sqlite3'}")
    with store.engine.connect() as db:
        assert db.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_closed_meetings_are_forgotten_after_the_retention_period(store):
    from datetime import timedelta

    _room, old = opened(store)
    _room, running = opened(store)
    stored = store.add_contribution(contributions.contribute(old, "Saga", "k", limit=500))[0]
    store.agree(stored, "a")
    closed = domain.change_phase(old, "closed")
    store.save_meeting(closed)
    assert store.forget_closed_before(closed.closed_at - timedelta(days=1)) == 0
    assert store.forget_closed_before(closed.closed_at + timedelta(seconds=1)) == 1
    assert store.meeting(old.id) is None and store.contributions(old.id) == []
    assert store.meeting(running.id) is not None
