"""Open files: `qpm serve` raises its soft limit, says how many it holds, and outlives more connections."""
import resource
import socket
import subprocess

import requests

from servers import WAIT, Server


class LimitedServer(Server):
    """A server started under a low hard limit of open files."""

    HARD = 200

    def start(self):
        original = subprocess.Popen

        def limited(*args, **options):
            options["preexec_fn"] = lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (100, self.HARD))
            return original(*args, **options)

        subprocess.Popen = limited
        try:
            return super().start()
        finally:
            subprocess.Popen = original


def test_more_connections_than_files_are_held_off_and_the_listener_lives(tmp_path):
    server = LimitedServer(tmp_path).start()
    held = []
    try:
        assert "Open files allowed: 200; up to 136 connections at once" in server.output()
        for _ in range(300):  # more than the process could open
            try:
                held.append(socket.create_connection(("127.0.0.1", server.port), timeout=2))
            except OSError:
                break
        for connection in held:
            connection.close()
        held.clear()
        assert requests.get(server.url + "/healthz", timeout=WAIT).json() == {"ok": True}
        assert server.process.poll() is None
        output = server.output()
        assert "Errno 24" not in output and "Traceback" not in output
    finally:
        for connection in held:
            connection.close()
        server.stop()
