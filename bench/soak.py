"""A soak of one `qpm serve`: phones that drop, go offline and resend, hostile clients, a kill -9 midway.

    python bench/soak.py [--phones 300] [--minutes 10] [--warm-up-seconds 60] [--reference-minutes 1]
                         [--hostile 1] [--kill-at 0.4]

Not part of the pytest run: about 15 minutes at the defaults (the churn runs --warm-up-seconds, then
--minutes, for the project and again for the reference). A real server on a fresh instance folder, a meeting
made over HTTP, its question open with the wall on the phones, a screen and a host; then the phones of
bench/soak_phones.py churn (drops, offline spells, resends by key, rate limits obeyed) beside
bench/soak_hostile.py. The warm-up sets the memory's start on the plateau a full room leaves (without it the
first minute's allocator high-water mark alone passes 10 %, in the bare relay too). Partway the server gets a
SIGKILL and restarts on the same folder. At the end the store is read back (the SQLite file read-only, and the
host's API). The targets are absolute, as issue 16 sets them; the bare relay (bench/relay.py) then gets the
same phone churn for --reference-minutes, so its memory stands beside the project's: a growth both show
belongs to the stack.
"""
import argparse
import asyncio
import contextlib
import os
import re
import shutil
import sqlite3
import sys
from collections import Counter
from urllib.parse import parse_qs, urlparse

import aiohttp
import psutil
import room_latency as bench
import soak_hostile
import soak_phones as phones
import socketio
from soak_server import LIMITS, RAISED, SoakServer, kill_and_restart, rss_mb, watch
from versus_relay import Relay

from qpm.config import DEFAULTS

SETTLE_SECONDS = 10  # after the phones leave and before the memory is read: the disconnects are handled
FINISH_SECONDS = 120  # for the phones to send what still waits when the time is up
STARTUP_LINES = re.compile(r"^(Open files allowed|QPM meeting room)")


async def set_up_room(server, http, project):
    """Create the meeting, connect a screen and a host, open the question; return the meeting and those two."""
    meeting, token = {"id": "soak", "code": "soak"}, "relay"
    if project:
        body = {"kind": "qpm", "title": "Föräldramöte, soak", "questions": [bench.QUESTION]}
        async with http.post(server.url + "/api/meetings", json=body) as answer:
            meeting = await answer.json()
        token = parse_qs(urlparse(meeting["screen_url"]).query)["t"][0]
    # These two reconnect on their own after the kill, as the pages do.
    screen = socketio.AsyncClient(handle_sigint=False)
    await screen.connect(server.url, auth={"meeting": meeting["id"], "screen_token": token},
                         transports=["websocket"], wait_timeout=10)
    if not project:
        return meeting, [screen]
    host = socketio.AsyncClient(handle_sigint=False)
    await host.connect(server.url, auth={"meeting": meeting["id"], "token": meeting["host_token"]},
                       transports=["websocket"], wait_timeout=10)
    for event, payload in (("phase", {"phase": "question"}), ("settings", {"wall_on_phones": True})):
        answer = await host.call(event, payload, timeout=10)  # the wall on the phones: they may agree
        if not answer.get("ok"):
            raise RuntimeError(f"{event} {payload} failed: {answer}")
    return meeting, [screen, host]


async def read_back(server, http, meeting):
    """Return the stored (key, id, text) rows, from the SQLite file opened read-only, and the ids the API shows."""
    path = server.instance / "qpm.sqlite3"
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
        rows = db.execute("SELECT key, id, text FROM contributions WHERE meeting_id = ?", (meeting["id"],)).fetchall()
    async with http.get(f"{server.url}/api/meetings/{meeting['id']}",
                        headers={"Authorization": f"Bearer {meeting['host_token']}"}) as answer:
        shown = [card["id"] for card in (await answer.json())["contributions"]]
    return rows, shown


async def churn(server, meeting, room, args, seconds, project, report=None):
    """Let the phones churn for a while, with the hostile clients in the project, then send what waits and leave."""
    loop = asyncio.get_running_loop()
    until = loop.time() + seconds
    tasks = [phone.run(until) for phone in room]
    if project:
        tasks += [soak_hostile.hostile(kind, server.url, meeting["code"], room[0].tally, until)
                  for kind in soak_hostile.HOSTILE for _ in range(args.hostile)]
    if report is not None:
        tasks.append(kill_and_restart(server, seconds * args.kill_at, report))
    await asyncio.gather(*tasks)
    await asyncio.gather(*(phone.finish(loop.time() + FINISH_SECONDS) for phone in room))
    await asyncio.sleep(SETTLE_SECONDS)


async def soak(server, args, seconds, project):
    """Set up the room, warm up, measure, churn (with the kill when it is the project), measure, read back."""
    tally, report, loop = phones.Tally(), {}, asyncio.get_running_loop()
    async with aiohttp.ClientSession() as http:
        await server.wait_until_ready(http)
        meeting, watchers = await set_up_room(server, http, project)
        room = [phones.Phone(server.url, meeting["code"], tally, project) for _ in range(args.phones)]
        room[0].write()
        await room[0].finish(loop.time() + 30)  # the project loads its word lists on first use
        report["rss_room"] = rss_mb(server)
        # The warm-up: every phone writes one idea, and the churn runs a while. The start is then the plateau a
        # full room leaves behind (allocator high-water marks included), so what the soak adds to it shows.
        for phone in room:
            phone.write()
        await churn(server, meeting, room, args, args.warm_up_seconds, project)
        report.update(rss_start=rss_mb(server), fds_start=psutil.Process(server.process.pid).num_fds())
        watching = asyncio.ensure_future(watch(server, report))
        await churn(server, meeting, room, args, seconds, project, report if project else None)
        watching.cancel()
        report.update(rss_end=rss_mb(server), fds_end=psutil.Process(server.process.pid).num_fds())
        if project:
            report["rows"], report["shown"] = await read_back(server, http, meeting)
            async with http.get(server.url + "/healthz") as answer:
                report["healthy"] = answer.status == 200 and await answer.json() == {"ok": True}
        for client in watchers:
            await phones.close(client)
    return tally, report


def verdicts(tally, report):
    """Return the figures checked against the store, and (target, passed) for each target."""
    stored = {}
    for key, row_id, text in report["rows"]:
        stored.setdefault(key, []).append(row_id)
    markers = Counter(re.search(r"\[([a-p]+)\]", text)[1] for _key, _id, text in report["rows"] if "[" in text)
    missing = [key for key, idea in tally.acked.items() if idea not in stored.get(key, [])]
    figures = {"missing": len(missing), "twice": sum(len(ids) > 1 for ids in stored.values()),
               "ideas twice": sum(count > 1 for count in markers.values()),
               "never acked": sum(key not in tally.acked for key in stored), "rows": len(report["rows"])}
    growth = report["rss_end"] / report["rss_start"] - 1
    refused = sum(tally.refused.values())
    accepted = sum(count for name, count in tally.hostile.items() if "ACCEPTED" in name or "LET IN" in name)
    tracebacks = [line for line in report["log"] if "Traceback" in line]
    targets = [
        (f"acknowledged ideas missing from the store: {len(missing)} of {len(tally.acked)}", not missing),
        (f"keys stored twice: {figures['twice']}; ideas stored under two keys: {figures['ideas twice']}",
         not figures["twice"] and not figures["ideas twice"]),
        (f"known keys answered with another id (resends, mine): {len(tally.other_ids)}; "
         + f"mine missed {tally.mine_missing} of {tally.mine_asked}", not tally.other_ids and not tally.mine_missing),
        (f"memory after the phones left within 10 % of the start: {growth:+.1%}", abs(growth) <= 0.10),
        (f"open descriptors back to the start (±5): {report['fds_start']} → {report['fds_end']}",
         abs(report["fds_end"] - report["fds_start"]) <= 5),
        (f"honest ideas refused for good: {refused}; still unacknowledged at the end: {tally.unacknowledged}",
         not refused and not tally.unacknowledged),
        (f"hostile messages accepted: {accepted}", not accepted),
        (f"tracebacks in the server log: {len(tracebacks)}; server healthy at the end: {report['healthy']}",
         not tracebacks and report["healthy"]),
    ]
    return figures, targets


def counts(counter):
    """Return a Counter as `name n, name n`, most first."""
    return ", ".join(f"{name} {count}" for name, count in counter.most_common()) or "none"


def print_report(args, tally, report, reference):
    """Print the figures, the memory beside the bare relay's, and a PASS/FAIL line per target."""
    figures, targets = verdicts(tally, report)
    limits = ", ".join(f"{name} {os.environ.get('QPM_' + name, DEFAULTS[name])}"
                       f"{'' if 'QPM_' + name not in os.environ else ' (raised for the run)'}" for name in LIMITS)
    print(f"soak: qpm serve (gevent), {args.phones} phones for {args.minutes:g} min, {args.hostile} of each of "
          f"{len(soak_hostile.HOSTILE)} hostile clients, kill -9 at {args.kill_at * args.minutes:.1f} min "
          f"({os.cpu_count()} cores, load {os.getloadavg()[0]:.1f})")
    raised = ", ".join(f"{name}={value}" for name, value in RAISED.items())
    print(f"  limits: {limits}; raised for the run: {raised} (every client is 127.0.0.1)")
    print(f"  ideas written {tally.written}, acknowledged {len(tally.acked)}; "
          f"waited and sent again: {counts(tally.waits)}")
    print(f"  stored {figures['rows']} (the host's API shows {len(report['shown'])}); stored but never "
          f"acknowledged {figures['never acked']} (an ack lost at the kill, or one the phones never saw)")
    print(f"  resends of acknowledged keys {tally.resends}; agreements: {counts(tally.agrees)}")
    print(f"  connections {tally.connects}; left on purpose: {counts(tally.drops)}; failed: {counts(tally.refusals)}")
    print(f"  hostile: {counts(tally.hostile)}")
    print(f"  server down {report['down_seconds']:.1f} s at the kill; RSS {report['rss_at_kill']:.0f} MB before it, "
          f"{report['rss_after_restart']:.0f} MB just after the restart; by minute: "
          + " ".join(f"{rss:.0f}" for rss in report["by_minute"]))
    other = Counter(re.sub(r"\d+", "N", line) for line in report["log"] if not STARTUP_LINES.match(line))
    print(f"  server log, other than start-up lines: {counts(other)[:600]}")
    rows = [("room set up, one idea (before the warm-up round)", "rss_room"),
            (f"start (after the warm-up: one idea a phone, {args.warm_up_seconds:g} s of churn)", "rss_start"),
            ("peak", "peak"),
            ("after the phones left", "rss_end")]
    print(f"  | memory, RSS MB | this project ({args.minutes:g} min) | bare relay ({args.reference_minutes:g} min) |"
          "\n  | --- | --- | --- |")
    for label, name in rows:
        print(f"  | {label} | {report[name]:.1f} | {reference[name] if reference else float('nan'):.1f} |")
    for label, name in (("peak ÷ start", "peak"), ("after ÷ start", "rss_end")):
        theirs = reference[name] / reference["rss_start"] if reference else float("nan")
        print(f"  | {label} | ×{report[name] / report['rss_start']:.3f} | ×{theirs:.3f} |")
    for label, passed in targets:
        print(f"{'PASS' if passed else 'FAIL'}  {label}")
    return all(passed for _label, passed in targets)


def parse_arguments(argv=None):
    """Read the command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phones", type=int, default=300)
    parser.add_argument("--minutes", type=float, default=10.0, help="how long the phones churn")
    parser.add_argument("--reference-minutes", type=float, default=1.0, help="the bare relay's churn (0: none)")
    parser.add_argument("--hostile", type=int, default=1, help="clients of each hostile kind")
    parser.add_argument("--warm-up-seconds", type=float, default=60,
                        help="the churn before the start's memory is read (0: one idea per phone only)")
    parser.add_argument("--kill-at", type=float, default=0.4, help="when to kill -9, as a share of --minutes")
    return parser.parse_args(argv)


async def main(argv=None):
    """Soak the project, then the bare relay; print the report; return the exit status."""
    args = parse_arguments(argv)
    bench.raise_open_file_limit()
    server, reference = SoakServer().start(), None
    try:
        tally, report = await soak(server, args, args.minutes * 60, project=True)
    finally:
        server.stop()
    report["log"] = server.lines()
    if args.reference_minutes > 0:
        relay = Relay("gevent")
        try:
            _relay_tally, reference = await soak(relay, args, args.reference_minutes * 60, project=False)
        finally:
            relay.kill()
    if not print_report(args, tally, report, reference):
        print(f"the instance folder and the server logs are kept in {server.instance}")
        return 1
    shutil.rmtree(server.instance, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
