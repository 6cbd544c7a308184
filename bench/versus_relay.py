"""The project against a bare Flask-SocketIO relay (bench/relay.py), side by side in one run: the ratio table.

    python bench/versus_relay.py [--meetings 20] [--phones 50] [--mode gevent] [--rounds 1] [--hostile 0]

For each of `qpm serve` and the relay, in turn: connect M×P phones (50 at a time) and time it, read the
memory per connection, then the paced load (2 contributions per phone spread over 10 s) and the burst
(1 contribution per phone within one second), timing each contribution from `contribute` to the screen.
The machine is shared: compare the ratios, and run --rounds 2+ to see how noisy they are. With --hostile N,
N clients of each kind in bench/soak_hostile.py (oversized frames, malformed events and raw frames, a reconnect
loop, wrong codes) hammer the project's first meeting throughout both loads; the relay runs without them, as
issue 15 compares (the bare relay has no caps, so a hostile client there only measures its own failure).
"""
import argparse
import asyncio
import os
import random
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

import aiohttp

sys.path.insert(0, str(Path(__file__).parent))
import room_latency as bench  # noqa: E402  (the same server, clients and percentiles)
import soak_hostile  # noqa: E402  (the hostile clients)

CONNECTING_AT_ONCE = 50


class Relay(bench.Server):
    """bench/relay.py as a subprocess, with the same face as the project's server."""

    def __init__(self, mode):  # noqa: D107 — no parent __init__: a different command
        self.instance = Path(tempfile.mkdtemp(prefix="qpm-relay-"))
        self.url = f"http://127.0.0.1:{bench.free_port()}"
        self.log = self.instance / "relay.log"
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                [sys.executable, str(Path(__file__).with_name("relay.py")), "--mode", mode,
                 "--port", self.url.rsplit(":", 1)[1]], stdout=log, stderr=subprocess.STDOUT)


def parse_arguments(argv=None):
    """Read the command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, default=20)
    parser.add_argument("--phones", type=int, default=50, help="phones per meeting")
    parser.add_argument("--mode", choices=("gevent", "eventlet"), default="gevent")
    parser.add_argument("--paced-seconds", type=float, default=10.0)
    parser.add_argument("--rounds", type=int, default=1, help="repeat the pair to see the noise")
    parser.add_argument("--timeout", type=float, default=600)
    parser.add_argument("--hostile", type=int, default=0, help="hostile clients of each kind during the loads")
    return parser.parse_args(argv)


async def meetings_for(server, http, count, project):
    """Create the meetings (the project) or make up their names (the relay); open each question."""
    if not project:
        return [{"id": f"r{n}", "code": f"r{n}", "screen_url": "?t=relay", "host_token": ""} for n in range(count)]
    return await asyncio.gather(*(bench.create_meeting(http, server, n) for n in range(count)))


async def send(client, tally, delay):
    """Send one contribution after a delay; time its ack."""
    await asyncio.sleep(delay)
    marker = "b" + "".join(chr(ord("a") + int(digit, 16)) for digit in uuid.uuid4().hex[:12])
    tally.sent[marker] = time.perf_counter()
    try:
        answer = await client.call("contribute", {"text": f"Vi kan läsa tillsammans [{marker}]", "key": marker},
                                   timeout=120)
    except Exception as problem:  # a timeout or a lost socket counts as refused, the run goes on
        answer = {"ok": False, "error": {"code": type(problem).__name__}}
    if answer.get("ok"):
        tally.acknowledged[marker] = time.perf_counter() - tally.sent[marker]
    else:
        tally.refused.append(answer.get("error", {}).get("code"))


async def load(phones, tally, per_phone, seconds):
    """Every phone sends per_phone contributions at random moments within the window; wait for the screens."""
    tally.expected = len(phones) * per_phone
    await asyncio.gather(*(send(phone, tally, random.uniform(0, seconds))
                           for phone in phones for _ in range(per_phone)))
    tally.expected = len(tally.acknowledged)
    if len(tally.shown) < tally.expected:
        try:
            await asyncio.wait_for(tally.all_shown.wait(), timeout=30)
        except asyncio.TimeoutError:
            pass
    values = sorted(tally.shown.values())
    return {"p95": bench.percentile(values, 95) * 1000 if values else float("nan"),
            "p99": bench.percentile(values, 99) * 1000 if values else float("nan"),
            "sent": len(tally.sent), "acked": len(tally.acknowledged), "shown": len(tally.shown),
            "refused": sorted(set(map(str, tally.refused)))}


async def measure(server, args, project, clients):
    """Run the four measurements against one server; return its figures."""
    figures = {}
    async with aiohttp.ClientSession() as http:
        await server.wait_until_ready(http)
        meetings = await meetings_for(server, http, args.meetings, project)
    tallies = {"paced": bench.Tally(), "burst": bench.Tally()}
    shown = lambda card: [tally.on_screen(card) for tally in tallies.values()]  # noqa: E731
    gate = asyncio.Semaphore(CONNECTING_AT_ONCE)
    for meeting in meetings:
        screen = await bench.connect(server, {"meeting": meeting["id"],
                                              "screen_token": meeting["screen_url"].split("?t=", 1)[1]},
                                     "websocket", gate, clients, shown)
        if screen is None:
            raise RuntimeError(f"a screen could not connect:\n{server.output()}")
        if project:
            host = await bench.connect(server, {"meeting": meeting["id"], "token": meeting["host_token"]},
                                       "websocket", gate, clients)
            answer = await host.call("phase", {"phase": "question"}, timeout=30)
            if not answer.get("ok"):
                raise RuntimeError(f"opening the question failed: {answer}")
    await asyncio.sleep(0.5)
    rss_before, started = server.rss_mb(), time.perf_counter()
    phones = []
    # Each with the random value a real phone keeps (static/js/phone.js): its first connect is counted.
    await asyncio.gather(*(bench.connect(server, {"code": meeting["code"], "phone": uuid.uuid4().hex}, "websocket",
                                         gate, phones) for meeting in meetings for _ in range(args.phones)))
    clients.extend(phones)
    figures["connect"] = time.perf_counter() - started
    connected = [phone for phone in phones if phone.connected]
    figures["connected"] = len(connected)
    await asyncio.sleep(0.5)
    figures["kb_per_connection"] = (server.rss_mb() - rss_before) * 1024 / max(1, len(connected))
    # One untimed contribution first: the project loads its word lists on first use, once per process.
    await send(connected[0], bench.Tally(), 0)
    noise = SimpleNamespace(hostile=Counter())
    forever = asyncio.get_running_loop().time() + 86400  # until cancelled below
    hostile = [asyncio.ensure_future(soak_hostile.hostile(kind, server.url, meetings[0]["code"], noise, forever))
               for kind in soak_hostile.HOSTILE for _ in range(args.hostile if project else 0)]
    for name, per_phone, seconds in (("paced", 2, args.paced_seconds), ("burst", 1, 1.0)):
        cpu = server.cpu_seconds()
        figures[name] = await load(connected, tallies[name], per_phone, seconds)
        # The server's processor time per contribution: what makes contributions queue once it nears a core.
        figures[name]["cpu_ms"] = (server.cpu_seconds() - cpu) * 1000 / max(1, figures[name]["acked"])
    for task in hostile:
        task.cancel()
    if hostile:
        await asyncio.wait(hostile, timeout=10)  # a client stuck in its goodbye is left to the tidy-up
    figures["hostile"] = dict(noise.hostile)
    return figures


async def one_round(args):
    """Measure the project, then the relay, each on a fresh process; return both figures."""
    results = {}
    for name, server in (("project", bench.Server(args.mode)), ("relay", Relay(args.mode))):
        clients = []
        try:
            results[name] = await asyncio.wait_for(measure(server, args, name == "project", clients),
                                                   timeout=args.timeout)
        finally:
            server.kill()
            await bench.tidy_up(clients)
    return results


def print_table(args, results):
    """Print the ratio table of the issue for one round."""
    project, relay = results["project"], results["relay"]
    phones = args.meetings * args.phones
    rows = [
        (f"paced {args.meetings}×{args.phones}, 2 each over {args.paced_seconds:g} s: p95 ms",
         project["paced"]["p95"], relay["paced"]["p95"]),
        ("paced: p99 ms", project["paced"]["p99"], relay["paced"]["p99"]),
        (f"burst {phones}×1 within 1 s: p95 ms", project["burst"]["p95"], relay["burst"]["p95"]),
        ("burst: p99 ms", project["burst"]["p99"], relay["burst"]["p99"]),
        ("server CPU per contribution (paced): ms", project["paced"]["cpu_ms"], relay["paced"]["cpu_ms"]),
        (f"connect {phones} phones ({CONNECTING_AT_ONCE} at a time): s", project["connect"], relay["connect"]),
        (f"memory per connection ({phones} connected): KB", project["kb_per_connection"],
         relay["kb_per_connection"]),
    ]
    with_hostile = f", {args.hostile * len(soak_hostile.HOSTILE)} hostile clients in the project" if args.hostile else ""
    print(f"| load ({args.mode}{with_hostile}) | this project | bare relay | ratio |\n| --- | --- | --- | --- |")
    for label, ours, theirs in rows:
        print(f"| {label} | {ours:.1f} | {theirs:.1f} | ×{ours / theirs if theirs else float('nan'):.2f} |")
    for name, figures in results.items():
        counts = ", ".join(f"{load} {figures[load]['acked']}/{figures[load]['sent']} acked, "
                           f"{figures[load]['shown']} shown {' '.join(figures[load]['refused'])}"
                           for load in ("paced", "burst"))
        print(f"  {name}: {figures['connected']}/{phones} connected; {counts}")
        if figures["hostile"]:
            print(f"  {name}, hostile: " + ", ".join(f"{k} {v}" for k, v in sorted(figures["hostile"].items())))


async def main(argv=None):
    """Run the rounds; return the exit status."""
    args = parse_arguments(argv)
    bench.raise_open_file_limit()
    complete = True
    for round_number in range(args.rounds):
        results = await one_round(args)
        print(f"round {round_number + 1} of {args.rounds}, load average {os.getloadavg()[0]:.1f}, "
              f"{os.cpu_count()} cores")
        print_table(args, results)
        sys.stdout.flush()
        complete = complete and all(figures[load]["shown"] == figures[load]["sent"]
                                    for figures in results.values() for load in ("paced", "burst"))
    return 0 if complete else 2


if __name__ == "__main__":
    loop = asyncio.new_event_loop()
    status = loop.run_until_complete(main())
    sys.stdout.flush()
    # Not asyncio.run: its closing waits for every task to end, and a hostile client stuck in its goodbye
    # never does. The servers were killed at the end of each round.
    os._exit(status)
