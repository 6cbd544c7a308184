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


# Any failure is an answer ---------------------------------------------------------------------------

class Broken(RuntimeError):
    """A failure nobody planned for, carrying a parent's words in its text."""


def break_with_parents_text(*_args, **_kwargs):
    raise Broken("Läsa en saga för Olle Svensson")


def test_a_failing_handler_still_answers_and_logs_no_parents_text(roles, monkeypatch, caplog):
    from qpm.domain import contribution
    host, _screen, parent = roles
    open_question(host)
    monkeypatch.setattr(contribution, "contribute", break_with_parents_text)
    answer = parent.emit("contribute", {"text": "Läsa en saga för Olle Svensson", "key": "k1"}, callback=True)
    assert answer["ok"] is False and answer["error"]["code"] == "server_error"
    assert answer["error"]["message"] == "Något gick fel på servern. Försök igen om en stund."
    logged = [record.getMessage() for record in caplog.records if record.name == "qpm"]
    assert logged == ["Broken in contribute"]
    assert "Olle" not in caplog.text


def test_a_failing_connection_is_refused_clearly(connect, meeting, monkeypatch, caplog):
    from qpm.domain import facilitation
    monkeypatch.setattr(facilitation, "notes_for", break_with_parents_text)
    assert not connect({"meeting": meeting["id"], "token": meeting["host_token"]}).is_connected()
    assert [r.getMessage() for r in caplog.records if r.name == "qpm"] == ["Broken in connect"]
    assert connect({"code": meeting["code"]}).is_connected()


def test_a_failing_api_call_answers_json_in_the_persons_language(client, monkeypatch, caplog):
    from qpm.questions import check
    monkeypatch.setattr(check, "check", break_with_parents_text)
    answer = client.post("/api/questions/check?lang=en", json={"text": "Hur kan vi läsa för Olle?"})
    assert answer.status_code == 500 and answer.is_json
    assert answer.get_json()["error"] == {"code": "server_error",
                                          "message": "Something went wrong on the server. Try again in a moment."}
    assert [r.getMessage() for r in caplog.records if r.name == "qpm"] == ["Broken in api.check_question"]
    assert "Olle" not in caplog.text


def test_a_failing_page_is_a_friendly_page(client, monkeypatch):
    from qpm.questions import check
    monkeypatch.setattr(check, "themes", break_with_parents_text)
    answer = client.get("/host/new")
    assert answer.status_code == 500 and "text/html" in answer.content_type
    page = answer.get_data(as_text=True)
    assert "Något gick fel på servern" in page and "Traceback" not in page and "Olle" not in page


def test_other_http_errors_of_the_api_are_json(client):
    answer = client.post("/api/meetings", data="{", content_type="application/json")
    assert answer.status_code == 400 and answer.get_json()["error"]["code"] == "bad_request"
    answer = client.get("/api/meetings/nope", headers={"Authorization": "Bearer x"})
    assert answer.status_code == 401 and answer.is_json
