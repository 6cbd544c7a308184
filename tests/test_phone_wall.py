"""A bounded wall on the phones: a reconnect in a room of a thousand ideas gets the newest and a count."""
import json
import uuid

import pytest

from servers import Peer, Server, host_auth, parent_auth

IDEAS = 1000
PAGE = 50
ENV = {"QPM_CONTRIBUTION_BURST": "100000", "QPM_CONTRIBUTION_INTERVAL": "0.0001",
       "QPM_MEETING_CONTRIBUTIONS_PER_MINUTE": "100000000"}


@pytest.fixture(scope="module")
def crowded(tmp_path_factory):
    """Return a server, a meeting whose wall is on the phones with a thousand ideas, and their ids."""
    server = Server(tmp_path_factory.mktemp("crowded"), env=ENV).start()
    meeting = server.create_meeting()
    host, writer = Peer().connect(server, host_auth(meeting)), Peer().connect(server, parent_auth(meeting))
    assert host.call("phase", {"phase": "question", "question": 0})["ok"]
    assert host.call("settings", {"wall_on_phones": True}) == {"ok": True}
    ids = [writer.call("contribute", {"text": f"Vi läser en saga, idé {n}", "key": uuid.uuid4().hex})["id"]
           for n in range(IDEAS)]
    yield server, meeting, ids
    host.close(), writer.close()
    server.stop()


def test_a_reconnecting_phone_gets_the_newest_ideas_and_how_many_are_older(crowded, peers, capsys):
    server, meeting, ids = crowded
    state = peers(server, parent_auth(meeting)).next("state")
    assert [card["id"] for card in state["wall"]] == ids[-PAGE:]
    assert state["wall_older"] == IDEAS - PAGE
    size = len(json.dumps(state, ensure_ascii=False).encode())
    with capsys.disabled():
        print(f"\nstate of a phone in a meeting of {IDEAS} ideas: {size:,} bytes ({PAGE} ideas and a count)")
    assert size < 20_000  # the whole wall was 615 KB at the last count


def test_a_phone_pages_back_through_every_older_idea_once(crowded, peers):
    server, meeting, ids = crowded
    phone = peers(server, parent_auth(meeting))
    seen = [card["id"] for card in phone.next("state")["wall"]]
    older = IDEAS - PAGE
    while older:
        page = phone.call("older_ideas", {"before": seen[0]})
        assert page["ok"] and len(page["cards"]) == min(PAGE, older) and page["older"] == older - len(page["cards"])
        seen = [card["id"] for card in page["cards"]] + seen
        older = page["older"]
    assert seen == ids


def test_bad_page_requests_are_refused_clearly_and_only_phones_may_page(own_server, peers):
    server = own_server(ENV)
    meeting = server.create_meeting()
    host = peers(server, host_auth(meeting))
    assert host.call("phase", {"phase": "question", "question": 0})["ok"]
    phone = peers(server, parent_auth(meeting))
    for before in (None, "12", True, 0, -1, 2**63, 1.5):
        answer = phone.call("older_ideas", {"before": before})
        assert answer["ok"] is False and answer["error"]["code"] == "unknown_contribution", before
    assert phone.call("older_ideas", {"before": 5}) == {"ok": True, "cards": [], "older": 0}  # the wall is off
    assert host.call("older_ideas", {"before": 5})["error"]["code"] == "forbidden"
