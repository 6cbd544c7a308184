"""The scaled deployment against one process, in one run: the paced load's p95 through nginx and alone.

    python bench/scaled.py [--meetings 20] [--phones 50] [--database postgresql://…] [--mode gevent]

Row 1 is one `qpm serve` as it ships (SQLite, no message queue), the single-process figure of issue 15.
Rows 2 and 3 are the scaled set-up: two processes on one PostgreSQL schema (made and dropped here) and a
throwaway Redis, QPM_PROXIES=1, with nginx (bench/nginx.py, ip_hash) in front. Row 2 sends every client
straight to the first process; row 3 sends them through nginx, each client from its own loopback /24 so
that ip_hash spreads one meeting's phones over both processes. Each row: a screen and a host per meeting,
M×P phones (50 connecting at a time), then 2 contributions per phone at random moments within 10 s,
timed from `contribute` to the screen. The machine is shared: compare the ratios. Needs redis-server,
nginx and a PostgreSQL URL (--database, or QPM_TEST_POSTGRES).
"""
import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import aiohttp
import redis
from sqlalchemy import create_engine, text

sys.path.insert(0, str(Path(__file__).parent))
import room_latency as bench  # the server, the clients, the tally
import versus_relay  # the paced load
from nginx import Nginx, loopback_address, phone_from

CONNECTING_AT_ONCE = 50
# Limits out of the way, as in bench/room_latency.py, and the meetings of three rows from one address.
LIFTED = {"QPM_CONTRIBUTION_BURST": "100000", "QPM_CONTRIBUTION_INTERVAL": "0.001",
          "QPM_BAD_CODE_LIMIT": "100000", "QPM_MEETINGS_PER_ADDRESS": "100000", "QPM_STAFF_PASSWORD": ""}


class ScaledServer(bench.Server):
    """One of the scaled processes: the shared database, message queue and secret; trusts one proxy."""

    def __init__(self, mode, database, message_queue):
        """Start the process (the parent's settings, and the shared ones)."""
        self.instance = Path(tempfile.mkdtemp(prefix="qpm-scaled-"))
        self.url = f"http://127.0.0.1:{bench.free_port()}"
        self.log = self.instance / "server.log"
        env = dict(os.environ, QPM_INSTANCE=str(self.instance), QPM_ASYNC_MODE=mode, QPM_DATABASE=database,
                   QPM_MESSAGE_QUEUE=message_queue, QPM_SECRET_KEY="bench-shared-secret", QPM_PROXIES="1",
                   **LIFTED)
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                [str(Path(sys.executable).parent / "qpm"), "serve", "--host", "127.0.0.1",
                 "--port", self.url.rsplit(":", 1)[1]], env=env, stdout=log, stderr=subprocess.STDOUT)


def parse_arguments(argv=None):
    """Read the command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, default=20)
    parser.add_argument("--phones", type=int, default=50, help="phones per meeting")
    parser.add_argument("--mode", choices=("gevent", "eventlet"), default="gevent")
    parser.add_argument("--paced-seconds", type=float, default=10.0)
    parser.add_argument("--database", default=os.environ.get("QPM_TEST_POSTGRES", ""),
                        help="a PostgreSQL URL; a schema of its own is made in it and dropped")
    parser.add_argument("--timeout", type=float, default=600)
    return parser.parse_args(argv)


def start_redis(folder):
    """Start a throwaway Redis on a free port; return the process and its URL."""
    port = bench.free_port()
    process = subprocess.Popen(["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                                "--appendonly", "no", "--dir", str(folder)], stdout=subprocess.DEVNULL)
    url = f"redis://127.0.0.1:{port}/0"
    deadline = time.monotonic() + 10
    while True:
        try:
            redis.Redis.from_url(url).ping()
            return process, url
        except redis.ConnectionError:
            if time.monotonic() > deadline:
                process.kill()
                raise
            time.sleep(0.1)


def plain_connect(server):
    """Return a connect(number, auth, clients, on_contribution) that goes straight to one server."""
    gate = asyncio.Semaphore(CONNECTING_AT_ONCE)
    return lambda _number, auth, clients, shown=None: bench.connect(server, auth, "websocket", gate, clients, shown)


def nginx_connect(nginx):
    """Return a connect(number, auth, clients, on_contribution) through nginx from the number-th loopback /24."""
    gate = asyncio.Semaphore(CONNECTING_AT_ONCE)

    async def connect(number, auth, clients, shown=None):
        client = phone_from(loopback_address(number))
        clients.append(client)
        if shown:
            client.on("contribution", shown)
        async with gate:
            try:
                await asyncio.wait_for(client.connect(nginx.url, auth=auth, transports=["websocket"],
                                                      headers={"Origin": nginx.url}, wait_timeout=30), timeout=30)
                return client
            except Exception:  # noqa: BLE001 — counted as not connected, the run goes on
                return None
    return connect


async def paced_row(entry, connect, args):
    """Create the meetings at `entry`, connect everyone with `connect`, run the paced load; return its figures."""
    clients, tally = [], bench.Tally()
    try:
        async with aiohttp.ClientSession() as http:
            meetings = await asyncio.gather(*(bench.create_meeting(http, entry, n) for n in range(args.meetings)))
        for number, meeting in enumerate(meetings):
            screen = await connect(2 * number, {"meeting": meeting["id"],
                                                "screen_token": meeting["screen_url"].split("?t=", 1)[1]},
                                   clients, tally.on_screen)
            host = await connect(2 * number + 1, {"meeting": meeting["id"], "token": meeting["host_token"]}, clients)
            if screen is None or host is None or not (await host.call("phase", {"phase": "question"}))["ok"]:
                raise RuntimeError("a screen or a host could not connect")
        first = 2 * args.meetings
        # Each with the random value a real phone keeps (static/js/phone.js): its first connect is counted.
        phones = await asyncio.gather(*(
            connect(first + n * args.phones + p, {"code": meeting["code"], "phone": uuid.uuid4().hex}, clients)
            for n, meeting in enumerate(meetings) for p in range(args.phones)))
        connected = [phone for phone in phones if phone is not None]
        # One untimed contribution first: a process loads its word lists on first use.
        await versus_relay.send(connected[0], bench.Tally(), 0)
        figures = await versus_relay.load(connected, tally, 2, args.paced_seconds)
        figures["connected"] = len(connected)
        return figures
    finally:
        await bench.tidy_up(clients)


def spread(nginx, servers, args):
    """Return how many of the phones nginx sends to each process."""
    first, count = 2 * args.meetings, args.meetings * args.phones
    backends = [nginx.backend_of(loopback_address(first + n)) for n in range(count)]
    return [sum(server.url.endswith("//" + backend) for backend in backends) for server in servers]


async def run(args, folder):
    """Measure the three rows; return their figures and the phones per process behind nginx."""
    rows = {}
    alone = bench.Server(args.mode)
    try:
        async with aiohttp.ClientSession() as http:
            await alone.wait_until_ready(http)
        rows["one process (SQLite)"] = await paced_row(alone, plain_connect(alone), args)
    finally:
        alone.kill()
    schema = "bench_" + uuid.uuid4().hex[:10]
    engine = create_engine(args.database)
    with engine.begin() as db:
        db.execute(text(f"CREATE SCHEMA {schema}"))
    database = args.database + ("&" if "?" in args.database else "?") + f"options=-csearch_path%3D{schema}"
    queue, queue_url = start_redis(folder)
    servers = [ScaledServer(args.mode, database, queue_url) for _ in range(2)]
    nginx = Nginx(folder / "nginx", [server.url for server in servers])
    try:
        async with aiohttp.ClientSession() as http:
            for server in servers:
                await server.wait_until_ready(http)
        nginx.start()
        rows["scaled, straight to one process"] = await paced_row(servers[0], plain_connect(servers[0]), args)
        rows["scaled, through nginx"] = await paced_row(nginx, nginx_connect(nginx), args)
        return rows, spread(nginx, servers, args)
    finally:
        nginx.stop()
        for server in servers:
            server.kill()
        queue.terminate()
        with engine.begin() as db:
            db.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        engine.dispose()


def print_table(args, rows, phones_per_process):
    """Print the rows and the ratio of issue 15's target (through nginx ≤ 3× one process)."""
    phones = args.meetings * args.phones
    print(f"paced {args.meetings}×{args.phones}, 2 each over {args.paced_seconds:g} s ({args.mode}), "
          f"load average {os.getloadavg()[0]:.1f}, {os.cpu_count()} cores")
    print("| set-up | p95 ms | p99 ms | connected | acked / sent | shown |\n| --- | --- | --- | --- | --- | --- |")
    for label, figures in rows.items():
        print(f"| {label} | {figures['p95']:.1f} | {figures['p99']:.1f} | {figures['connected']}/{phones} | "
              f"{figures['acked']}/{figures['sent']} | {figures['shown']} |")
    alone, through = rows["one process (SQLite)"], rows["scaled, through nginx"]
    print(f"through nginx, phones per process {phones_per_process}: p95 ×{through['p95'] / alone['p95']:.2f} "
          f"of one process (target ≤ 3), p99 ×{through['p99'] / alone['p99']:.2f}")


async def main(argv=None):
    """Run the benchmark; return the exit status."""
    args = parse_arguments(argv)
    if not args.database:
        sys.exit("a PostgreSQL URL is needed: --database or QPM_TEST_POSTGRES")
    bench.raise_open_file_limit()
    with tempfile.TemporaryDirectory(prefix="qpm-scaled-bench-") as folder:
        rows, phones_per_process = await asyncio.wait_for(run(args, Path(folder)), timeout=args.timeout)
    print_table(args, rows, phones_per_process)
    complete = all(figures["shown"] == figures["sent"] for figures in rows.values())
    return 0 if complete else 2


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
