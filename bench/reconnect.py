"""Phones reconnecting while the ideas are on them: a phone's state, the server's CPU and the host's ack.

    python bench/reconnect.py [--ideas 1000] [--length 500] [--parallel 40] [--seconds 10] [--before a0217b6^]

Issue 17 item 4: with 1,000 ideas on the phones a whole-wall `state` was 615 KB and ~33 ms of server CPU a
reconnect, and 40 parallel reconnects pushed the host's ack to 1.4 s. One `qpm serve` (rate limits lifted), one
meeting, its question open, `wall_on_phones` on, --ideas ideas of ~--length characters (615 bytes an idea is a
text near the 500 cap). Columns: the bounded wall as shipped (`state` has the newest 50 and `wall_older`); the
whole wall paged (the same phone pages back through every `older_ideas` page: a whole-wall state's bytes, in 20
small reads the host's call can slip between); the whole-wall state itself (`qpm serve` from --before, the commit
before the bounded wall, via `git archive`, run after the first server). Figures: the bytes a phone gets, server
CPU a reconnect (psutil around --reconnects in a row), the host's `note` ack (a write, like moderating) idle and
while --parallel phones reconnect over and over for --seconds. The machine is shared: read the ratios.
"""
import argparse
import asyncio
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from types import SimpleNamespace

import aiohttp
import psutil
import socketio

sys.path.insert(0, str(Path(__file__).parent))
import room_latency as bench  # the same `qpm serve` subprocess and percentiles

ROOT = Path(__file__).resolve().parent.parent
WRITERS = 4  # phones that write the ideas at once: the writer commits them in groups
PAUSE = 0.05  # seconds between the host's calls: a person clicking, not a flood
NOTE = "Låt alla höras, börja med en runda."
FILLER = ("vi kan läsa en saga tillsammans varje kväll och prata om hur dagen har varit, vad som var roligt "
          "och vad som var svårt, och vi kan gå till förskolan lite tidigare ibland så att det blir lugnt, ")
FAILURES = (socketio.exceptions.ConnectionError, socketio.exceptions.TimeoutError, TimeoutError, OSError,
            RuntimeError)


def parse_arguments(argv=None):
    """Read the command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ideas", type=int, default=1000, help="ideas on the wall")
    parser.add_argument("--length", type=int, default=500, help="characters an idea, about")
    parser.add_argument("--reconnects", type=int, default=40, help="sequential reconnects timed for CPU")
    parser.add_argument("--parallel", type=int, default=40, help="phones reconnecting at once")
    parser.add_argument("--seconds", type=float, default=10, help="seconds each idle and loaded phase")
    parser.add_argument("--mode", choices=("gevent", "eventlet"), default="gevent", help="the server's async mode")
    parser.add_argument("--before", default="a0217b6^", help="the commit whose server sends the whole wall ('': none)")
    parser.add_argument("--timeout", type=float, default=600, help="give up after this many seconds in all")
    return parser.parse_args(argv)


class Before(bench.Server):
    """`qpm serve` as it was at another commit: its package from `git archive`, first on the server's path."""

    def __init__(self, mode, commit):  # the same command as bench.Server, another package
        self.source = Path(tempfile.mkdtemp(prefix="qpm-before-"))
        tree = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "qpm", "templates", "static", "letters"],
                              check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(self.source)], input=tree, check=True)
        kept = os.environ.get("PYTHONPATH")
        os.environ["PYTHONPATH"] = str(self.source)  # bench.Server passes this process's environment on
        super().__init__(mode)
        os.environ.pop("PYTHONPATH") if kept is None else os.environ.update(PYTHONPATH=kept)

    def kill(self):
        """Kill the server and remove its instance folder and the package it ran."""
        super().kill()
        shutil.rmtree(self.source, ignore_errors=True)


def size(payload):
    """Return a payload's size as JSON in UTF-8, counted as tests/test_phone_wall.py counts it."""
    return len(json.dumps(payload, ensure_ascii=False).encode())


def idea_text(number, length):
    """Return an idea of about `length` characters (lower case, no digits but its number: nothing held)."""
    text = f"Vi läser en saga, idé {number}: " + FILLER * (length // len(FILLER) + 1)
    return text[:length].rsplit(" ", 1)[0]


async def join(room, auth):
    """Connect a socket over WebSocket and return it with the `state` it got."""
    client = socketio.AsyncClient(reconnection=False, handle_sigint=False, http_session=room.http)
    got = asyncio.get_running_loop().create_future()
    client.on("state", lambda state: got.done() or got.set_result(state))
    try:
        await client.connect(room.server.url, auth=auth, transports=["websocket"], wait_timeout=30)
        return client, await asyncio.wait_for(got, 30)
    except BaseException:  # a refused or cancelled connect leaves no socket behind
        await client.disconnect()
        raise


async def reconnect(room, whole):
    """Connect a phone, take its state (with `whole`, every older page too), leave; return bytes and ideas got."""
    client, state = await join(room, {"code": room.code})
    try:
        got, wall, older, ideas = size(state), state["wall"], state.get("wall_older", 0), len(state["wall"])
        while whole and older:
            page = await client.call("older_ideas", {"before": wall[0]["id"]}, timeout=60)
            if not page.get("ok"):
                raise RuntimeError(f"older_ideas refused: {page}")
            got, wall, older, ideas = got + size(page), page["cards"], page["older"], ideas + len(page["cards"])
        return got, ideas
    finally:
        await client.disconnect()


async def fill(room, ideas, length):
    """Put the ideas on the wall from a few phones at once; return how many are shown (not held)."""
    async def write(numbers):
        client, _ = await join(room, {"code": room.code})
        shown = 0
        for number in numbers:
            answer = await client.call("contribute", {"text": idea_text(number, length), "key": uuid.uuid4().hex},
                                       timeout=60)
            if not answer.get("ok"):
                raise RuntimeError(f"contribute refused: {answer}")
            shown += answer["status"] == "visible"
        await client.disconnect()
        return shown
    return sum(await asyncio.gather(*(write(range(n, ideas, WRITERS)) for n in range(WRITERS))))


def busy(process):
    """Return the processor seconds a process has used (user and system)."""
    return sum(process.cpu_times()[:2])


async def cpu_per_reconnect(room, whole, times):
    """Reconnect one phone after the other; return bytes and ideas it got and server CPU ms per reconnect."""
    server = psutil.Process(room.server.process.pid)
    await asyncio.sleep(0.5)  # the fill's last broadcasts are not this phase's
    before = busy(server)
    for _ in range(times):
        got = await reconnect(room, whole)
    await asyncio.sleep(0.3)  # the last disconnect is handled after the client leaves
    return *got, (busy(server) - before) * 1000 / times


async def host_acks(room, seconds, refusals):
    """Time the host's `note` over and over for some seconds; return the durations in seconds."""
    took, deadline = [], time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        started = time.perf_counter()
        answer = await room.host.call("note", {"phase": "question", "text": NOTE}, timeout=120)
        took.append(time.perf_counter() - started)
        if not answer.get("ok"):
            refusals.append(answer.get("error", {}).get("code"))
        await asyncio.sleep(PAUSE)
    return took


async def under_reconnects(room, whole, args, figures):
    """Time the host's acks while --parallel phones reconnect over and over for --seconds."""
    server, clients = psutil.Process(room.server.process.pid), psutil.Process()
    stop, done, failures = time.perf_counter() + args.seconds, [], []

    async def phone():
        while time.perf_counter() < stop:
            try:
                done.append(await reconnect(room, whole))
            except FAILURES as problem:
                failures.append(type(problem).__name__)
    before, started = (busy(server), busy(clients)), time.perf_counter()
    figures["loaded"], *_ = await asyncio.gather(host_acks(room, args.seconds, figures["refused"]),
                                                 *(phone() for _ in range(args.parallel)))
    spent = time.perf_counter() - started
    figures.update(reconnects=len(done) / spent, failures=failures,
                   cores=((busy(server) - before[0]) / spent, (busy(clients) - before[1]) / spent))


async def run(args, room, columns):
    """Fill the wall, then measure each column (a name and whether the phone pages back) in turn."""
    await room.server.wait_until_ready(room.http)
    meeting = await bench.create_meeting(room.http, room.server, 1)
    room.code = meeting["code"]
    room.host, _ = await join(room, {"meeting": meeting["id"], "token": meeting["host_token"]})
    for event, payload in (("phase", {"phase": "question", "question": 0}), ("settings", {"wall_on_phones": True})):
        answer = await room.host.call(event, payload, timeout=30)
        if not answer.get("ok"):
            raise RuntimeError(f"{event} refused: {answer}")
    started, shown = time.perf_counter(), await fill(room, args.ideas, args.length)
    print(f"  {shown} of {args.ideas} ideas shown in {time.perf_counter() - started:.1f} s", flush=True)
    for name, whole in columns:
        figures = {"shown": shown, "refused": []}
        figures["bytes"], figures["ideas"], figures["cpu_ms"] = await cpu_per_reconnect(room, whole, args.reconnects)
        figures["idle"] = await host_acks(room, args.seconds, figures["refused"])
        await under_reconnects(room, whole, args, figures)
        figures["tracebacks"] = room.server.log.read_text(errors="replace").count("Traceback")
        yield name, figures


def triple(seconds):
    """Return p50 / p95 / max of durations in milliseconds."""
    ms = [s * 1000 for s in seconds] or [float("nan")]
    return bench.percentile(ms, 50), bench.percentile(ms, 95), max(ms)


def cell(values, form="{:.1f}"):
    """Return figures as one cell of the table."""
    return " / ".join(form.format(value) for value in values)


def ratios(values, reference):
    """Return a cell of ratios of figures to the reference figures."""
    return cell([value / base for value, base in zip(values, reference)], "{:.1f}×")


def print_table(args, columns):
    """Print the figures side by side, with their ratios to the bounded wall."""
    names, figures = list(columns), list(columns.values())
    acks = [(triple(f["idle"]), triple(f["loaded"])) for f in figures]
    rows = [("phone's state, bytes (JSON, UTF-8)", [f"{f['bytes']:,}" for f in figures],
             [f["bytes"] for f in figures]),
            ("ideas the phone got", [str(f["ideas"]) for f in figures], None),
            (f"server CPU a reconnect, ms ({args.reconnects} in a row)", [f"{f['cpu_ms']:.1f}" for f in figures],
             [f["cpu_ms"] for f in figures]),
            ("host ack idle, p50 / p95 / max ms", [cell(idle) for idle, _ in acks], [idle for idle, _ in acks]),
            (f"host ack, {args.parallel} phones reconnecting", [cell(loaded, "{:.0f}") for _, loaded in acks],
             [loaded for _, loaded in acks]),
            ("  loaded ÷ idle, p50 / p95 / max", [ratios(loaded, idle) for idle, loaded in acks], None),
            ("host acks over 1 s", [str(sum(s > 1 for s in f["idle"] + f["loaded"])) for f in figures], None),
            ("reconnects a second, all phones", [f"{f['reconnects']:.1f}" for f in figures],
             [f["reconnects"] for f in figures]),
            ("cores busy then: server / these clients", [cell(f["cores"], "{:.2f}") for f in figures], None),
            ("failed reconnects / refused acks / log tracebacks",
             [f"{len(f['failures'])} / {len(f['refused'])} / {f['tracebacks']}" for f in figures], None)]
    table = [["", *names, *(f"{name} ÷ {names[0]}" for name in names[1:])]]
    for label, cells, values in rows:
        compare = [ratios(v, values[0]) if isinstance(v, tuple) else f"{v / values[0]:.2f}×" for v in values[1:]] \
            if values else [""] * (len(names) - 1)
        table.append([label, *cells, *compare])
    print(f"\nqpm serve ({args.mode}), {figures[0]['shown']} ideas of ~{args.length} characters on the phones, "
          f"{args.parallel} phones reconnecting over WebSocket, {args.seconds:g} s a phase, {os.cpu_count()} cores")
    widths = [max(len(row[n]) for row in table) for n in range(len(table[0]))]
    for row in table:
        print(f"{row[0]:<{widths[0]}}" + "".join(f"  {text:>{width}}" for text, width in zip(row[1:], widths[1:])))
    print("paged: the same server, a phone paging back through every `older_ideas` page (a whole wall's bytes, in\n"
          "  20 reads the host's call can slip between)" + (f";\nbefore: `qpm serve` at {args.before}, the phone takes "
          "its state only (a0217b6^ sent the whole wall in it)." if args.before else "."))


async def measure(args, server, columns, results):
    """Run one server's columns into results; the server is always killed."""
    try:
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as http:
            room = SimpleNamespace(server=server, http=http, code="", host=None)  # the meeting's code, its host
            try:
                async for name, figures in run(args, room, columns):
                    results[name] = figures
                    print(f"  {name}: measured", flush=True)
            finally:
                if room.host is not None:
                    await room.host.disconnect()
    finally:
        server.tail = server.output()  # the instance folder and its log go with the kill
        server.kill()


async def main(argv=None):
    """Run the benchmark; return the exit status."""
    args = parse_arguments(argv)
    os.environ["QPM_MEETING_CONTRIBUTIONS_PER_MINUTE"] = "100000000"  # bench.Server lifts the other limits
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, asyncio.current_task().cancel)
    runs = [(lambda: bench.Server(args.mode), (("bounded", False), ("paged", True)))]
    runs += [(lambda: Before(args.mode, args.before), (("before", False),))] * bool(args.before)
    results = {}
    for start, columns in runs:
        server = None
        try:
            server = start()
            await asyncio.wait_for(measure(args, server, columns, results), args.timeout)
        except (TimeoutError, RuntimeError, KeyError, subprocess.CalledProcessError) as problem:
            print(f"FAILED: {problem!r}\n{getattr(server, 'tail', '')}", file=sys.stderr)
            break
    if results:
        print_table(args, results)
    return 0 if len(results) == sum(len(columns) for _, columns in runs) else 1

if __name__ == "__main__":
    try:
        sys.exit(asyncio.run(main()))
    except (KeyboardInterrupt, asyncio.CancelledError):
        sys.exit("interrupted; the server was stopped")
