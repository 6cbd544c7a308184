"""Hostile and broken input through the app: every message gets a clear answer and changes nothing."""
import pytest

from conftest import QUESTION

SURROGATE = "\ud800"


def open_question(host):
    assert host.emit("phase", {"phase": "question"}, callback=True) == {"ok": True}


@pytest.mark.parametrize("payload", [{"text": "hej" + SURROGATE, "key": "k1"}, {"text": "hej", "key": SURROGATE},
                                     {"text": "hej", "key": "k1", SURROGATE: 1}])
def test_a_lone_surrogate_in_a_contribution_is_refused_as_bad_text(roles, client, meeting, payload):
    host, _screen, parent = roles
    open_question(host)
    answer = parent.emit("contribute", payload, callback=True)
    assert answer["ok"] is False and answer["error"]["code"] == "bad_text", answer
    assert "spara" in answer["error"]["message"]
    state = client.get(f"/api/meetings/{meeting['id']}", headers={"Authorization": f"Bearer {meeting['host_token']}"})
    assert state.get_json()["contributions"] == []


def test_invisible_text_is_empty_and_marks_are_capped(roles):
    host, _screen, parent = roles
    open_question(host)
    assert parent.emit("contribute", {"text": "\u3164\u202e\u200b", "key": "k1"}, callback=True)["error"]["code"] == "empty"
    answer = parent.emit("contribute", {"text": "a" + "\u0301" * 10_000, "key": "k2"}, callback=True)
    assert answer["ok"] is True


def test_host_texts_with_a_surrogate_are_refused(roles):
    host, _screen, parent = roles
    open_question(host)
    idea = parent.emit("contribute", {"text": "Läsa en saga", "key": "k1"}, callback=True)["id"]
    for event, payload in [("moderate", {"id": idea, "action": "edit", "text": SURROGATE}),
                           ("moderate", {"id": idea, "action": "group", "group": "a" + SURROGATE}),
                           ("group", {"ids": [idea], "name": SURROGATE}),
                           ("note", {"phase": "info", "text": SURROGATE})]:
        answer = host.emit(event, payload, callback=True)
        assert answer["error"]["code"] == "bad_text", (event, answer)


@pytest.mark.parametrize("auth", [{"code": SURROGATE}, {"meeting": SURROGATE, "token": "x"},
                                  {"meeting": "m", "screen_token": SURROGATE}, {"code": "ABC", "lang": SURROGATE}])
def test_a_surrogate_in_the_connection_auth_is_refused(connect, auth):
    connection = connect(auth)
    assert not connection.is_connected()


@pytest.mark.parametrize("fields", [{"title": SURROGATE}, {"unit": SURROGATE}, {"theme": "x" + SURROGATE},
                                    {"info": [SURROGATE]}, {"questions": [QUESTION + SURROGATE]}])
def test_a_meeting_with_a_surrogate_is_refused_in_json(client, fields):
    body = {"kind": "qpm", "title": "Föräldramöte", "questions": [QUESTION], **fields}
    answer = client.post("/api/meetings", json=body)
    assert answer.status_code == 400 and answer.is_json
    assert answer.get_json()["error"]["code"] == "bad_text"


def test_a_letter_with_a_surrogate_is_refused_and_changes_nothing(client, meeting):
    headers = {"Authorization": f"Bearer {meeting['host_token']}"}
    answer = client.put(f"/api/meetings/{meeting['id']}/letter", json={"signature": SURROGATE}, headers=headers)
    assert answer.status_code == 400 and answer.get_json()["error"]["code"] == "bad_text"
    assert client.get(f"/api/meetings/{meeting['id']}", headers=headers).get_json()["meeting"]["signature"] == ""


def test_the_question_check_refuses_a_surrogate(client):
    answer = client.post("/api/questions/check", json={"text": "Hur kan vi" + SURROGATE})
    assert answer.status_code == 400 and answer.get_json()["error"]["code"] == "bad_text"
