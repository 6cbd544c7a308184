"""Facilitation and moderation over Socket.IO: host actions, refusals for other roles, the phones' wall."""
import pytest
import sqlalchemy

from conftest import received
from qpm.web.sockets.events import Event

HOST_ONLY = [
    (Event.MODERATE, {"id": 1, "action": "edit", "text": "x"}), (Event.GROUP, {"ids": [1], "name": "G"}),
    (Event.SUGGEST_GROUPS, {}), (Event.SETTINGS, {"wall_on_phones": True}), (Event.TIMER, {"action": "start", "seconds": 60}),
    (Event.NOTE, {"phase": "info", "text": "x"}), (Event.CHANGE_PHASE, {"phase": "closed"}),
]


@pytest.fixture
def room(roles):
    """Return host, screen and parent with the question open and two ideas sent."""
    host, screen, parent = roles
    host.emit(Event.CHANGE_PHASE, {"phase": "question"}, callback=True)
    ids = [parent.emit(Event.CONTRIBUTE, {"text": text, "key": text}, callback=True)["id"]
           for text in ("Läsa sagor före vilan", "Vi läser en saga")]
    for connection in roles:
        connection.get_received()
    return host, screen, parent, ids


def moderate(host, **payload):
    return host.emit(Event.MODERATE, payload, callback=True)


@pytest.mark.parametrize("event, payload", HOST_ONLY)
def test_parents_and_screens_may_not_facilitate(room, client, meeting, event, payload):
    host, screen, parent, ids = room
    for other in (parent, screen):
        ack = other.emit(event, payload, callback=True)
        assert ack["ok"] is False and ack["error"]["code"] == "forbidden"
    state = client.get(f"/api/meetings/{meeting['id']}",
                       headers={"Authorization": f"Bearer {meeting['host_token']}"}).get_json()
    assert state["meeting"]["phase"] == "question" and not state["meeting"]["wall_on_phones"]
    assert [c["text"] for c in state["contributions"]] == ["Läsa sagor före vilan", "Vi läser en saga"]
    assert all(c["group"] is None for c in state["contributions"])


def test_personal_data_is_held_and_never_reaches_the_screen(room):
    host, screen, parent, _ids = room
    ack = parent.emit(Event.CONTRIBUTE, {"text": "Jag tycker att Saga slår", "key": "n"}, callback=True)
    assert ack["status"] == "held"
    assert received(host, Event.CONTRIBUTION)[0]["held_for"] == ["name"]
    assert received(screen, Event.CONTRIBUTION) == []
    moderate(host, id=ack["id"], action="edit", text="Jag tycker att ett barn slår")
    assert received(screen, Event.CONTRIBUTION) == []
    moderate(host, id=ack["id"], action="approve")
    assert received(screen, Event.CONTRIBUTION)[0]["text"] == "Jag tycker att ett barn slår"


def test_edit_group_and_merge(room):
    host, screen, _parent, ids = room
    assert moderate(host, id=ids[0], action="edit", text="Läsa sagor innan vilan") == {"ok": True}
    assert received(screen, Event.CONTRIBUTION)[0]["text"] == "Läsa sagor innan vilan"
    assert host.emit(Event.GROUP, {"ids": ids, "name": "Sagor"}, callback=True) == {"ok": True}
    assert {c["group"] for c in received(screen, Event.CONTRIBUTION)} == {"Sagor"}
    assert moderate(host, id=ids[1], action="merge", into=ids[0]) == {"ok": True}
    assert received(screen, Event.CONTRIBUTION_REMOVED) == [{"id": ids[1]}]
    duplicate, kept = received(host, Event.CONTRIBUTION)[-2:]
    assert (duplicate["id"], duplicate["status"]) == (ids[1], "merged") and kept["agrees"] == 1
    assert moderate(host, id=ids[1], action="restore")["error"]["code"] == "merged"


@pytest.mark.parametrize("event, payload, code", [
    (Event.MODERATE, {"id": "FIRST", "action": "edit", "text": ""}, "empty"),
    (Event.MODERATE, {"id": "FIRST", "action": "merge", "into": "FIRST"}, "bad_merge"),
    (Event.MODERATE, {"id": "FIRST", "action": "merge", "into": 999}, "unknown_contribution"),
    (Event.GROUP, {"ids": [], "name": "G"}, "bad_type"), (Event.GROUP, {"ids": "1", "name": "G"}, "bad_type"),
    (Event.GROUP, {"ids": [999], "name": "G"}, "unknown_contribution"),
    (Event.SETTINGS, {"loud": True}, "bad_setting"), (Event.SETTINGS, {"revealed": 1}, "bad_type"),
    (Event.TIMER, {"action": "start", "seconds": -5}, "bad_time"), (Event.TIMER, {"action": "x"}, "bad_timer"),
    (Event.NOTE, {"phase": "x", "text": "y"}, "bad_phase"),
])
def test_bad_host_actions_are_refused(room, event, payload, code):
    host, _screen, _parent, ids = room
    payload = {k: ids[0] if v == "FIRST" else v for k, v in payload.items()}
    assert host.emit(event, payload, callback=True)["error"]["code"] == code


def test_suggested_groups_change_nothing_until_accepted(room):
    host, screen, _parent, ids = room
    ack = host.emit(Event.SUGGEST_GROUPS, {}, callback=True)
    assert ack["ok"] and ack["groups"][0]["ids"] == ids
    assert received(screen, Event.CONTRIBUTION) == []


def test_settings_timer_and_notes_reach_the_right_people(room):
    host, screen, parent, _ids = room
    host.emit(Event.SETTINGS, {"reveal_mode": True}, callback=True)
    assert received(screen, Event.PHASE)[-1]["revealed"] is False
    host.emit(Event.TIMER, {"action": "start", "seconds": 120}, callback=True)
    assert received(parent, Event.PHASE)[-1]["timer"]["ends_at"]
    screen.get_received()
    ack = host.emit(Event.NOTE, {"phase": "question", "text": "Läs frågan högt."}, callback=True)
    assert ack["notes"]["question"] == "Läs frågan högt."
    assert received(parent, Event.PHASE) == [] and received(screen, Event.PHASE) == []


def test_premoderation_can_be_switched_during_the_meeting(room):
    host, screen, parent, _ids = room
    host.emit(Event.SETTINGS, {"premoderation": True}, callback=True)
    assert parent.emit(Event.CONTRIBUTE, {"text": "Vila", "key": "p"}, callback=True)["status"] == "held"
    host.emit(Event.SETTINGS, {"premoderation": False}, callback=True)
    assert parent.emit(Event.CONTRIBUTE, {"text": "Mat", "key": "q"}, callback=True)["status"] == "visible"


def test_phones_see_and_agree_with_ideas_once_the_host_shows_them(app, room, connect, meeting):
    host, screen, parent, ids = room
    other = connect({"code": meeting["code"]})
    assert other.emit(Event.AGREE, {"id": ids[0], "key": "a"}, callback=True)["error"]["code"] == "cannot_agree"
    host.emit(Event.SETTINGS, {"wall_on_phones": True}, callback=True)
    reset = received(parent, Event.WALL)[-1]
    assert reset["reset"] and [c["text"] for c in reset["changed"]] == ["Läsa sagor före vilan", "Vi läser en saga"]
    assert other.emit(Event.AGREE, {"id": ids[0], "key": "a"}, callback=True) == {"ok": True, "agrees": 1}
    assert other.emit(Event.AGREE, {"id": ids[0], "key": "a"}, callback=True) == {"ok": True, "agrees": 1}
    third = connect({"code": meeting["code"]})
    assert third.emit(Event.AGREE, {"id": ids[0]}, callback=True)["agrees"] == 2
    assert third.emit(Event.AGREE, {"id": ids[0]}, callback=True)["agrees"] == 2
    assert received(screen, Event.CONTRIBUTION)[-1]["agrees"] == 2
    assert received(third, Event.STATE)[0]["wall"][0]["agrees"] == 1


def test_a_phone_cannot_agree_with_its_own_idea_even_after_a_reconnect(room, connect, meeting):
    host, _screen, parent, ids = room
    host.emit(Event.SETTINGS, {"wall_on_phones": True}, callback=True)
    assert parent.emit(Event.AGREE, {"id": ids[0], "key": "own"}, callback=True)["error"]["code"] == "own_idea"
    again = connect({"code": meeting["code"]})  # the same phone after a reconnect asks what became of its ideas
    assert again.emit(Event.MINE, {"keys": ["Läsa sagor före vilan"]}, callback=True)["items"][0]["id"] == ids[0]
    assert again.emit(Event.AGREE, {"id": ids[0], "key": "own"}, callback=True)["error"]["code"] == "own_idea"
    # Only the ideas a socket wrote or claimed are its own: nothing else about the phone is known.
    assert again.emit(Event.AGREE, {"id": ids[1], "key": "x"}, callback=True) == {"ok": True, "agrees": 1}


def test_phones_get_the_wall_in_batches(app, room, meeting):
    host, _screen, parent, _ids = room
    host.emit(Event.SETTINGS, {"wall_on_phones": True}, callback=True)
    parent.get_received()
    for n in range(50):
        parent.emit(Event.CONTRIBUTE, {"text": f"Idé nummer {n}", "key": f"b{n}"}, callback=True)
    app.extensions["qpm"].wall.flush()
    batches = received(parent, Event.WALL)
    assert len(batches) <= 3  # the background loop may have sent a batch before the flush
    assert sum(len(b["changed"]) for b in batches) == 50


def test_suggested_groups_never_take_words_from_held_contributions(room):
    host, _screen, parent, ids = room
    parent.emit(Event.CONTRIBUTE, {"text": "Jag tycker att Saga läser sagor", "key": "held"}, callback=True)
    groups = host.emit(Event.SUGGEST_GROUPS, {}, callback=True)["groups"]
    assert [g["ids"] for g in groups] == [ids]


@pytest.mark.parametrize("hold", ["hide", None])
def test_merging_into_a_held_or_hidden_idea_does_not_publish_it(room, hold):
    host, screen, _parent, ids = room
    if hold:
        moderate(host, id=ids[0], action=hold)
    else:
        assert host.emit(Event.SETTINGS, {"premoderation": True}, callback=True)["ok"]
        ids[0] = _parent.emit(Event.CONTRIBUTE, {"text": "Vila i mörkret", "key": "held"}, callback=True)["id"]
    [connection.get_received() for connection in (host, screen)]
    assert moderate(host, id=ids[1], action="merge", into=ids[0]) == {"ok": True}
    kept = [c for c in received(host, Event.CONTRIBUTION) if c["id"] == ids[0]][-1]
    assert kept["status"] == ("hidden" if hold else "held") and kept["agrees"] == 1
    assert all(c["id"] != ids[0] for c in received(screen, Event.CONTRIBUTION))


def test_in_reveal_mode_the_phones_get_no_ideas_until_the_host_reveals(app, room, connect, meeting):
    host, _screen, parent, ids = room
    host.emit(Event.SETTINGS, {"wall_on_phones": True, "reveal_mode": True}, callback=True)
    assert all(not batch["changed"] for batch in received(parent, Event.WALL))
    parent.emit(Event.CONTRIBUTE, {"text": "Vila i mörkret", "key": "new"}, callback=True)
    app.extensions["qpm"].wall.flush()
    assert all(not batch["changed"] for batch in received(parent, Event.WALL))
    assert connect({"code": meeting["code"]}).get_received()[0]["args"][0]["wall"] == []
    other = connect({"code": meeting["code"]})
    assert other.emit(Event.AGREE, {"id": ids[0]}, callback=True)["error"]["code"] == "cannot_agree"
    host.emit(Event.SETTINGS, {"revealed": True}, callback=True)
    reset = received(parent, Event.WALL)[-1]
    assert reset["reset"] and len(reset["changed"]) == 3
    assert other.emit(Event.AGREE, {"id": ids[0]}, callback=True)["agrees"] == 1


def test_a_phone_counts_once_however_often_it_connects_and_an_address_adds_only_its_phones(app, connect, meeting):
    store = app.extensions["qpm"].store
    for _ in range(20):
        connect({"code": meeting["code"], "phone": "p" * 32}).disconnect()
    assert store.meeting(meeting["id"]).participants == 1
    with store.engine.connect() as db:  # only a keyed hash is stored, never the phone's own value
        assert [row[0] for row in db.execute(sqlalchemy.text("SELECT phone_hash FROM phones"))] != ["p" * 32]
        assert db.execute(sqlalchemy.text("SELECT count(*) FROM phones WHERE phone_hash LIKE '%pppp%'")).scalar() == 0
    together = [connect({"code": meeting["code"], "phone": f"{n:016d}"}) for n in range(5)]
    assert all(phone.is_connected() for phone in together)
    assert store.meeting(meeting["id"]).participants == 6
    for n in range(100):  # one address making up new values in a loop
        connect({"code": meeting["code"], "phone": f"loop{n:012d}"}).disconnect()
    assert store.meeting(meeting["id"]).participants < 20
