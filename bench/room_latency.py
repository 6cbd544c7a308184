"""Measure how fast contributions reach the projector: R meetings × P phones on one `qpm serve` process.

    python bench/room_latency.py --meetings 20 --phones 50 --contributions 3 [--mode gevent|eventlet]

Starts its own server (temporary instance folder, 127.0.0.1, rate limits lifted), creates the meetings,
connects a host, a screen and P phones per meeting (asyncio clients, all in this process), lets every
phone send K contributions with a little random jitter, and times each one from the phone's `contribute`
to the screen's `contribution`. Bounded by --timeout; the server is always killed at the end.
"""
import argparse
import asyncio
import os
import random
import re
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import aiohttp
import socketio

QUESTION = "Hur kan vi hjälpa våra barn att känna sig trygga på förskolan?"
# Letters only: a run of digits would look like a phone number and be held for the host.
MARKER = re.compile(r"\[(b[a-p]{12})\]")
CONNECTING_AT_ONCE = 100  # more simultaneous handshakes only measure the accept queue


def parse_arguments(argv=None):
    """Read the command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, default=20, help="meetings (rooms) at once")
    parser.add_argument("--phones", type=int, default=50, help="phones per meeting")
    parser.add_argument("--contributions", type=int, default=3, help="contributions per phone")
    parser.add_argument("--mode", choices=("gevent", "eventlet"), default="gevent", help="the server's async mode")
    parser.add_argument("--transport", choices=("websocket", "polling"), default="websocket",
                        help="how the clients connect (browsers start polling and upgrade)")
    parser.add_argument("--jitter", type=float, default=1.0,
                        help="each phone waits up to this many seconds before each contribution")
    parser.add_argument("--database", default="",
                        help="QPM_DATABASE for the server (default: a SQLite file in a temporary folder)")
    parser.add_argument("--timeout", type=float, default=300, help="give up after this many seconds in all")
    return parser.parse_args(argv)


def raise_open_file_limit():
    """Let this process hold a socket per client: raise the open-file limit to its ceiling."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = 65536 if hard == resource.RLIM_INFINITY else hard
    if soft < wanted:
        resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


def free_port():
    """Return a TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """A `qpm serve` subprocess on a temporary instance folder."""

    def __init__(self, mode, database=""):
        self.instance = Path(tempfile.mkdtemp(prefix="qpm-bench-"))
        self.url = f"http://127.0.0.1:{free_port()}"
        self.log = self.instance / "server.log"
        # The caller's QPM_* settings pass through (e.g. QPM_MAX_CONNECTIONS), except the limits lifted here.
        env = dict(os.environ, QPM_INSTANCE=str(self.instance), QPM_ASYNC_MODE=mode,
                   QPM_CONTRIBUTION_BURST="100000", QPM_CONTRIBUTION_INTERVAL="0.001",
                   QPM_BAD_CODE_LIMIT="100000", QPM_MEETINGS_PER_ADDRESS="100000", QPM_DATABASE=database,
                   QPM_STAFF_PASSWORD="")
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                [str(Path(sys.executable).parent / "qpm"), "serve", "--host", "127.0.0.1",
                 "--port", self.url.rsplit(":", 1)[1]], env=env, stdout=log, stderr=subprocess.STDOUT)

    async def wait_until_ready(self, http, seconds=20):
        """Wait for /healthz; raise with the server's output if it does not come up."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            try:
                async with http.get(self.url + "/healthz", timeout=aiohttp.ClientTimeout(total=1)) as answer:
                    if (await answer.json()) == {"ok": True}:
                        return
            except (aiohttp.ClientError, asyncio.TimeoutError, ValueError):
                pass
            await asyncio.sleep(0.1)
        raise RuntimeError(f"the server did not come up:\n{self.output()}")

    def rss_mb(self):
        """Return the server's resident memory in MB, from /proc."""
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        return float("nan")

    def cpu_seconds(self):
        """Return the processor time the server has used, from /proc."""
        fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def output(self, last=40):
        """Return the last lines the server printed."""
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-last:])

    def kill(self):
        """Kill the server and remove its instance folder."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        shutil.rmtree(self.instance, ignore_errors=True)


class Tally:
    """What happened to every contribution: when it was sent, acknowledged and shown."""

    def __init__(self):
        self.sent = {}  # marker → moment of emit
        self.acknowledged = {}  # marker → seconds to the ack
        self.held = []  # markers acknowledged as held for the host: never meant for the screen
        self.shown = {}  # marker → seconds to the screen
        self.refused = []
        self.all_shown = asyncio.Event()
        self.expected = 0

    def on_screen(self, card):
        """Record a contribution's arrival on a screen."""
        found = MARKER.search(card.get("text", ""))
        if found and found[1] in self.sent and found[1] not in self.shown:
            self.shown[found[1]] = time.perf_counter() - self.sent[found[1]]
            if len(self.shown) >= self.expected:
                self.all_shown.set()


async def create_meeting(http, server, number):
    """Create one QPM meeting over HTTP and return its answer."""
    body = {"kind": "qpm", "title": f"Föräldramöte {number}", "questions": [QUESTION]}
    async with http.post(server.url + "/api/meetings", json=body) as answer:
        if answer.status != 201:
            raise RuntimeError(f"creating a meeting failed: {answer.status} {await answer.text()}")
        return await answer.json()


async def connect(server, auth, transport, gate, clients, on_contribution=None):
    """Return a connected client, or None when the connection fails; every client is kept for tidying up."""
    client = socketio.AsyncClient(reconnection=False, handle_sigint=False)
    clients.append(client)
    if on_contribution:
        client.on("contribution", on_contribution)
    async with gate:
        try:
            await asyncio.wait_for(client.connect(server.url, auth=auth, transports=[transport], wait_timeout=30),
                                   timeout=30)
            return client
        except (socketio.exceptions.ConnectionError, asyncio.TimeoutError, OSError):
            return None


async def tidy_up(clients):
    """Disconnect the clients and close their HTTP sessions (the server is gone: this is quick)."""
    async def close(client):
        await client.disconnect()
        if client.eio.http is not None and not client.eio.http.closed:
            await client.eio.http.close()
    try:
        await asyncio.wait_for(asyncio.gather(*map(close, clients), return_exceptions=True), timeout=30)
    except asyncio.TimeoutError:
        pass


async def phone_sends(client, tally, contributions, jitter):
    """Send a phone's contributions one after the other, as a person would, and time the acks."""
    for _ in range(contributions):
        await asyncio.sleep(random.uniform(0, jitter))
        marker = "b" + "".join(chr(ord("a") + int(digit, 16)) for digit in uuid.uuid4().hex[:12])
        text = f"Vi kan läsa tillsammans [{marker}]"
        tally.sent[marker] = time.perf_counter()
        try:
            answer = await client.call("contribute", {"text": text, "key": marker}, timeout=60)
        except (socketio.exceptions.TimeoutError, socketio.exceptions.BadNamespaceError) as problem:
            answer = {"ok": False, "error": {"code": type(problem).__name__}}
        if answer.get("ok"):
            tally.acknowledged[marker] = time.perf_counter() - tally.sent[marker]
            if answer.get("status") != "visible":
                tally.held.append(marker)
        else:
            tally.refused.append(answer.get("error", {}).get("code"))


async def run(args, server, tally, clients, report):
    """Create the meetings, connect everyone, send, and wait for the screens."""
    async with aiohttp.ClientSession() as http:
        await server.wait_until_ready(http)
        meetings = await asyncio.gather(*(create_meeting(http, server, n) for n in range(args.meetings)))
    gate = asyncio.Semaphore(CONNECTING_AT_ONCE)
    for meeting in meetings:
        screen_token = meeting["screen_url"].split("?t=", 1)[1]
        screen = await connect(server, {"meeting": meeting["id"], "screen_token": screen_token},
                               args.transport, gate, clients, tally.on_screen)
        host = await connect(server, {"meeting": meeting["id"], "token": meeting["host_token"]},
                             args.transport, gate, clients)
        if screen is None or host is None:
            raise RuntimeError(f"a screen or host could not connect:\n{server.output()}")
        answer = await host.call("phase", {"phase": "question"}, timeout=30)
        if not answer.get("ok"):
            raise RuntimeError(f"opening the question failed: {answer}")

    started = time.perf_counter()
    report["phones"] = phones = []
    # Each with the random value a real phone keeps (static/js/phone.js): its first connect is counted.
    await asyncio.gather(*(connect(server, {"code": meeting["code"], "phone": uuid.uuid4().hex}, args.transport,
                                   gate, phones) for meeting in meetings for _ in range(args.phones)))
    connected = [phone for phone in phones if phone.connected]
    report["connect_seconds"] = time.perf_counter() - started

    tally.expected = len(connected) * args.contributions
    started = time.perf_counter()
    await asyncio.gather(*(phone_sends(phone, tally, args.contributions, args.jitter) for phone in connected))
    report["send_seconds"] = time.perf_counter() - started
    # Every acknowledged contribution is on its way to a screen; give the last ones a moment to land.
    tally.expected = len(tally.acknowledged) - len(tally.held)
    if len(tally.shown) < tally.expected:
        try:
            await asyncio.wait_for(tally.all_shown.wait(), timeout=30)
        except asyncio.TimeoutError:
            pass


def percentile(values, share):
    """Return a percentile (0–100) of some values, nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share / 100 * len(ordered)) - 1))]


def describe(seconds):
    """Return p50/p95/p99/max of durations, in milliseconds."""
    if not seconds:
        return "n/a"
    ms = [s * 1000 for s in seconds]
    return (f"p50 {percentile(ms, 50):.1f}  p95 {percentile(ms, 95):.1f}  p99 {percentile(ms, 99):.1f}  "
            f"max {max(ms):.1f}  (mean {statistics.fmean(ms):.1f})")


def print_report(args, tally, report):
    """Print the figures."""
    wanted = args.meetings * args.phones
    own = resource.getrusage(resource.RUSAGE_SELF)
    print(f"qpm serve ({args.mode}), {args.meetings} meetings × {args.phones} phones × {args.contributions} "
          f"contributions, transport {args.transport}, jitter ≤{args.jitter:g} s, "
          f"open-file limit {report['open_files']}")
    print(f"  connected phones:     {report.get('connected', 0)} of {wanted}"
          f"  (+{2 * args.meetings} screens and hosts; {report.get('connect_seconds', 0):.1f} s to connect)")
    print(f"  acknowledged:         {len(tally.acknowledged)} of {len(tally.sent)} sent"
          f"{'  refused: ' + ', '.join(sorted(set(map(str, tally.refused)))) if tally.refused else ''}")
    print(f"  delivered to screen:  {len(tally.shown)} of {len(tally.acknowledged) - len(tally.held)} acknowledged "
          f"as visible{f' ({len(tally.held)} held for the host)' if tally.held else ''}")
    print(f"  contribute → screen:  {describe(list(tally.shown.values()))} ms")
    print(f"  contribute → ack:     {describe(list(tally.acknowledged.values()))} ms")
    print(f"  wall time:            {report['wall']:.1f} s  (sending {report.get('send_seconds', 0):.1f} s)")
    print(f"  server RSS at end:    {report['rss']:.0f} MB")
    print(f"  processor time:       server {report['cpu']:.1f} s, these clients {own.ru_utime + own.ru_stime:.1f} s"
          f"  ({os.cpu_count()} cores)")


async def main(argv=None):
    """Run the benchmark; return the exit status."""
    args = parse_arguments(argv)
    limit = raise_open_file_limit()
    tally, clients, report = Tally(), [], {}
    server = Server(args.mode, args.database)
    # A polite kill stops the run the way Ctrl-C does, so the server is still killed.
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, asyncio.current_task().cancel)
    started = time.perf_counter()
    failure = None
    try:
        try:
            await asyncio.wait_for(run(args, server, tally, clients, report), timeout=args.timeout)
        except asyncio.TimeoutError:
            failure = f"stopped after the --timeout of {args.timeout:g} s"
        except RuntimeError as problem:
            failure = str(problem)
        wall = time.perf_counter() - started
        alive = server.process.poll() is None
        rss, cpu = (server.rss_mb(), server.cpu_seconds()) if alive else (float("nan"), float("nan"))
        if not alive:
            failure = (failure or "") + f"\nthe server exited:\n{server.output()}"
        report["connected"] = sum(phone.connected for phone in report.get("phones", ()))
    finally:
        server.kill()
        await tidy_up(clients + report.get("phones", []))
    report.update(wall=wall, rss=rss, cpu=cpu, open_files=limit)
    print_report(args, tally, report)
    if failure:
        print(f"  FAILED: {failure}", file=sys.stderr)
        return 1
    complete = report.get("connected") == args.meetings * args.phones and \
        len(tally.shown) == len(tally.acknowledged) - len(tally.held) and len(tally.acknowledged) == len(tally.sent)
    return 0 if complete else 2


if __name__ == "__main__":
    try:
        sys.exit(asyncio.run(main()))
    except (KeyboardInterrupt, asyncio.CancelledError):
        sys.exit("interrupted; the server was stopped")
