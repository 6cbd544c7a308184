"""A real `qpm serve` for the tests: a subprocess on its own instance folder, and socket clients for it."""
import os
import queue
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
import requests
import socketio
import websocket

QPM = Path(sys.executable).parent / "qpm"
QUESTION = "Hur kan vi hjälpa våra barn att komma till ro vid vilan?"
WAIT = 10  # seconds for any one event; a healthy local server answers in milliseconds
STARTUP = 20

# A refused connect makes the client close its websocket and wait for the server's close frame; with no timeout a
# lost frame hangs the whole run (seen once in test_fuzz). Pings come every few seconds, so a minute never cuts a live one.
websocket.setdefaulttimeout(60)


def free_port():
    """Return a TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """One `qpm serve` subprocess on its own instance folder, which survives restarts."""

    def __init__(self, instance, mode="gevent", env=None):
        self.mode = mode
        self.instance = instance
        # Nothing from the caller's QPM_* settings (a staff password, a database elsewhere) leaks in: the
        # SQLite file in the instance folder is what a restart must find.
        inherited = {name: value for name, value in os.environ.items() if not name.startswith("QPM_")}
        self.env = dict(inherited, QPM_INSTANCE=str(instance), QPM_ASYNC_MODE=mode, **(env or {}))
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = None
        self.starts = 0

    def start(self):
        """Start the server and wait until /healthz says it is ready."""
        self.starts += 1
        self.log = self.instance / f"server-{self.starts}.log"
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                [str(QPM), "serve", "--host", "127.0.0.1", "--port", str(self.port)],
                env=self.env, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + STARTUP
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail(f"qpm serve ({self.mode}) exited with {self.process.returncode}:\n{self.output()}")
            try:
                if requests.get(self.url + "/healthz", timeout=1).json() == {"ok": True}:
                    return self
            except (requests.ConnectionError, requests.Timeout, ValueError):
                pass
            time.sleep(0.1)
        self.stop()
        pytest.fail(f"qpm serve ({self.mode}) was not ready within {STARTUP} s:\n{self.output()}")

    def kill(self):
        """Kill the server with SIGKILL: no shutdown code runs."""
        self.process.kill()
        self.process.wait(timeout=STARTUP)

    def stop(self):
        """Stop the server politely, and firmly if it does not listen."""
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.kill()

    def output(self):
        """Return what the server printed."""
        return self.log.read_text(errors="replace")

    def is_healthy(self):
        """Return whether the server still answers and its process is alive."""
        return self.process.poll() is None and requests.get(self.url + "/healthz", timeout=WAIT).json() == {"ok": True}

    def create_meeting(self, **fields):
        """Create a QPM meeting over HTTP and return the answer, with the screen token picked out."""
        body = {"kind": "qpm", "title": "Föräldramöte på Solrosen", "unit": "Solrosen, Humlan",
                "info": ["Lucia firar vi den 13 december kl. 8.30.", "Kom ihåg extrakläder."],
                "questions": [QUESTION], **fields}
        answer = requests.post(self.url + "/api/meetings", json=body, timeout=WAIT)
        assert answer.status_code == 201, answer.text
        created = answer.json()
        created["screen_token"] = parse_qs(urlparse(created["screen_url"]).query)["t"][0]
        return created

    def stored(self, meeting):
        """Return what a message could change in a meeting: its contributions, phase and open question."""
        state = self.meeting_state(meeting)
        return state["contributions"], state["meeting"]["phase"], state["meeting"]["question_index"]

    def meeting_state(self, meeting):
        """Return the host's full state of a meeting over HTTP."""
        answer = requests.get(f"{self.url}/api/meetings/{meeting['id']}", timeout=WAIT,
                              headers={"Authorization": f"Bearer {meeting['host_token']}"})
        assert answer.status_code == 200, answer.text
        return answer.json()


class Peer:
    """A socket client that queues every event it receives, so tests wait on events instead of sleeping."""

    EVENTS = ("state", "contribution", "contribution_removed", "phase", "wall", "wish", "error", "saving", "presence")

    def __init__(self):
        self.client = socketio.Client(reconnection=False)
        self.inbox = {name: queue.Queue() for name in self.EVENTS}
        self.refusals = queue.Queue()
        for name in self.EVENTS:
            self.client.on(name, self.inbox[name].put)
        self.client.on("connect_error", self.refusals.put)
        self.on_drop = lambda: None
        self.client.on("disconnect", lambda *reason: self.on_drop())

    def connect(self, server, auth, transport=None, headers=None):
        """Connect (by default polling, then upgrading, as browsers do); raise ConnectionError when refused."""
        self.client.connect(server.url, auth=auth, transports=[transport] if transport else None,
                            headers=headers or {}, wait_timeout=WAIT)
        return self

    def next(self, event):
        """Return the next payload of an event, waiting for it."""
        try:
            return self.inbox[event].get(timeout=WAIT)
        except queue.Empty:
            raise AssertionError(f"no {event!r} event within {WAIT} s") from None

    def received(self, event):
        """Return the payloads of an event received so far, without waiting."""
        payloads = []
        while not self.inbox[event].empty():
            payloads.append(self.inbox[event].get_nowait())
        return payloads

    def call(self, event, data=None):
        """Send an event and return its acknowledgement."""
        return self.client.call(event, data, timeout=WAIT)

    def call_or_drop(self, event, data):
        """Send an event; return its acknowledgement, or None when the server drops the connection instead."""
        outcome = queue.Queue()
        self.on_drop = lambda: outcome.put(None)
        self.client.emit(event, data, callback=lambda answer=None: outcome.put(answer))
        return outcome.get(timeout=WAIT)

    def close(self):
        """Disconnect if still connected."""
        if self.client.connected:
            self.client.disconnect()


class Peers:
    """Connects clients and remembers them, to disconnect them all at the end."""

    def __init__(self):
        self.made = []

    def __call__(self, server, auth, transport=None):
        """Return a new client connected with the given auth."""
        self.made.append(Peer())
        return self.made[-1].connect(server, auth, transport)

    def close(self):
        """Disconnect every client made."""
        for peer in self.made:
            peer.close()


def host_auth(meeting):
    """Return the host's Socket.IO auth for a meeting."""
    return {"meeting": meeting["id"], "token": meeting["host_token"]}


def screen_auth(meeting):
    """Return the projector's Socket.IO auth for a meeting."""
    return {"meeting": meeting["id"], "screen_token": meeting["screen_token"]}


def parent_auth(meeting):
    """Return a phone's Socket.IO auth for a meeting."""
    return {"code": meeting["code"]}
