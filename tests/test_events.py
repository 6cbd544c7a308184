"""Socket.IO events through Flask-SocketIO's test client: every event, every role, bad input."""
import pytest

from conftest import received
from qpm.web.sockets.events import Event


def contribute(parent, text, key):
    return parent.emit(Event.CONTRIBUTE, {"text": text, "key": key}, callback=True)


def open_question(host):
    assert host.emit(Event.CHANGE_PHASE, {"phase": "question"}, callback=True) == {"ok": True}


def test_each_role_gets_its_state_on_connect(connect, meeting):
    host = connect({"meeting": meeting["id"], "token": meeting["host_token"]})
    screen = connect({"meeting": meeting["id"], "screen_token": meeting["screen_token"]})
    parent = connect({"code": meeting["code"].lower()})
    states = {c: received(c, Event.STATE)[0] for c in (host, screen, parent)}
    assert [states[c]["role"] for c in (host, screen, parent)] == ["host", "screen", "parent"]
    assert states[host]["links"]["screen_url"].endswith(meeting["screen_token"])
    assert "questions" in states[host]["meeting"] and "questions" not in states[screen]["meeting"]
    assert "contributions" not in states[parent] and states[parent]["limits"]["max_length"] == 500


@pytest.mark.parametrize("auth", [
    None, {}, {"code": "ZZZZZZ"}, {"code": 5}, {"meeting": "x", "token": "y"},
    {"meeting": None, "token": None}, {"meeting": "m", "screen_token": ["x"]},
])
def test_bad_codes_and_tokens_are_refused(connect, meeting, auth):
    assert not connect(auth).is_connected()


def test_a_wrong_token_for_a_real_meeting_is_refused(connect, meeting):
    assert not connect({"meeting": meeting["id"], "token": meeting["screen_token"]}).is_connected()
    assert not connect({"meeting": meeting["id"], "screen_token": meeting["host_token"]}).is_connected()


def test_wrong_codes_are_rate_limited_per_address(app, connect, meeting):
    for _ in range(app.config["BAD_CODE_LIMIT"]):
        assert not connect({"code": "WRONG2"}).is_connected()
    assert not connect({"code": meeting["code"]}).is_connected()


def test_a_contribution_reaches_host_and_screen_not_parents(roles):
    host, screen, parent = roles
    open_question(host)
    [connection.get_received() for connection in roles]
    ack = contribute(parent, "Vi läser en saga", "k1")
    assert ack["ok"] and ack["status"] == "visible" and isinstance(ack["id"], int)
    assert received(screen, Event.CONTRIBUTION) == [
        {"id": ack["id"], "question_index": 0, "text": "Vi läser en saga", "starred": False, "group": None,
         "agrees": 0}]
    assert received(host, Event.CONTRIBUTION)[0]["status"] == "visible"
    assert received(parent, Event.CONTRIBUTION) == []


def test_the_same_key_twice_stores_once(roles, client, meeting):
    host, screen, parent = roles
    open_question(host)
    first, second = contribute(parent, "Saga", "same"), contribute(parent, "Saga", "same")
    assert first == second
    state = client.get(f"/api/meetings/{meeting['id']}",
                       headers={"Authorization": f"Bearer {meeting['host_token']}"}).get_json()
    assert len(state["contributions"]) == 1


def test_phase_changes_reach_everyone(roles):
    host, screen, parent = roles
    open_question(host)
    for connection in roles:
        assert received(connection, Event.PHASE)[0]["phase"] == "question"


def test_state_after_reconnect_has_the_wall(roles, connect, meeting):
    host, screen, parent = roles
    open_question(host)
    contribute(parent, "Vila efter lunch", "k1")
    screen.disconnect()
    again = connect({"meeting": meeting["id"], "screen_token": meeting["screen_token"]})
    state = received(again, Event.STATE)[0]
    assert state["meeting"]["phase"] == "question"
    assert [c["text"] for c in state["contributions"]] == ["Vila efter lunch"]


def test_moderation_hides_restores_and_stars(roles):
    host, screen, parent = roles
    open_question(host)
    ack = contribute(parent, "Mjukisdjur", "k1")
    screen.get_received()
    assert host.emit(Event.MODERATE, {"id": ack["id"], "action": "hide"}, callback=True) == {"ok": True}
    assert received(screen, Event.CONTRIBUTION_REMOVED) == [{"id": ack["id"]}]
    host.emit(Event.MODERATE, {"id": ack["id"], "action": "restore"}, callback=True)
    host.emit(Event.MODERATE, {"id": ack["id"], "action": "star"}, callback=True)
    shown = received(screen, Event.CONTRIBUTION)
    assert [c["starred"] for c in shown] == [False, True]
    assert received(host, Event.CONTRIBUTION)[-1]["status"] == "visible"


def test_premoderated_contributions_reach_only_the_host_until_approved(connect, make_meeting):
    meeting = make_meeting(premoderation=True)
    host = connect({"meeting": meeting["id"], "token": meeting["host_token"]})
    screen = connect({"meeting": meeting["id"], "screen_token": meeting["screen_token"]})
    parent = connect({"code": meeting["code"]})
    open_question(host)
    screen.get_received(), host.get_received()
    ack = contribute(parent, "Vila i mörkt rum", "k1")
    assert ack["status"] == "held"
    assert received(screen, Event.CONTRIBUTION) == []
    assert received(host, Event.CONTRIBUTION)[0]["status"] == "held"
    again = connect({"meeting": meeting["id"], "screen_token": meeting["screen_token"]})
    assert received(again, Event.STATE)[0]["contributions"] == []
    host.emit(Event.MODERATE, {"id": ack["id"], "action": "approve"}, callback=True)
    assert received(screen, Event.CONTRIBUTION)[0]["text"] == "Vila i mörkt rum"


@pytest.mark.parametrize("payload, code", [
    (None, "bad_request"), ("text", "bad_request"), ([1], "bad_request"), ({}, "bad_key"),
    ({"text": "", "key": "k"}, "empty"), ({"text": "   ", "key": "k"}, "empty"),
    ({"text": 5, "key": "k"}, "bad_type"), ({"text": "x" * 501, "key": "k"}, "too_long"),
    ({"text": "ok"}, "bad_key"), ({"text": "ok", "key": ""}, "bad_key"), ({"text": "ok", "key": {}}, "bad_key"),
])
def test_bad_contributions_get_a_clear_error_and_store_nothing(roles, client, meeting, payload, code):
    host, screen, parent = roles
    open_question(host)
    ack = parent.emit(Event.CONTRIBUTE, payload, callback=True)
    assert ack["ok"] is False and ack["error"]["code"] == code and ack["error"]["message"]
    state = client.get(f"/api/meetings/{meeting['id']}",
                       headers={"Authorization": f"Bearer {meeting['host_token']}"}).get_json()
    assert state["contributions"] == []


def test_no_contribution_before_the_question_opens(roles):
    ack = contribute(roles[2], "Tidigt", "k1")
    assert ack["error"]["code"] == "question_not_open"


@pytest.mark.parametrize("role_index, event, payload", [
    (2, Event.MODERATE, {"id": 1, "action": "hide"}), (2, Event.CHANGE_PHASE, {"phase": "closed"}),
    (1, Event.MODERATE, {"id": 1, "action": "hide"}), (1, Event.CHANGE_PHASE, {"phase": "closed"}),
    (1, Event.CONTRIBUTE, {"text": "x", "key": "k"}), (0, Event.CONTRIBUTE, {"text": "x", "key": "k"}),
])
def test_roles_may_do_only_their_own_things(roles, event, payload, role_index):
    host = roles[0]
    open_question(host)
    ack = roles[role_index].emit(event, payload, callback=True)
    assert ack["ok"] is False and ack["error"]["code"] == "forbidden"


@pytest.mark.parametrize("payload, code", [
    ({"id": 999, "action": "hide"}, "unknown_contribution"), ({"id": "1", "action": "hide"}, "unknown_contribution"),
    ({"action": "hide"}, "unknown_contribution"), ({"id": True, "action": "hide"}, "unknown_contribution"),
    ({"id": "FIRST", "action": "explode"}, "bad_action"),
])
def test_bad_moderation_is_refused(roles, payload, code):
    host, _screen, parent = roles
    open_question(host)
    first = contribute(parent, "Idé", "k1")["id"]
    payload = {key: first if value == "FIRST" else value for key, value in payload.items()}
    assert host.emit(Event.MODERATE, payload, callback=True)["error"]["code"] == code


@pytest.mark.parametrize("payload, code", [
    ({"phase": "party"}, "bad_phase"), ({}, "bad_phase"), ({"phase": "question", "question": 3}, "bad_question"),
    ("closed", "bad_request"),
])
def test_bad_phase_changes_are_refused(roles, payload, code):
    assert roles[0].emit(Event.CHANGE_PHASE, payload, callback=True)["error"]["code"] == code


def test_errors_come_in_the_connections_language(connect, meeting):
    swedish = connect({"code": meeting["code"]})
    english = connect({"code": meeting["code"], "lang": "en"})
    sv = contribute(swedish, "x", "k")["error"]["message"]
    en = contribute(english, "x", "k")["error"]["message"]
    assert en == "The question is not open for contributions right now."
    assert sv != en and "frågan" in sv.lower()


def test_parents_are_rate_limited(app, connect, meeting, roles):
    app.config.update(CONTRIBUTION_BURST=5, CONTRIBUTION_INTERVAL=3.0)
    open_question(roles[0])
    parent = connect({"code": meeting["code"]})
    acks = [contribute(parent, f"Idé {n}", f"k{n}") for n in range(7)]
    assert [a["ok"] for a in acks] == [True] * 5 + [False] * 2
    assert acks[-1]["error"]["code"] == "rate_limited"
