"""The scaled deployment for the tests: PostgreSQL, a throwaway Redis, two `qpm serve` processes, nginx in front.

A pytest plugin: a test module that needs these fixtures says `pytest_plugins = ("deployment",)`. CI provides
PostgreSQL (QPM_TEST_POSTGRES), redis-server and nginx; on a developer's machine without them the tests
skip, in CI they fail.
"""
import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
import redis
from servers import Server, free_port
from sqlalchemy import create_engine, text

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from nginx import Nginx  # bench/nginx.py: the same front the benchmark uses

SHARED_SECRET = "shared-secret"


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


def start_two(tmp_path, database, message_queue, env=None):
    """Start two server processes that share the database, the message queue and the secret key."""
    started = []
    for name in ("a", "b"):
        instance = tmp_path / name
        instance.mkdir()
        shared = {"QPM_SECRET_KEY": SHARED_SECRET, "QPM_MESSAGE_QUEUE": message_queue, "QPM_DATABASE": database}
        started.append(Server(instance, env={**shared, **(env or {})}).start())
    return started


@pytest.fixture
def two_servers(tmp_path, database, message_queue):
    """Give a test two server processes on one database and one message queue, reached directly."""
    started = start_two(tmp_path, database, message_queue)
    yield started
    for server in started:
        server.stop()


class Proxied:
    """Two `qpm serve` processes (QPM_PROXIES=1) behind one nginx with ip_hash: what phones reach is `url`."""

    # The same HTTP calls as on one server (they only use `url`), made through nginx.
    create_meeting, meeting_state = Server.create_meeting, Server.meeting_state

    def __init__(self, servers, nginx):
        self.servers, self.nginx, self.url = servers, nginx, nginx.url

    def server_of(self, address):
        """Return the process nginx sends a client address to."""
        backend = self.nginx.backend_of(address)
        return next(server for server in self.servers if server.url.endswith("//" + backend))


@pytest.fixture
def behind_nginx(tmp_path, database, message_queue):
    """Start two processes that trust one proxy, and nginx in front of them as the README configures it."""
    needed("nginx", Nginx.available())
    servers = start_two(tmp_path, database, message_queue, {"QPM_PROXIES": "1"})
    nginx = Nginx(tmp_path / "nginx", [server.url for server in servers])
    try:
        yield Proxied(servers, nginx.start())
    finally:
        nginx.stop()
        for server in servers:
            server.stop()
