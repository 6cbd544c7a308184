"""Floods: limits that a reconnect does not reset, held in the store, and a room behind one address is free."""
import threading
import time
import uuid

import pytest
import requests
from sqlalchemy import create_engine, inspect, text

from servers import WAIT, Peer, Peers, Server, host_auth, parent_auth

# A small burst and a quick refill, so that a few seconds show what a minute would.
LIMITS = {"QPM_CONTRIBUTION_BURST": "5", "QPM_CONTRIBUTION_INTERVAL": "1"}
RUN_SECONDS = 8


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    running = Server(tmp_path_factory.mktemp("floods"), env=LIMITS).start()
    yield running
    running.stop()


def open_meeting(server, peers, **settings):
    """Create a meeting with its question open; return it and its host."""
    meeting = server.create_meeting()
    host = peers(server, host_auth(meeting))
    assert host.call("phase", {"phase": "question"})["ok"]
    if settings:
        assert host.call("settings", settings)["ok"]
    return meeting, host


def send_for(seconds, connect, every=5):
    """Send contributions for some seconds from connections `connect` makes (a new one after `every`)."""
    accepted = attempted = 0
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        peer = connect()
        for _ in range(every):
            if time.monotonic() >= deadline:
                break
            attempted += 1
            answer = peer.call("contribute", {"text": f"Idé {uuid.uuid4().hex[:6]}", "key": uuid.uuid4().hex})
            accepted += answer["ok"]
            if not answer["ok"]:
                assert answer["error"]["code"] == "rate_limited", answer
                time.sleep(0.05)
        if every:
            peer.close()
    return accepted, attempted


def test_a_phone_reconnecting_in_a_loop_gets_no_more_than_one_staying_connected(server, peers):
    (steady_meeting, _), (looping_meeting, _) = open_meeting(server, peers), open_meeting(server, peers)
    steady_peer = peers(server, parent_auth(steady_meeting))
    results = {}

    def steady():
        results["steady"] = send_for(RUN_SECONDS, lambda: steady_peer, every=10**9)

    def looping():
        results["looping"] = send_for(RUN_SECONDS, lambda: Peer().connect(server, parent_auth(looping_meeting)))

    threads = [threading.Thread(target=steady), threading.Thread(target=looping)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    (steady_accepted, _), (looping_accepted, looping_attempted) = results["steady"], results["looping"]
    # Without a limit in the store every new connection would bring a fresh burst of five.
    assert looping_attempted > looping_accepted + 5
    assert 0 < looping_accepted <= steady_accepted + 1, results
    stored = len(server.meeting_state(looping_meeting)["contributions"])
    assert stored == looping_accepted


def test_a_phone_may_agree_with_many_ideas_in_a_row(server, peers):
    """Agreeing is not sending: eight taps of "I agree" in a second do not spend the phone's burst of five."""
    meeting, _host = open_meeting(server, peers, wall_on_phones=True)
    writers = [peers(server, parent_auth(meeting)) for _ in range(4)]
    ideas = [writer.call("contribute", {"text": f"Vi läser tillsammans {n}", "key": uuid.uuid4().hex})["id"]
             for writer in writers for n in range(2)]
    reader = peers(server, parent_auth(meeting))
    assert [reader.call("agree", {"id": idea, "key": uuid.uuid4().hex})["ok"] for idea in ideas] == [True] * 8
    assert reader.call("contribute", {"text": "Och jag skriver också", "key": uuid.uuid4().hex})["ok"]


def test_fifty_phones_behind_one_address_are_never_limited(server, peers):
    meeting, host = open_meeting(server, peers, wall_on_phones=True)
    phones = [peers(server, parent_auth(meeting)) for _ in range(50)]
    ideas = []
    for round_ in range(3):  # each phone writes three ideas, one after the other, as a room does
        for number, phone in enumerate(phones):
            answer = phone.call("contribute", {"text": f"Idé {round_}-{number}", "key": uuid.uuid4().hex})
            assert answer["ok"] is True, answer
            ideas.append(answer["id"])
    for number, phone in enumerate(phones):  # and agrees with three ideas of others
        for idea in ideas[number + 1:number + 4]:
            answer = phone.call("agree", {"id": idea, "key": uuid.uuid4().hex})
            assert answer["ok"] is True, answer
    assert host.call("phase", {"phase": "summary"})["ok"]
    for phone in phones:
        answer = phone.call("suggest", {"text": "Mer om sömn och vila"})
        assert answer["ok"] is True, answer
    assert len(server.meeting_state(meeting)["contributions"]) == 150


def test_agreements_count_once_per_connection_and_address_whatever_the_keys(server, peers):
    meeting, _host = open_meeting(server, peers, wall_on_phones=True)
    writer = peers(server, parent_auth(meeting))
    idea = writer.call("contribute", {"text": "Läsa saga", "key": "k1"})["id"]
    writer.close()
    phone = peers(server, parent_auth(meeting))
    answers = [phone.call("agree", {"id": idea, "key": uuid.uuid4().hex}) for _ in range(5)]
    assert {answer.get("agrees") for answer in answers} == {1}
    # Reconnecting with fresh keys: while it is connected the new socket is a second phone at the address,
    # which may agree once (a real second phone must); after that the address has nothing left to add.
    accepted = 0
    for _ in range(10):
        again = Peer().connect(server, parent_auth(meeting))
        answer = again.call("agree", {"id": idea, "key": uuid.uuid4().hex})
        accepted += answer["ok"]
        assert answer["ok"] or answer["error"]["code"] == "rate_limited"
        again.close()
    assert accepted <= 1
    contribution, = server.meeting_state(meeting)["contributions"]
    assert contribution["agrees"] <= 2


def test_wishes_do_not_flood_through_reconnects(server, peers):
    meeting, host = open_meeting(server, peers)
    assert host.call("phase", {"phase": "summary"})["ok"]
    accepted = 0
    for _ in range(6):
        phone = Peer().connect(server, parent_auth(meeting))
        accepted += sum(phone.call("suggest", {"text": f"Önskan {n}"})["ok"] for n in range(5))
        phone.close()
    assert 5 <= accepted <= 8  # the burst, and what a second or two refilled


def test_a_meeting_has_a_ceiling_on_contributions_a_minute(tmp_path, peers):
    server = Server(tmp_path, env={"QPM_MEETING_CONTRIBUTIONS_PER_MINUTE": "20", "QPM_CONTRIBUTION_BURST": "100",
                                   "QPM_CONTRIBUTION_INTERVAL": "0.01"}).start()
    try:
        meeting, _host = open_meeting(server, peers)
        phones = [peers(server, parent_auth(meeting)) for _ in range(4)]
        answers = [phone.call("contribute", {"text": f"Idé {n}", "key": uuid.uuid4().hex})
                   for n in range(10) for phone in phones]
        accepted = sum(answer["ok"] for answer in answers)
        assert 10 <= accepted <= 12  # half a minute's ceiling at once, and a little refill
        assert {a["error"]["code"] for a in answers if not a["ok"]} == {"rate_limited"}
    finally:
        server.stop()


def test_creating_meetings_is_limited_per_address(tmp_path):
    server = Server(tmp_path, env={"QPM_MEETINGS_PER_ADDRESS": "5"}).start()
    try:
        body = {"kind": "qpm", "title": "Möte", "questions": ["Hur kan vi hjälpa våra barn att somna?"]}
        statuses = [requests.post(server.url + "/api/meetings", json=body, timeout=WAIT).status_code
                    for _ in range(8)]
        assert statuses == [201] * 5 + [429] * 3
        answer = requests.post(server.url + "/api/meetings", json=body, timeout=WAIT).json()
        assert answer["error"]["code"] == "rate_limited"
    finally:
        server.stop()


def test_the_counters_hold_no_address(server):
    engine = create_engine("sqlite:///" + str(server.instance / "qpm.sqlite3"))
    assert [c["name"] for c in inspect(engine).get_columns("counters")] == ["key", "full_at"]
    with engine.connect() as db:
        keys = [row[0] for row in db.execute(text("SELECT key FROM counters"))]
    assert keys and not any("127.0.0.1" in key for key in keys)
    engine.dispose()
