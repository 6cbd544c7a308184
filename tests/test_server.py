"""Real-server tests: `qpm serve` as a subprocess, driven by python-socketio clients, under gevent and eventlet."""
import time
import uuid

import pytest
import socketio

from servers import WAIT, Peer, Peers, Server, host_auth, parent_auth, screen_auth

# The shared server keeps the real burst of 5, but refills so slowly that a test can count on it.
SHARED_ENV = {"QPM_CONTRIBUTION_BURST": "5", "QPM_CONTRIBUTION_INTERVAL": "60"}
UNLIMITED_ENV = {"QPM_CONTRIBUTION_BURST": "1000", "QPM_CONTRIBUTION_INTERVAL": "0.01"}


@pytest.fixture(scope="module", params=["gevent", "eventlet"])
def mode(request):
    """Run every test in this module under each supported async mode."""
    return request.param


@pytest.fixture(scope="module")
def server(mode, tmp_path_factory):
    """Give the module one running server in the current async mode."""
    running = Server(tmp_path_factory.mktemp(f"instance-{mode}"), mode, SHARED_ENV).start()
    yield running
    running.stop()


@pytest.fixture
def own_server(mode, tmp_path):
    """Give a test a server of its own (to kill, or to exhaust a limit), stopped afterwards."""
    servers = []

    def start(env=None):
        servers.append(Server(tmp_path, mode, env).start())
        return servers[-1]

    yield start
    for started in servers:
        started.stop()


def open_question(host):
    """Have the host open the question of the day."""
    assert host.call("phase", {"phase": "question"})["ok"] is True


def new_key():
    """Return a fresh client-made contribution key, as a phone makes one."""
    return uuid.uuid4().hex


def assert_refused(answer, code):
    """Check an acknowledgement is a clear refusal with the given code."""
    assert answer["ok"] is False, answer
    assert answer["error"]["code"] == code, answer
    assert isinstance(answer["error"]["message"], str) and answer["error"]["message"].strip(), answer


def collect(peer, event, count):
    """Return the next `count` payloads of an event, by id."""
    payloads = {}
    while len(payloads) < count:
        payload = peer.next(event)
        payloads[payload["id"]] = payload
    return payloads


# The meeting, end to end ---------------------------------------------------------------------------

def test_a_meeting_with_25_phones_end_to_end(server, peers):
    """Host, projector and 25 phones join; every contribution reaches the wall and the store."""
    meeting = server.create_meeting()
    host = peers(server, host_auth(meeting))
    screen = peers(server, screen_auth(meeting))
    assert host.next("state")["role"] == "host"
    assert screen.next("state")["contributions"] == []
    # Most phones upgrade to WebSocket; some stay on long polling (proxies that refuse WebSockets), one
    # starts on WebSocket directly.
    transports = {0: "websocket", 5: "polling", 10: "polling", 15: "polling"}
    phones = [peers(server, parent_auth(meeting), transports.get(n)) for n in range(25)]
    for phone in phones:
        state = phone.next("state")
        assert state["role"] == "parent" and state["meeting"]["phase"] == "lobby"
        assert "contributions" not in state  # phones never get the wall

    open_question(host)
    for phone in phones:
        assert phone.next("phase")["phase"] == "question"

    sent = {}
    for n, phone in enumerate(phones):
        text = f"Vi kan läsa tillsammans varje kväll, idé {n}"
        answer = phone.call("contribute", {"text": text, "key": new_key()})
        assert answer["ok"] is True and answer["status"] == "visible", answer
        sent[answer["id"]] = text

    on_wall = collect(screen, "contribution", len(sent))
    assert {id: card["text"] for id, card in on_wall.items()} == sent
    assert set(collect(host, "contribution", len(sent))) == set(sent)

    hidden = next(iter(sent))
    assert host.call("moderate", {"id": hidden, "action": "hide"})["ok"] is True
    assert screen.next("contribution_removed")["id"] == hidden
    starred = list(sent)[1]
    assert host.call("moderate", {"id": starred, "action": "star"})["ok"] is True
    assert screen.next("contribution") == {**on_wall[starred], "starred": True}

    stored = server.meeting_state(meeting)
    assert {c["id"]: c["text"] for c in stored["contributions"]} == sent
    assert {c["id"]: c["status"] for c in stored["contributions"] if c["status"] != "visible"} == {hidden: "hidden"}
    # A projector that reloads rebuilds the wall without the hidden card.
    reloaded = peers(server, screen_auth(meeting)).next("state")
    assert {c["id"] for c in reloaded["contributions"]} == set(sent) - {hidden}
    assert all(phone.received("contribution") == [] for phone in phones)


@pytest.mark.parametrize("premoderation, texts", [
    (True, ("Vi kan fråga barnen vad de vill", "Vi kan ses på lekplatsen")),
    # Personal data is held even without pre-moderation.
    (False, ("Mejla mig på anna.svensson@example.se", "Ring 070-123 45 67 så ordnar vi det")),
])
def test_a_held_contribution_reaches_the_host_but_never_the_screen(server, peers, premoderation, texts):
    """A held contribution waits for the host; the screen sees only what the host approves."""
    meeting = server.create_meeting(premoderation=premoderation)
    host = peers(server, host_auth(meeting))
    screen = peers(server, screen_auth(meeting))
    phone = peers(server, parent_auth(meeting))
    open_question(host)
    held, approved = (phone.call("contribute", {"text": text, "key": new_key()}) for text in texts)
    assert held["status"] == approved["status"] == "held", (held, approved)
    assert [c["status"] for c in collect(host, "contribution", 2).values()] == ["held", "held"]

    assert host.call("moderate", {"id": approved["id"], "action": "approve"})["ok"] is True
    # Events to one connection arrive in order, so a held card sent earlier would come first.
    assert screen.next("contribution")["id"] == approved["id"]
    assert screen.received("contribution_removed") == []  # the screen is not even told held ones exist
    assert [c["id"] for c in peers(server, screen_auth(meeting)).next("state")["contributions"]] == [approved["id"]]
    assert {c["id"] for c in peers(server, host_auth(meeting)).next("state")["contributions"]} == {
        held["id"], approved["id"]}


# Joining ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("auth, code", [
    ({"code": "QQQQQQ"}, "unknown_code"),
    ({"meeting": "MEETING", "token": "wrong"}, "not_allowed"),
    ({"meeting": "MEETING", "screen_token": "wrong"}, "not_allowed"),
    ({"meeting": "MEETING", "token": "SCREEN"}, "not_allowed"),  # the projector's token is read-only
    ({"meeting": "no-such-meeting", "token": "HOST"}, "not_allowed"),
    ({}, "not_allowed"),
])
def test_a_bad_code_or_token_refuses_the_connection_clearly(server, auth, code):
    """A wrong join code or token refuses the connection with a message a person can act on."""
    meeting = server.create_meeting()
    secrets = {"MEETING": meeting["id"], "HOST": meeting["host_token"], "SCREEN": meeting["screen_token"]}
    auth = {name: secrets.get(value, value) for name, value in auth.items()}
    peer = Peer()
    with pytest.raises(socketio.exceptions.ConnectionError, match="failed to connect"):
        peer.connect(server, dict(auth, lang="en"))
    # The client's exception is generic; the server's reason arrives as the connect_error payload.
    refusal = peer.refusals.get(timeout=WAIT)
    assert refusal["data"] == {"code": code}
    assert ("code" if code == "unknown_code" else "link") in refusal["message"]
    assert peer.inbox["state"].empty()


def test_too_many_wrong_codes_block_the_address_for_a_while(own_server):
    """After the limit of wrong codes even a right code is refused from that address, with a reason."""
    server = own_server({"QPM_BAD_CODE_LIMIT": "3"})
    meeting = server.create_meeting()
    refusals = []
    for code in ("QQQQQQ", "WWWWWW", "EEEEEE", meeting["code"]):
        peer = Peer()
        with pytest.raises(socketio.exceptions.ConnectionError):
            peer.connect(server, {"code": code})
        refusals.append(peer.refusals.get(timeout=WAIT)["data"]["code"])
    assert refusals == ["unknown_code"] * 3 + ["too_many_attempts"]
    Peer().connect(server, host_auth(meeting)).close()  # hosts are not locked out by the phones' limit


# Contributing -------------------------------------------------------------------------------------

def test_the_same_key_twice_stores_once(server, peers):
    """A phone that resends after a lost acknowledgement, even over a new connection, stores nothing new."""
    meeting = server.create_meeting()
    host = peers(server, host_auth(meeting))
    open_question(host)
    key = new_key()
    first = peers(server, parent_auth(meeting)).call("contribute", {"text": "Vi kan sjunga", "key": key})
    again = peers(server, parent_auth(meeting)).call("contribute", {"text": "Vi kan sjunga", "key": key})
    assert first["ok"] and again["ok"] and first["id"] == again["id"]
    assert [c["id"] for c in server.meeting_state(meeting)["contributions"]] == [first["id"]]


def test_a_phone_that_sends_too_fast_is_told_to_wait(server, peers):
    """After a burst of five, a phone is refused with a clear error and nothing more is stored."""
    meeting = server.create_meeting()
    open_question(peers(server, host_auth(meeting)))
    phone = peers(server, parent_auth(meeting))
    answers = [phone.call("contribute", {"text": f"Vi kan {n}", "key": new_key()}) for n in range(6)]
    assert [a["ok"] for a in answers] == [True] * 5 + [False]
    assert_refused(answers[-1], "rate_limited")
    assert len(server.meeting_state(meeting)["contributions"]) == 5


LONGEST = "å" * 500

# (who sends, event, payload, error code); "MINE" and "OTHER" stand for the id of a contribution to the
# sender's meeting and to another meeting.
BAD_INPUT = [
    ("parent", "contribute", None, "bad_request"),
    ("parent", "contribute", ["Vi kan", "k"], "bad_request"),
    ("parent", "contribute", "Vi kan sjunga", "bad_request"),
    ("parent", "contribute", 42, "bad_request"),
    ("parent", "contribute", {"key": "k1"}, "bad_type"),
    ("parent", "contribute", {"text": 42, "key": "k1"}, "bad_type"),
    ("parent", "contribute", {"text": ["Vi"], "key": "k1"}, "bad_type"),
    ("parent", "contribute", {"text": "", "key": "k1"}, "empty"),
    ("parent", "contribute", {"text": " \n\t ", "key": "k1"}, "empty"),
    ("parent", "contribute", {"text": "\u200b\u2060\ufeff", "key": "k1"}, "empty"),
    ("parent", "contribute", {"text": LONGEST + "x", "key": "k1"}, "too_long"),
    ("parent", "contribute", {"text": "Vi kan"}, "bad_key"),
    ("parent", "contribute", {"text": "Vi kan", "key": ""}, "bad_key"),
    ("parent", "contribute", {"text": "Vi kan", "key": 7}, "bad_key"),
    ("parent", "contribute", {"text": "Vi kan", "key": "k" * 65}, "bad_key"),
    ("parent", "agree", 7, "bad_request"),
    ("parent", "agree", {"id": 10**9}, "cannot_agree"),
    ("parent", "agree", {"id": "OTHER"}, "cannot_agree"),
    ("parent", "suggest", {"text": 5}, "bad_type"),
    ("parent", "suggest", {"text": "Vi vill prata om sömnen"}, "not_now"),  # wishes come at the end
    ("screen", "agree", {"id": "MINE"}, "forbidden"),
    ("host", "suggest", {"text": "Vi vill prata om sömnen"}, "forbidden"),
    ("parent", "moderate", {"id": 1, "action": "hide"}, "forbidden"),
    ("parent", "phase", {"phase": "closed"}, "forbidden"),
    ("screen", "contribute", {"text": "Vi kan", "key": "k1"}, "forbidden"),
    ("screen", "moderate", {"id": 1, "action": "hide"}, "forbidden"),
    ("screen", "phase", {"phase": "closed"}, "forbidden"),
    ("host", "contribute", {"text": "Vi kan", "key": "k1"}, "forbidden"),
    ("host", "moderate", None, "bad_request"),
    ("host", "moderate", {"action": "hide"}, "unknown_contribution"),
    ("host", "moderate", {"id": "1", "action": "hide"}, "unknown_contribution"),
    ("host", "moderate", {"id": True, "action": "hide"}, "unknown_contribution"),
    ("host", "moderate", {"id": 10**9, "action": "hide"}, "unknown_contribution"),
    ("host", "moderate", {"id": "OTHER", "action": "hide"}, "unknown_contribution"),
    ("host", "moderate", {"id": "MINE", "action": "delete"}, "bad_action"),
    ("host", "moderate", {"id": "MINE", "action": None}, "bad_action"),
    ("host", "phase", None, "bad_request"),
    ("host", "phase", {}, "bad_phase"),
    ("host", "phase", {"phase": "party"}, "bad_phase"),
    ("host", "phase", {"phase": ["question"]}, "bad_phase"),
    ("host", "phase", {"phase": "question", "question": 1}, "bad_question"),
    ("host", "phase", {"phase": "question", "question": -1}, "bad_question"),
    ("host", "phase", {"phase": "question", "question": "0"}, "bad_question"),
    ("host", "phase", {"phase": "question", "question": True}, "bad_question"),
]


@pytest.fixture(scope="module")
def two_rooms(server):
    """Give two open meetings with one contribution each, and a host, screen and phone in each."""
    peers, rooms = Peers(), []
    for _ in range(2):
        meeting = server.create_meeting()
        host = peers(server, host_auth(meeting))
        open_question(host)
        phone = peers(server, parent_auth(meeting))
        meeting["contribution"] = phone.call("contribute", {"text": "Vi kan leka ute", "key": new_key()})["id"]
        rooms.append(dict(meeting, host=host, phone=phone, screen=peers(server, screen_auth(meeting))))
    yield rooms
    peers.close()


@pytest.mark.parametrize("role, event, payload, code", BAD_INPUT,
                         ids=[f"{role}-{event}-{code}-{n}" for n, (role, event, _, code) in enumerate(BAD_INPUT)])
def test_bad_input_is_refused_clearly_and_stores_nothing(server, two_rooms, role, event, payload, code):
    """Every malformed or forbidden message gets an error ack; the meeting is unchanged and serving goes on."""
    mine, other = two_rooms
    if isinstance(payload, dict) and payload.get("id") in ("MINE", "OTHER"):
        payload = dict(payload, id=(mine if payload["id"] == "MINE" else other)["contribution"])
    before = server.stored(mine), server.stored(other)
    sender = {"parent": mine["phone"], "screen": mine["screen"], "host": mine["host"]}[role]
    # A fresh phone for each message, so the rate limit never answers in place of the check.
    if role == "parent":
        sender = Peer().connect(server, parent_auth(mine))
    try:
        assert_refused(sender.call(event, payload), code)
        assert (server.stored(mine), server.stored(other)) == before
        assert sender.call("contribute", {"text": "Vi kan", "key": "k1"})["ok"] is (role == "parent")
    finally:
        if role == "parent":
            sender.close()


def test_the_longest_allowed_text_is_stored_trimmed(server, peers):
    """Exactly 500 characters (after trimming the spaces around) are accepted and stored as sent."""
    meeting = server.create_meeting()
    open_question(peers(server, host_auth(meeting)))
    answer = peers(server, parent_auth(meeting)).call("contribute", {"text": f"  {LONGEST}\n ", "key": new_key()})
    assert answer["ok"] is True, answer
    assert [c["text"] for c in server.meeting_state(meeting)["contributions"]] == [LONGEST]


def test_contributions_wait_for_the_question_to_open(server, peers):
    """In the lobby a contribution is refused with a reason, and nothing is stored."""
    meeting = server.create_meeting()
    answer = peers(server, parent_auth(meeting)).call("contribute", {"text": "Vi kan", "key": new_key()})
    assert_refused(answer, "question_not_open")
    assert server.meeting_state(meeting)["contributions"] == []


@pytest.mark.parametrize("transport", ["websocket", "polling"])
@pytest.mark.parametrize("size", [20_000, 1_000_000])
def test_a_message_over_the_size_cap_does_not_hurt_the_server(server, peers, transport, size):
    """A message over the ~16 KB cap may cost its sender the connection; nothing is stored, others carry on."""
    meeting = server.create_meeting()
    open_question(peers(server, host_auth(meeting)))
    bystander = peers(server, parent_auth(meeting))
    sender = peers(server, parent_auth(meeting), transport)
    answer = sender.call_or_drop("contribute", {"text": "Vi kan " + "x" * size, "key": new_key()})
    if answer is not None:
        assert_refused(answer, "too_long")
    assert server.is_healthy()
    assert bystander.call("contribute", {"text": "Vi kan fika", "key": new_key()})["ok"] is True
    assert peers(server, parent_auth(meeting)).next("state")["role"] == "parent"
    assert [c["text"] for c in server.meeting_state(meeting)["contributions"]] == ["Vi kan fika"]


# Durability ---------------------------------------------------------------------------------------

def test_acknowledged_contributions_survive_sigkill(own_server, peers):
    """Twenty acknowledged contributions are all there after kill -9 and a restart on the same folder."""
    server = own_server(UNLIMITED_ENV)
    meeting = server.create_meeting()
    host = peers(server, host_auth(meeting))
    open_question(host)
    phone = peers(server, parent_auth(meeting))
    sent = {}
    for n in range(20):
        key = new_key()
        answer = phone.call("contribute", {"text": f"Vi kan göra utflykter, förslag {n}", "key": key})
        assert answer["ok"] is True, answer
        sent[answer["id"]] = (key, f"Vi kan göra utflykter, förslag {n}")
    server.kill()  # straight after the last acknowledgement: nothing gets a chance to flush
    for peer in (host, phone):
        peer.close()

    server.start()
    stored = server.meeting_state(meeting)
    assert {c["id"]: c["text"] for c in stored["contributions"]} == {id: text for id, (_, text) in sent.items()}
    assert stored["meeting"]["phase"] == "question"
    wall = peers(server, screen_auth(meeting)).next("state")["contributions"]
    assert {c["id"] for c in wall} == set(sent)
    # A phone that never saw its last acknowledgement resends after the restart: still stored once.
    last_id, (last_key, last_text) = list(sent.items())[-1]
    resend = peers(server, parent_auth(meeting)).call("contribute", {"text": last_text, "key": last_key})
    assert (resend["ok"], resend["id"], resend["status"]) == (True, last_id, "visible")
    assert len(server.meeting_state(meeting)["contributions"]) == 20


def test_the_server_log_holds_no_address(server):
    """After every test above, with many phones come and gone, the server printed no IP address."""
    lines = [line for line in server.output().splitlines() if not line.startswith("QPM meeting room")]
    assert not [line for line in lines if "127.0.0.1" in line]


def test_phones_get_the_ideas_wall_in_batches(own_server, peers):
    """50 ideas reach a phone showing the wall in a handful of messages, not one message per idea."""
    server = own_server(UNLIMITED_ENV)
    meeting = server.create_meeting()
    host = peers(server, host_auth(meeting))
    open_question(host)
    assert host.call("settings", {"wall_on_phones": True}) == {"ok": True}
    watcher, writer = peers(server, parent_auth(meeting)), peers(server, parent_auth(meeting))
    assert watcher.next("state")["wall"] == []
    started = time.monotonic()
    for n in range(50):
        assert writer.call("contribute", {"text": f"Idé nummer {n}", "key": new_key()})["ok"]
    cards, batches = set(), 0
    while len(cards) < 50:
        batch = watcher.next("wall")
        batches += 1
        cards.update(card["id"] for card in batch["changed"])
    elapsed = time.monotonic() - started
    # One batch per half second at most, and a couple to spare for the edges of the intervals.
    assert batches <= elapsed / 0.5 + 2, (batches, elapsed)
    assert batches < 50 and watcher.received("contribution") == []
