"""A full disk: the phone is told `not_saved`, keeps its idea to resend, /healthz says 503; it recovers."""
import os
import subprocess
import uuid

import pytest
import requests

from servers import WAIT, Server, host_auth, parent_auth

NOT_SAVED = {"ok": False, "error": {"code": "not_saved",
                                    "message": "Det gick inte att spara just nu – försök igen om en stund."}}


@pytest.fixture
def tiny_disk(tmp_path):
    """Mount a 3 MB tmpfs (the tests run as root, as CI does); unmount it afterwards."""
    if os.geteuid() != 0:
        pytest.fail("this test mounts a tmpfs and needs root (CI runs as root)")
    mount = tmp_path / "disk"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)], check=True)
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(folder):
    """Fill the file system until it refuses, and return the file that filled it."""
    filler = folder / "filler"
    with filler.open("wb") as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
        except OSError:
            pass
    return filler


def test_a_full_disk_answers_not_saved_and_recovers(tiny_disk, peers):
    server = Server(tiny_disk, env={"QPM_CONTRIBUTION_BURST": "1000", "QPM_CONTRIBUTION_INTERVAL": "0.01"}).start()
    try:
        meeting = server.create_meeting()
        host = peers(server, host_auth(meeting))
        assert host.call("phase", {"phase": "question"})["ok"]
        phone = peers(server, parent_auth(meeting))
        filler = fill(tiny_disk)
        acked, refused_key = [], None
        for number in range(400):  # what SQLite still had room for goes in; then the disk says no
            key = uuid.uuid4().hex
            answer = phone.call("contribute", {"text": f"Idé nummer {number} " + "x" * 400, "key": key})
            if answer["ok"]:
                acked.append(answer["id"])
            else:
                assert answer == NOT_SAVED
                refused_key = key
                break
        assert refused_key, "the full disk never refused a write"
        health = requests.get(server.url + "/healthz", timeout=WAIT)
        assert health.status_code == 503 and health.json() == {"ok": False, "store": "not writable"}
        created = requests.post(server.url + "/api/meetings", json={"kind": "qpm", "title": "x", "questions": [
            "Hur kan vi hjälpa våra barn att somna?"]}, timeout=WAIT)
        assert created.status_code == 503 and created.json()["error"]["code"] == "not_saved"
        filler.unlink()
        assert requests.get(server.url + "/healthz", timeout=WAIT).status_code == 200
        again = phone.call("contribute", {"text": "Idé som väntade", "key": refused_key})
        assert again["ok"] is True
        stored = {c["id"] for c in server.meeting_state(meeting)["contributions"]}
        assert set(acked) | {again["id"]} == stored
        assert "Traceback" not in server.output()
    finally:
        server.stop()
