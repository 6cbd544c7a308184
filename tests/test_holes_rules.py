"""Holes in the domain's rules and the edge, each sent as the exact request to a real `qpm serve` (issue 17)."""
import pytest
import requests

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
