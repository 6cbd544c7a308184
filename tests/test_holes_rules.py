"""Holes in the domain's rules and the edge, each sent as the exact request to a real `qpm serve` (issue 17)."""
import json
import sqlite3

import pytest
import requests
import websocket

from servers import WAIT, Peer, Server, host_auth, parent_auth

BEYOND_64_BITS = 9223372036854775808


@pytest.fixture
def server(tmp_path):
    """Give a test a gevent server of its own, stopped afterwards."""
    started = Server(tmp_path).start()
    yield started
    started.stop()


@pytest.fixture
def room(server):
    """Return a meeting, its host and one phone, with the question open."""
    meeting = server.create_meeting()
    host, phone = Peer().connect(server, host_auth(meeting)), Peer().connect(server, parent_auth(meeting))
    assert host.call("phase", {"phase": "question"})["ok"] is True
    yield meeting, host, phone
    phone.close()
    host.close()


# 10. Numbers, nesting and tokens outside what the code expected ---------------------------------------

@pytest.mark.parametrize("who, event, payload", [
    ("phone", "agree", {"id": BEYOND_64_BITS}),
    ("host", "moderate", {"id": BEYOND_64_BITS, "action": "approve"}),
    ("host", "moderate", {"id": "FIRST", "action": "merge", "into": -BEYOND_64_BITS - 1}),
    ("host", "group", {"ids": [BEYOND_64_BITS], "name": "Sagor"}),
])
def test_ids_beyond_64_bits_get_a_clear_error_ack(server, room, who, event, payload):
    meeting, host, phone = room
    first = phone.call("contribute", {"text": "Vi läser en saga", "key": "k" * 20})["id"]
    if payload.get("id") == "FIRST":
        payload = dict(payload, id=first)
    if event == "agree":
        assert host.call("settings", {"wall_on_phones": True})["ok"] is True
    answer = (phone if who == "phone" else host).call(event, payload)
    assert answer["ok"] is False and answer["error"]["code"] in ("unknown_contribution", "cannot_agree"), answer
    assert answer["error"]["message"]
    contributions, _phase, _index = server.stored(meeting)
    assert [(c["text"], c["status"], c["agrees"]) for c in contributions] == [("Vi läser en saga", "visible", 0)]
    assert "OverflowError" not in server.output()


def test_deeply_nested_json_is_a_400_json_answer(server):
    answer = requests.post(server.url + "/api/meetings", data="[" * 100_000, timeout=WAIT,
                           headers={"Content-Type": "application/json"})
    assert answer.status_code == 400, answer.text
    assert answer.json()["error"]["code"] == "bad_request"
    assert "RecursionError" not in server.output() and server.is_healthy()


def test_a_non_ascii_screen_token_is_refused_with_403(server):
    meeting = server.create_meeting()
    for token in ("%C3%A9", "%C3%A9" * 16, "%ED%A0%80"):
        answer = requests.get(f"{server.url}/screen/{meeting['id']}?t={token}", timeout=WAIT)
        assert answer.status_code == 403, (token, answer.status_code)
    assert requests.get(f"{server.url}/screen/{meeting['id']}?t={meeting['screen_token']}", timeout=WAIT).ok
    assert "TypeError" not in server.output()


# 11. Resends ---------------------------------------------------------------------------------------

def test_a_resend_after_the_question_closed_answers_with_the_stored_idea(server, room):
    meeting, host, phone = room
    sent = {"text": "Vi läser en saga före vilan", "key": "resend-" + "k" * 20}
    first = phone.call("contribute", sent)
    assert first["ok"] is True
    assert host.call("phase", {"phase": "summary"})["ok"] is True
    again = phone.call("contribute", sent)
    assert again == first, again
    other = phone.call("contribute", {"text": "Något helt annat", "key": sent["key"]})
    assert other["ok"] is False and other["error"]["code"] == "key_reused", other
    assert host.call("phase", {"phase": "question"})["ok"] is True
    other = phone.call("contribute", {"text": "Något helt annat", "key": sent["key"]})
    assert other["ok"] is False and other["error"]["code"] == "key_reused", other
    contributions, _phase, _index = server.stored(meeting)
    assert [(c["id"], c["text"]) for c in contributions] == [(first["id"], sent["text"])]
    fresh = phone.call("contribute", {"text": "Något helt annat", "key": "x" * 20})
    assert fresh["ok"] is True and fresh["id"] != first["id"]


# 13. Nothing a parent writes reaches the server's log -------------------------------------------------

SECRET = "Lisa Andersson 070-1234567 har svårt med vilan"


def raw_socket(server, auth):
    """Return an Engine.IO WebSocket joined to the default namespace with this auth, as a browser's would be."""
    conn = websocket.create_connection(server.url.replace("http", "ws") + "/socket.io/?EIO=4&transport=websocket",
                                       timeout=WAIT)
    assert conn.recv().startswith("0")
    conn.send("40" + json.dumps(auth))
    assert any(conn.recv().startswith("40") for _ in range(3))  # the state may come first
    return conn


def test_a_failing_handler_and_broken_messages_log_none_of_the_text(server):
    meeting = server.create_meeting()
    host = Peer().connect(server, host_auth(meeting))
    phone = Peer().connect(server, parent_auth(meeting))
    try:
        assert host.call("phase", {"phase": "question"})["ok"] is True
        with sqlite3.connect(server.instance / "qpm.sqlite3") as db:  # the store now refuses every idea
            db.execute("CREATE TRIGGER refuse BEFORE INSERT ON contributions BEGIN SELECT RAISE(ABORT, 'no'); END")
        answer = phone.call("contribute", {"text": SECRET, "key": "k" * 20})
        assert answer["ok"] is False, answer
        raw = raw_socket(server, parent_auth(meeting))
        for broken in ('42["contribute",{"text":"%s"' % SECRET, '42["contribute",{"text":"%s"}' % SECRET,
                       '451-["contribute",{"text":"%s"},{"_placeholder":true,"num":7}]' % SECRET,
                       '42/%s,["contribute"]' % SECRET, '4%s' % SECRET, '45%s-["x"]' % SECRET, '42["%s",{}]' % SECRET):
            raw.send(broken)
        raw.close()
        assert server.is_healthy()
    finally:
        phone.close()
        host.close()
    server.stop()
    log = server.output()
    assert "Lisa" not in log and "070-1234567" not in log, log
    assert "Traceback" not in log and "JSONDecodeError in message handler error" in log, log  # type and place only
    assert "in contribute" in log  # the failure itself is logged, by type and event
