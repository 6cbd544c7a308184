"""Fuzzing from the contract: Hypothesis makes payloads for every client→server event of every role, every
HTTP endpoint and the connect auth, and sends them to a real server. Fails on a traceback in the server's
log, an event without an ack, a 5xx or a server_error, or a refused message that changed stored data."""
import json
import queue
import sqlite3
import uuid

import pytest
import requests
from hypothesis import HealthCheck, Phase, given, settings, strategies as st

from servers import WAIT, Peer, Server, host_auth, parent_auth, screen_auth

EVENTS = {"parent": ["contribute", "withdraw", "agree", "suggest"],
          "host": ["moderate", "group", "suggest_groups", "phase", "settings", "timer", "note"],
          "screen": ["contribute", "moderate"]}
FIELDS = ["text", "key", "id", "ids", "into", "action", "group", "name", "phase", "question", "seconds",
          "premoderation", "wall_on_phones", "reveal_mode", "revealed", "keys", "lang"]
WORDS = ["approve", "hide", "restore", "star", "unstar", "edit", "group", "merge", "lobby", "info", "question",
         "summary", "closed", "start", "pause", "resume", "add_minute", "end", "Läsa en saga"]
TEXT = st.one_of(st.text(st.characters(min_codepoint=0, max_codepoint=0x10FFFF), max_size=40),
                 st.sampled_from(WORDS), st.just("a" + "\u0301" * 800), st.just("x" * 600))
SCALAR = st.one_of(st.none(), st.booleans(), st.integers(-2**70, 2**70), st.floats(allow_nan=False, allow_infinity=False), TEXT)
VALUE = st.recursive(SCALAR, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=3),
                     max_leaves=8)
# Under the transport's 16 KB cap (QPM_MAX_MESSAGE_BYTES): a bigger message drops the connection by design.
PAYLOAD = st.one_of(st.dictionaries(st.sampled_from(FIELDS), VALUE, max_size=5), VALUE).filter(
    lambda payload: len(json.dumps(payload)) < 14_000)
MESSAGE = st.tuples(st.sampled_from(sorted(EVENTS)), st.integers(0, 99), PAYLOAD)
BATCH = 100
EXAMPLES = 100  # × BATCH socket payloads, plus the HTTP requests and the connections below
COUNTS = {"socket": 0, "http": 0, "connect": 0}
SILENT = []  # connects under the message cap that got neither a refusal nor a state
MESSAGE_CAP = 16 * 1024  # QPM_MAX_MESSAGE_BYTES
ENV = {"QPM_CONTRIBUTION_BURST": "100000", "QPM_CONTRIBUTION_INTERVAL": "0.0001", "QPM_BAD_CODE_LIMIT": "1000000",
       "QPM_MEETINGS_PER_ADDRESS": "1000000", "QPM_MEETING_CONTRIBUTIONS_PER_MINUTE": "100000000"}


@pytest.fixture(scope="module")
def room(tmp_path_factory):
    server = Server(tmp_path_factory.mktemp("fuzz"), env=ENV).start()
    meeting = server.create_meeting()
    peers = {"host": Peer().connect(server, host_auth(meeting), "websocket"),
             "screen": Peer().connect(server, screen_auth(meeting), "websocket"),
             "parent": Peer().connect(server, parent_auth(meeting), "websocket")}
    peers["host"].call("phase", {"phase": "question"})
    peers["host"].call("settings", {"wall_on_phones": True})
    yield server, meeting, peers
    for peer in peers.values():
        peer.close()
    server.stop()
    output = server.output()
    assert "Traceback" not in output and "server_error" not in output, output[-3000:]


def snapshot(server):
    """Return every stored row but the rate-limit counters and the participant count."""
    with sqlite3.connect(f"file:{server.instance / 'qpm.sqlite3'}?mode=ro", uri=True) as db:
        rows = {table: sorted(map(repr, db.execute(f"SELECT * FROM {table}")))
                for table in ("contributions", "agreements", "wishes")}
        rows["meetings"] = sorted(map(repr, db.execute("SELECT * FROM meetings")))
    return rows


@settings(max_examples=EXAMPLES, derandomize=True, deadline=None, database=None,
          phases=(Phase.explicit, Phase.generate),
          suppress_health_check=list(HealthCheck))
@given(st.lists(MESSAGE, min_size=BATCH, max_size=BATCH))
def test_every_socket_payload_gets_an_answer_and_a_refusal_changes_nothing(room, messages):
    server, _meeting, peers = room
    before = snapshot(server)
    for role, pick, payload in messages:
        event = EVENTS[role][pick % len(EVENTS[role])]
        try:
            answer = peers[role].call(event, payload)
        except Exception as failure:
            size = len(json.dumps(payload))
            raise AssertionError(f"no ack for {role} {event} ({size} bytes): {payload!r:.400}") from failure
        COUNTS["socket"] += 1
        assert isinstance(answer, dict) and isinstance(answer.get("ok"), bool), (event, answer)
        if not answer["ok"]:
            assert answer["error"]["code"] not in ("server_error", "not_saved"), (event, payload, answer)
            after = snapshot(server)
            assert after == before, (event, payload, answer)
        else:
            before = snapshot(server)


HTTP = st.tuples(st.sampled_from(["POST /api/meetings", "POST /api/questions/check", "GET /api/questions/bank",
                                  "GET /api/meetings/{id}", "GET /api/meetings/{id}/letter",
                                  "PUT /api/meetings/{id}/letter", "POST /api/meetings/{id}/letter/publish",
                                  "GET /j/{text}", "GET /join", "GET /screen/{id}", "GET /host/{text}",
                                  "POST /host/new", "GET /healthz"]),
                 PAYLOAD, TEXT, st.booleans())


@settings(max_examples=600, derandomize=True, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(HTTP)
def test_every_http_request_gets_a_clear_answer(room, request_):
    server, meeting, _peers = room
    route, body, text, as_host = request_
    method, path = route.split(" ")
    path = path.format(id=meeting["id"], text=requests.utils.quote(text.encode("utf-8", "replace"), safe=""))
    headers = {"Authorization": f"Bearer {meeting['host_token']}"} if as_host else {}
    before = snapshot(server)
    if method == "POST" and path == "/host/new":
        answer = requests.post(server.url + path, data={"title": text, "question": text}, timeout=WAIT)
    else:
        answer = requests.request(method, server.url + path, json=body, headers=headers, timeout=WAIT,
                                  params={"lang": text, "code": text, "t": text, "theme": text})
    COUNTS["http"] += 1
    assert answer.status_code < 500, (route, body, answer.text[:300])
    # 414/431: the WSGI server refuses an address or headers too long before the app sees them.
    if path.startswith("/api/") and answer.status_code >= 400 and answer.status_code not in (414, 431):
        error = answer.json()["error"]
        assert error["code"] and error["message"]
        assert snapshot(server) == before, (route, body)


@settings(max_examples=100, derandomize=True, deadline=None, database=None, phases=(Phase.explicit, Phase.generate),
          suppress_health_check=list(HealthCheck))
@given(st.dictionaries(st.sampled_from(["code", "meeting", "token", "screen_token", "lang", "first"]), VALUE,
                       max_size=4) | VALUE)
def test_every_connect_auth_is_let_in_or_refused_clearly(room, auth):
    server, _meeting, _peers = room
    peer = Peer()
    COUNTS["connect"] += 1
    # The transport closes a connection whose CONNECT packet is over the message cap (1009, before Socket.IO
    # reads it): the client sees only a closed socket. Any smaller auth must get a state or a refusal.
    oversized = len("40" + json.dumps(auth)) > MESSAGE_CAP  # the packet as python-socketio writes it
    try:
        peer.connect(server, auth, "websocket")
    except Exception as failure:
        try:
            refusal = peer.refusals.get(timeout=0.5 if oversized else WAIT)
        except queue.Empty:
            if not oversized:
                SILENT.append(repr(failure)[:200])
            assert requests.get(server.url + "/healthz", timeout=WAIT).status_code == 200
        else:
            assert refusal is None or refusal.get("code") != "server_error", refusal
    finally:
        peer.close()


def test_a_normal_phone_still_works_afterwards(room):
    server, meeting, peers = room
    phone = Peer().connect(server, parent_auth(meeting))
    peers["host"].call("phase", {"phase": "question"})
    answer = phone.call("contribute", {"text": "Vi läser en saga", "key": uuid.uuid4().hex})
    phone.close()
    print(f"\nfuzzed: {COUNTS}, total {sum(COUNTS.values())}; connects with no answer: {len(SILENT)}")
    assert answer["ok"] is True, answer
    assert SILENT == []
    assert sum(COUNTS.values()) >= 10_000


@pytest.mark.parametrize("auth", [0.5, 0.3333333333333333, 1e308])
def test_a_bare_number_as_auth_is_refused_not_left_waiting(room, auth):
    # "40" + "0.5" reads as an ack id and a broken JSON tail; the server must still answer the connect.
    server, _meeting, _peers = room
    peer = Peer()
    try:
        with pytest.raises(Exception):
            peer.connect(server, auth, "websocket")
        assert peer.refusals.get(timeout=WAIT)["data"]["code"] == "not_allowed"
    finally:
        peer.close()
