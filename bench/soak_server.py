"""The server under soak: `qpm serve` on one instance folder that a kill -9 and a restart keep, and its memory."""
import asyncio
import contextlib
import os
import secrets
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiohttp
import psutil
import room_latency as bench

# Every client here is 127.0.0.1: the wrong-code limit per address would lock the phones out with the hostile one.
RAISED = {"QPM_BAD_CODE_LIMIT": "1000000"}
LIMITS = ("CONTRIBUTION_BURST", "CONTRIBUTION_INTERVAL", "MEETING_CONTRIBUTIONS_PER_MINUTE")


class SoakServer:
    """`qpm serve` on one instance folder and port, which a kill -9 and a restart keep."""

    def __init__(self):
        self.instance = Path(tempfile.mkdtemp(prefix="qpm-soak-"))
        self.url = f"http://127.0.0.1:{bench.free_port()}"
        inherited = {name: value for name, value in os.environ.items()
                     if not name.startswith("QPM_") or name[4:] in LIMITS}  # the caller may raise the rate limits
        self.env = dict(inherited, QPM_INSTANCE=str(self.instance), QPM_ASYNC_MODE="gevent",
                        QPM_SECRET_KEY=secrets.token_hex(32), QPM_STAFF_PASSWORD="", **RAISED)
        self.logs, self.process = [], None

    def start(self):
        """Start the server process (the instance folder stays)."""
        self.logs.append(self.instance / f"server-{len(self.logs) + 1}.log")
        with self.logs[-1].open("wb") as log:
            self.process = subprocess.Popen(
                [str(Path(sys.executable).parent / "qpm"), "serve", "--host", "127.0.0.1",
                 "--port", self.url.rsplit(":", 1)[1]], env=self.env, stdout=log, stderr=subprocess.STDOUT)
        return self

    wait_until_ready = bench.Server.wait_until_ready

    def lines(self):
        """Return every line the server printed, over all its starts."""
        return [line for log in self.logs for line in log.read_text(errors="replace").splitlines()]

    def output(self, last=40):
        """Return the last lines the server printed."""
        return "\n".join(self.lines()[-last:])

    def kill(self):
        """Kill the server with SIGKILL: no shutdown code runs."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def stop(self):
        """Stop the server politely, and firmly if it does not listen."""
        self.process.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=10)
        self.kill()  # nothing when it has stopped


def rss_mb(server):
    """Return a server's resident memory in MB (0 while it is down)."""
    try:
        return psutil.Process(server.process.pid).memory_info().rss / 2**20
    except psutil.Error:
        return 0.0


async def watch(server, report):
    """Sample the memory every second (through a restart): the peak, and one figure a minute."""
    started = time.monotonic()
    report.update(peak=0.0, by_minute=[])
    while True:
        rss = rss_mb(server)
        report["peak"] = max(report["peak"], rss)
        if time.monotonic() - started >= 60 * len(report["by_minute"]):
            report["by_minute"].append(rss)
        await asyncio.sleep(1)


async def kill_and_restart(server, after, report):
    """Kill -9 the server partway through, and start it again on the same instance folder and port."""
    await asyncio.sleep(after)
    report["rss_at_kill"] = rss_mb(server)
    server.kill()
    killed = time.monotonic()
    await asyncio.sleep(3)
    server.start()
    async with aiohttp.ClientSession() as http:
        await server.wait_until_ready(http)
    report.update(down_seconds=time.monotonic() - killed, rss_after_restart=rss_mb(server))
