"""The scaled deployment: two `qpm serve` processes on one PostgreSQL, fanning out through Redis, behind nginx.

A parent on one process and the projector on the other must see the same meeting live, directly and
through nginx's ip_hash. The services come from tests/deployment.py; without them these tests skip, in
CI they fail.
"""
import asyncio
import sys
from pathlib import Path

from servers import WAIT, host_auth, parent_auth, screen_auth

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import room_latency as bench  # the bench's clients, tally and percentiles
import versus_relay  # its paced load
from nginx import loopback_address, phone_from

pytest_plugins = ("deployment",)
PACED_PHONES, PACED_SECONDS = 50, 10.0


def test_a_meeting_spans_two_processes(two_servers, peers):
    first, second = two_servers
    meeting = first.create_meeting()
    host = peers(second, host_auth(meeting))
    screen = peers(first, screen_auth(meeting))
    parent_first, parent_second = peers(first, {"code": meeting["code"]}), peers(second, {"code": meeting["code"]})
    for peer in (host, screen, parent_first, parent_second):
        assert peer.next("state")["meeting"]["id"] == meeting["id"]
    assert host.call("phase", {"phase": "question"}) == {"ok": True}
    assert screen.next("phase")["phase"] == "question" and parent_first.next("phase")["phase"] == "question"
    one = parent_second.call("contribute", {"text": "Läsa en saga innan vilan", "key": "k1"})
    two = parent_first.call("contribute", {"text": "Ett lugnt och mörkt rum", "key": "k2"})
    assert one["ok"] and two["ok"]
    seen = {screen.next("contribution")["text"], screen.next("contribution")["text"]}
    assert seen == {"Läsa en saga innan vilan", "Ett lugnt och mörkt rum"}
    assert {host.next("contribution")["id"], host.next("contribution")["id"]} == {one["id"], two["id"]}
    assert host.call("moderate", {"id": one["id"], "action": "hide"}) == {"ok": True}
    assert screen.next("contribution_removed") == {"id": one["id"]}
    for server in two_servers:
        assert len(server.meeting_state(meeting)["contributions"]) == 2


# Through nginx --------------------------------------------------------------------------------------

def addresses_by_process(proxied, count):
    """Return the first `count` client addresses, grouped by the process nginx sends each to."""
    grouped = {server.url: [] for server in proxied.servers}
    for number in range(count):
        address = loopback_address(number)
        grouped[proxied.server_of(address).url].append(address)
    return list(grouped.values())


async def connect_from(proxied, address, auth, clients, transports=("websocket",), on_contribution=None):
    """Return a client connected through nginx from a loopback address, sending a browser's Origin."""
    client = phone_from(address)
    clients.append(client)
    if on_contribution:
        client.on("contribution", on_contribution)
    await client.connect(proxied.url, auth=auth, transports=list(transports), wait_timeout=WAIT,
                         headers={"Origin": proxied.url})
    return client


async def listening(client, event):
    """Return a queue of an event's payloads on a client."""
    inbox = asyncio.Queue()
    client.on(event, inbox.put)
    return inbox


def test_a_meeting_through_nginx_has_phones_on_both_processes(behind_nginx):
    """Host on one process, screen on the other, phones on both (polling, upgrading, WebSocket): all delivered."""
    asyncio.run(meeting_through_nginx(behind_nginx))


async def meeting_through_nginx(proxied):
    on_first, on_second = addresses_by_process(proxied, 16)
    assert len(on_first) >= 4 and len(on_second) >= 4, "ip_hash should spread 16 /24s over both processes"
    meeting = proxied.create_meeting()
    assert meeting["join_url"].startswith(proxied.url), "nginx passes on the host the phones used"
    clients = []
    try:
        screen = await connect_from(proxied, on_first[0], screen_auth(meeting), clients)
        host = await connect_from(proxied, on_second[0], host_auth(meeting), clients)
        on_screen, on_host = await listening(screen, "contribution"), await listening(host, "contribution")
        assert (await host.call("phase", {"phase": "question"}, timeout=WAIT)) == {"ok": True}
        transports = [("polling", "websocket"), ("polling",), ("websocket",)]
        phones = [await connect_from(proxied, address, parent_auth(meeting), clients, transports[n % 3])
                  for n, address in enumerate(on_first[1:4] + on_second[1:4])]
        texts = [f"Vi kan läsa en saga tillsammans, idé {chr(ord('a') + n)}" for n in range(len(phones))]
        answers = await asyncio.gather(*(phone.call("contribute", {"text": text, "key": f"nginx-{n}"}, timeout=WAIT)
                                         for n, (phone, text) in enumerate(zip(phones, texts))))
        assert all(answer["ok"] for answer in answers), answers
        shown = [await asyncio.wait_for(on_screen.get(), WAIT) for _ in phones]
        told = [await asyncio.wait_for(on_host.get(), WAIT) for _ in phones]
        assert sorted(card["text"] for card in shown) == sorted(texts)
        assert {card["id"] for card in told} == {answer["id"] for answer in answers}
        assert len(proxied.meeting_state(meeting)["contributions"]) == len(phones)
    finally:
        await bench.tidy_up(clients)


def test_the_paced_load_through_nginx_delivers_everything(behind_nginx):
    """50 phones × 2 contributions over 10 s through nginx, and the same directly to one process: all shown."""
    through, direct = asyncio.run(paced_both_ways(behind_nginx))
    for figures in (through, direct):
        assert figures["acked"] == figures["sent"] == figures["shown"] == 2 * PACED_PHONES, figures
    assert all(through["spread"]), "the meeting's phones reach both processes"
    print(f"\npaced {PACED_PHONES} phones × 2 over {PACED_SECONDS:g} s, contribute → screen p95: through nginx "
          f"{through['p95']:.1f} ms (phones on the processes: {through['spread']}), directly to one process "
          f"{direct['p95']:.1f} ms: ×{through['p95'] / direct['p95']:.2f}")


async def paced_both_ways(proxied):
    """Run the paced load directly to the first process, then through nginx; return both figures."""
    first = proxied.servers[0]
    direct = await paced(first.create_meeting(), lambda _number, auth, clients, shown: bench.connect(
        first, auth, "websocket", asyncio.Semaphore(50), clients, shown))
    through = await paced(proxied.create_meeting(), lambda number, auth, clients, shown: connect_from(
        proxied, loopback_address(number), auth, clients, on_contribution=shown))
    # Clients 0 and 1 are the screen and the host; the phones are 2 onwards.
    through["spread"] = [sum(proxied.server_of(loopback_address(n)) is server for n in range(2, PACED_PHONES + 2))
                         for server in proxied.servers]
    return through, direct


async def paced(meeting, connect):
    """Connect a screen, a host and the phones of one meeting with `connect`; run the paced load."""
    tally, clients = bench.Tally(), []
    try:
        await connect(0, screen_auth(meeting), clients, tally.on_screen)
        host = await connect(1, host_auth(meeting), clients, None)
        assert (await host.call("phase", {"phase": "question"}, timeout=WAIT)) == {"ok": True}
        phones = await asyncio.gather(*(connect(2 + n, parent_auth(meeting), clients, None)
                                        for n in range(PACED_PHONES)))
        assert all(phone is not None and phone.connected for phone in phones)
        return await versus_relay.load(phones, tally, 2, PACED_SECONDS)
    finally:
        await bench.tidy_up(clients)
