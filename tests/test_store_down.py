"""PostgreSQL stopped mid-meeting: phones are told `not_saved` (no timeout, no 500), /healthz says 503, the
host hears `saving`, the server stays up; started again, the phone's resend is stored once and nothing
acknowledged before is lost.

The server runs on a throwaway PostgreSQL cluster of its own (initdb into a temporary folder, a free port),
so stopping it leaves the shared system cluster alone. As root (CI) the cluster runs as the postgres user.
"""
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest
import requests
from servers import WAIT, Server, free_port, host_auth, parent_auth

NOT_SAVED = {"ok": False, "error": {"code": "not_saved",
                                    "message": "Det gick inte att spara just nu – försök igen om en stund."}}


def needed(what, present):
    """Skip on a developer's machine without PostgreSQL; fail in CI, which must provide it (as tests/test_scaled.py)."""
    if not present:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{what} is missing in CI")
        pytest.skip(f"{what} is not available here")


class Cluster:
    """A PostgreSQL cluster of its own: initdb into a folder, started and stopped with pg_ctl on a free port."""

    def __init__(self, binaries, folder):
        self.binaries, self.folder = Path(binaries), Path(folder)
        self.data, self.log = self.folder / "data", self.folder / "postgres.log"
        self.port = free_port()
        self.url = f"postgresql://qpm@127.0.0.1:{self.port}/postgres"
        # initdb and postgres refuse to run as root: the postgres user that Debian's package makes runs them.
        self.as_owner = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self.as_owner:
            shutil.chown(self.folder, "postgres")
        self.run("initdb", "-D", str(self.data), "-U", "qpm", "--auth=trust", "-E", "UTF8", "--no-sync")

    def run(self, program, *arguments):
        """Run one of the cluster's programs as its owner."""
        subprocess.run([*self.as_owner, str(self.binaries / program), *arguments], check=True,
                       stdout=subprocess.DEVNULL, timeout=120)

    def start(self):
        """Start the server and wait until it accepts connections."""
        options = f"-p {self.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={self.folder}"
        self.run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "-t", "60", "start")

    def stop(self, mode="immediate"):
        """Stop the server; `immediate` is a crash: no checkpoint, the connections cut, recovery on start."""
        self.run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")


@pytest.fixture
def cluster():
    """Return a running PostgreSQL cluster of this test's own; removed afterwards."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    needed("PostgreSQL (initdb in /usr/lib/postgresql/*/bin)", found)
    # Not under pytest's tmp_path: its folders are the tester's alone and the postgres user must enter this one.
    folder = tempfile.mkdtemp(prefix="qpm-store-down-")
    made = Cluster(Path(found[-1]).parent, folder)
    made.start()
    yield made
    try:
        made.stop("fast")
    except subprocess.CalledProcessError:
        pass  # stopped already
    shutil.rmtree(folder, ignore_errors=True)


def frozen(port):
    """Return a listener on the database's port that takes connections and never answers (a hung server)."""
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", port))
    listener.listen(64)
    return listener


def test_postgresql_stopped_mid_meeting(cluster, peers):
    server = Server(Path(cluster.folder) / "instance", env={
        "QPM_DATABASE": cluster.url, "QPM_CONTRIBUTION_BURST": "1000", "QPM_CONTRIBUTION_INTERVAL": "0.01"})
    server.instance.mkdir()
    server.start()
    try:
        meeting = server.create_meeting()
        host = peers(server, host_auth(meeting))
        assert host.next("state")["saving"] == {"writable": True}
        assert host.call("phase", {"phase": "question"})["ok"]
        phones = [peers(server, parent_auth(meeting)) for _ in range(2)]
        acked = [phone.call("contribute", {"text": f"Vi läser en saga, idé {n}", "key": uuid.uuid4().hex})["id"]
                 for n, phone in enumerate(phones * 3)]

        cluster.stop()  # mid-meeting, as a crash
        waiting_key = uuid.uuid4().hex
        assert phones[0].call("contribute", {"text": "Idé medan databasen var borta", "key": waiting_key}) == NOT_SAVED
        assert host.next("saving") == {"writable": False}
        moderated = host.call("moderate", {"id": acked[0], "action": "star"})
        assert moderated["ok"] is False and moderated["error"]["code"] == "not_saved"
        health = requests.get(server.url + "/healthz", timeout=WAIT)
        assert health.status_code == 503 and health.json() == {"ok": False, "store": "not writable"}

        # A server that takes the connection and never answers (a hung host): still an answer, not a wait.
        hung = frozen(cluster.port)
        try:
            assert phones[1].call("contribute", {"text": "Idé medan databasen hängde", "key": uuid.uuid4().hex}) \
                == NOT_SAVED
            assert requests.get(server.url + "/healthz", timeout=WAIT).status_code == 503
        finally:
            hung.close()
        assert server.process.poll() is None  # the server stayed up

        cluster.start()
        assert host.next("saving") == {"writable": True}
        resent = phones[0].call("contribute", {"text": "Idé medan databasen var borta", "key": waiting_key})
        assert resent["ok"] is True
        again = phones[0].call("contribute", {"text": "Idé medan databasen var borta", "key": waiting_key})
        assert again["ok"] is True and again["id"] == resent["id"]
        assert requests.get(server.url + "/healthz", timeout=WAIT).json() == {"ok": True}
        stored = [c["id"] for c in server.meeting_state(meeting)["contributions"]]
        assert sorted(stored) == sorted(acked + [resent["id"]])  # each once; nothing acknowledged was lost
        assert host.call("moderate", {"id": acked[0], "action": "star"}) == {"ok": True}
        assert "Traceback" not in server.output()
    finally:
        server.stop()
