"""What a contribution costs the store: on PostgreSQL one round trip per call (no BEGIN, COMMIT or ping), a
batch of any size stored with each key once, the tables made once by processes started together, and psycopg
waiting without stopping the other green threads (a wait that blocks the process serialises every phone).
"""
import os
import subprocess
import sys
import threading
import uuid
from contextlib import contextmanager

import psycopg.waiting
import pytest
from sqlalchemy import create_engine, inspect, text
from test_store import opened, store  # noqa: F401  (the same SQLite and PostgreSQL stores)

from qpm.domain import contribution as contributions
from qpm.store.batch import ROWS_AT_ONCE
from qpm.store.store import Store


@contextmanager
def schema_of_its_own():
    """Give a PostgreSQL URL whose tables live in a fresh schema, dropped afterwards (fails in CI without one)."""
    url = os.environ.get("QPM_TEST_POSTGRES")
    if not url:
        if os.environ.get("CI") == "true":
            pytest.fail("PostgreSQL (QPM_TEST_POSTGRES) is missing in CI")
        pytest.skip("PostgreSQL (QPM_TEST_POSTGRES) is not available here")
    schema, admin = "trips_" + uuid.uuid4().hex[:10], create_engine(url)
    with admin.begin() as db:
        db.execute(text(f"CREATE SCHEMA {schema}"))
    try:
        yield url + ("&" if "?" in url else "?") + f"options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as db:
            db.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


@pytest.fixture
def round_trips(monkeypatch):
    """Count the times psycopg waits on its socket: one per round trip for these small statements."""
    waits = []
    wait = psycopg.waiting.wait

    def counting(generator, fileno, *args, **options):
        def counted():
            try:
                ready = None
                state = generator.send(None)
                while True:
                    waits.append(state)
                    ready = yield state
                    state = generator.send(ready)
            except StopIteration as done:
                return done.value
        return wait(counted(), fileno, *args, **options)
    monkeypatch.setattr(psycopg.waiting, "wait", counting)
    return waits


def test_each_store_call_of_a_contribution_is_one_round_trip_on_postgresql(round_trips):
    with schema_of_its_own() as url:
        store = Store(url)
        _room, meeting = opened(store)
        drafts = [contributions.contribute(meeting, f"Idé {n}", f"key-{n}", limit=500) for n in range(20)]
        calls = {"the meeting": lambda: store.meeting(meeting.id),
                 "a key not stored yet": lambda: store.contribution_by_key(meeting.id, "unused"),
                 "a rate-limit take": lambda: store.counters.take("bucket", 1000, 1.0),
                 "a batch of 20 new": lambda: store.add_contributions(drafts)}
        for name, call in calls.items():
            call()  # a fresh connection, then a warm one: the second is what a phone's event costs
            round_trips.clear()
            call()
            assert len(round_trips) == (1 if name != "a batch of 20 new" else 2), name  # stored once: 1 + 1
        round_trips.clear()
        assert all(not is_new for _stored, is_new in store.add_contributions(drafts[:5]))
        assert len(round_trips) == 2  # the INSERT that skips them, the SELECT that finds them


def test_more_than_a_thousand_at_once_store_each_key_once(store):  # noqa: F811
    _room, meeting = opened(store)
    before, _new = store.add_contribution(contributions.contribute(meeting, "Redan sparad", "stored", limit=500))
    drafts = [contributions.contribute(meeting, f"Idé {n}", f"key-{n}", limit=500) for n in range(ROWS_AT_ONCE + 5)]
    drafts += [drafts[3], contributions.contribute(meeting, "Redan sparad", "stored", limit=500)]
    results = store.add_contributions(drafts)
    assert [is_new for _stored, is_new in results] == [True] * (ROWS_AT_ONCE + 5) + [False, False]
    assert results[-2][0].id == results[3][0].id and results[-1][0].id == before.id
    assert len({stored.id for stored, _new in results}) == ROWS_AT_ONCE + 6
    assert len(store.contributions(meeting.id)) == ROWS_AT_ONCE + 6


def test_processes_started_together_make_the_tables_once():
    with schema_of_its_own() as url:
        failures = []

        def start():
            try:
                Store(url)
            except Exception as failure:  # noqa: BLE001 — the test looks at it
                failures.append(failure)
        starting = [threading.Thread(target=start) for _ in range(4)]
        for thread in starting:
            thread.start()
        for thread in starting:
            thread.join(60)
        assert failures == []
        assert {"meetings", "contributions", "counters"} <= set(inspect(create_engine(url)).get_table_names())


COOPERATIVE = """
import sys
if sys.argv[1] == "gevent":
    from gevent import monkey; monkey.patch_all()
else:
    import eventlet; eventlet.monkey_patch()
from qpm.store.database import open_engine
open_engine("postgresql://qpm@127.0.0.1:1/none")  # no connection is made
import psycopg.waiting
print(psycopg.waiting.wait.__name__)
"""


@pytest.mark.parametrize("mode", ["gevent", "eventlet"])
def test_psycopg_waits_through_the_patched_select(mode):
    waits = subprocess.run([sys.executable, "-W", "ignore", "-c", COOPERATIVE, mode], capture_output=True,
                           text=True, timeout=60, check=True).stdout.strip()
    assert waits != "wait_c"  # libpq's wait in C never lets another green thread run
