"""The scaled deployment: two `qpm serve` processes on one PostgreSQL, fanning out through Redis.

A parent on one process and the projector on the other must see the same meeting live. CI provides
PostgreSQL (QPM_TEST_POSTGRES) and Redis (redis-server); on a developer's machine without them these
tests skip, in CI they fail.
"""
import os
import shutil
import subprocess
import time
import uuid

import pytest
import redis
from sqlalchemy import create_engine, text

from servers import Server, free_port, host_auth, screen_auth


def needed(what, present):
    """Skip on a developer's machine without a service; fail in CI, which must provide it."""
    if not present:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{what} is missing in CI")
        pytest.skip(f"{what} is not available here")


@pytest.fixture
def message_queue(tmp_path):
    """Start a throwaway Redis server on a free port and return its URL."""
    needed("redis-server", shutil.which("redis-server"))
    port = free_port()
    process = subprocess.Popen(["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                                "--appendonly", "no", "--dir", str(tmp_path)], stdout=subprocess.DEVNULL)
    url = f"redis://127.0.0.1:{port}/0"
    deadline = time.monotonic() + 10
    while True:
        try:
            redis.Redis.from_url(url).ping()
            break
        except redis.ConnectionError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)
    yield url
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture
def database():
    """Return the URL of a fresh PostgreSQL schema, dropped afterwards."""
    url = os.environ.get("QPM_TEST_POSTGRES")
    needed("PostgreSQL (QPM_TEST_POSTGRES)", url)
    schema = "scaled_" + uuid.uuid4().hex[:10]
    engine = create_engine(url)
    with engine.begin() as db:
        db.execute(text(f"CREATE SCHEMA {schema}"))
    yield url + ("&" if "?" in url else "?") + f"options=-csearch_path%3D{schema}"
    with engine.begin() as db:
        db.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    engine.dispose()


@pytest.fixture
def two_servers(tmp_path, database, message_queue):
    """Start two server processes that share the database, the message queue and the secret key."""
    started = []
    for name in ("a", "b"):
        instance = tmp_path / name
        instance.mkdir()
        env = {"QPM_SECRET_KEY": "shared-secret", "QPM_MESSAGE_QUEUE": message_queue, "QPM_DATABASE": database}
        started.append(Server(instance, env=env).start())
    yield started
    for server in started:
        server.stop()


def test_a_meeting_spans_two_processes(two_servers, peers):
    first, second = two_servers
    meeting = first.create_meeting()
    host = peers(second, host_auth(meeting))
    screen = peers(first, screen_auth(meeting))
    parent_first, parent_second = peers(first, {"code": meeting["code"]}), peers(second, {"code": meeting["code"]})
    for peer in (host, screen, parent_first, parent_second):
        assert peer.next("state")["meeting"]["id"] == meeting["id"]
    assert host.call("phase", {"phase": "question"}) == {"ok": True}
    assert screen.next("phase")["phase"] == "question" and parent_first.next("phase")["phase"] == "question"
    one = parent_second.call("contribute", {"text": "Läsa en saga innan vilan", "key": "k1"})
    two = parent_first.call("contribute", {"text": "Ett lugnt och mörkt rum", "key": "k2"})
    assert one["ok"] and two["ok"]
    seen = {screen.next("contribution")["text"], screen.next("contribution")["text"]}
    assert seen == {"Läsa en saga innan vilan", "Ett lugnt och mörkt rum"}
    assert {host.next("contribution")["id"], host.next("contribution")["id"]} == {one["id"], two["id"]}
    assert host.call("moderate", {"id": one["id"], "action": "hide"}) == {"ok": True}
    assert screen.next("contribution_removed") == {"id": one["id"]}
    for server in two_servers:
        assert len(server.meeting_state(meeting)["contributions"]) == 2
