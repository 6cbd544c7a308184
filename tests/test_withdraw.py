"""A held contribution: the phone is told why, may take it back and send it changed; the host's reasons stay true."""
import pytest

from conftest import received
from qpm.domain import contribution as contributions
from qpm.domain.contribution import Contribution
from qpm.domain.meeting import MeetingError
from qpm.web.sockets.events import Event


def open_question(host):
    assert host.emit(Event.CHANGE_PHASE, {"phase": "question"}, callback=True) == {"ok": True}


def contribute(parent, text, key):
    return parent.emit(Event.CONTRIBUTE, {"text": text, "key": key}, callback=True)


def stored(client, meeting):
    return client.get(f"/api/meetings/{meeting['id']}",
                      headers={"Authorization": f"Bearer {meeting['host_token']}"}).get_json()["contributions"]


def test_the_phone_is_told_why_and_the_changed_one_replaces_the_held_one(roles, client, meeting):
    host, screen, parent = roles
    open_question(host)
    [connection.get_received() for connection in roles]
    held = contribute(parent, "Ring mig på 070-123 45 67 om utflykten", "first")
    assert held["status"] == "held" and held["held_for"] == ["phone"]
    assert parent.emit(Event.WITHDRAW, {"key": "first"}, callback=True) == {"ok": True, "id": held["id"]}
    assert received(host, Event.CONTRIBUTION_REMOVED) == [{"id": held["id"]}]
    assert stored(client, meeting) == []  # the number is gone from the store, not only hidden
    changed = contribute(parent, "Ring mig om utflykten", "second")
    assert changed["status"] == "visible" and changed["held_for"] == []
    assert [c["text"] for c in received(screen, Event.CONTRIBUTION)] == ["Ring mig om utflykten"]
    assert [c["text"] for c in stored(client, meeting)] == ["Ring mig om utflykten"]


@pytest.mark.parametrize("payload, code", [
    ({"key": "shown"}, "cannot_withdraw"), ({"key": "nobody-sent-this"}, "cannot_withdraw"),
    ({}, "bad_key"), ({"key": ""}, "bad_key"), ({"key": ["x"]}, "bad_key"), ({"key": "x" * 65}, "bad_key"),
])
def test_only_ones_own_held_contribution_can_be_withdrawn(roles, client, meeting, payload, code):
    host, screen, parent = roles
    open_question(host)
    contribute(parent, "Mer tid ute", "shown")
    ack = parent.emit(Event.WITHDRAW, payload, callback=True)
    assert ack["ok"] is False and ack["error"]["code"] == code and ack["error"]["message"]
    assert [c["text"] for c in stored(client, meeting)] == ["Mer tid ute"]


def test_an_approved_contribution_cannot_be_withdrawn_and_hosts_cannot_withdraw(roles, client, meeting):
    host, screen, parent = roles
    open_question(host)
    held = contribute(parent, "Saga behöver vila", "k")
    host.emit(Event.MODERATE, {"id": held["id"], "action": "approve"}, callback=True)
    assert parent.emit(Event.WITHDRAW, {"key": "k"}, callback=True)["error"]["code"] == "cannot_withdraw"
    assert host.emit(Event.WITHDRAW, {"key": "k"}, callback=True)["error"]["code"] == "forbidden"
    assert len(stored(client, meeting)) == 1


def test_the_host_edit_checks_the_reasons_again(roles, client, meeting):
    host, screen, parent = roles
    open_question(host)
    held = contribute(parent, "Ring Amina på 070-123 45 67", "k")
    assert set(held["held_for"]) == {"name", "phone"}
    host.get_received()
    host.emit(Event.MODERATE, {"id": held["id"], "action": "edit", "text": "Ring Amina"}, callback=True)
    assert received(host, Event.CONTRIBUTION)[-1]["held_for"] == ["name"]
    host.emit(Event.MODERATE, {"id": held["id"], "action": "edit", "text": "Ring mig"}, callback=True)
    assert received(host, Event.CONTRIBUTION)[-1]["held_for"] == []
    [saved] = stored(client, meeting)
    assert saved["held_for"] == [] and saved["status"] == "held"  # still waits for the host's approval


def test_withdrawable_only_while_held():
    held = Contribution(meeting_id="m", question_index=0, key="k", text="t", status="held")
    assert contributions.withdrawable(held) is held
    for other in (None, Contribution(meeting_id="m", question_index=0, key="k", text="t"),
                  Contribution(meeting_id="m", question_index=0, key="k", text="t", status="hidden")):
        with pytest.raises(MeetingError):
            contributions.withdrawable(other)
