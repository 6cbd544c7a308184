"""A full disk: the phone is told `not_saved`, keeps its idea to resend, /healthz says 503, the host console
shows a banner; it recovers."""
import os
import subprocess
import uuid

import pytest
import requests
from browser_helpers import LAPTOP, shot
from servers import WAIT, Server, host_auth, parent_auth
from test_browser import axe, browser, expect, open_page, watch  # noqa: F401 (fixtures)

NOT_SAVED = {"ok": False, "error": {"code": "not_saved",
                                    "message": "Det gick inte att spara just nu – försök igen om en stund."}}
BANNER = "Det går inte att spara just nu. Bidrag som skickas nu väntar i mobilerna och skickas igen automatiskt."


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
    # Unbuffered: a buffered file would flush its last partial block on close and raise ENOSPC there.
    with filler.open("wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
        except OSError:
            pass
    return filler


def contribute_until_refused(phone):
    """Send ideas until the store refuses one; return the ids acknowledged before and the refused key."""
    acked = []
    for number in range(400):  # what SQLite still had room for goes in; then the disk says no
        key = uuid.uuid4().hex
        answer = phone.call("contribute", {"text": f"Idé nummer {number} " + "x" * 400, "key": key})
        if not answer["ok"]:
            assert answer == NOT_SAVED
            return acked, key
        acked.append(answer["id"])
    raise AssertionError("the full disk never refused a write")


def test_a_full_disk_answers_not_saved_and_recovers(tiny_disk, peers):
    server = Server(tiny_disk, env={"QPM_CONTRIBUTION_BURST": "1000", "QPM_CONTRIBUTION_INTERVAL": "0.01"}).start()
    try:
        meeting = server.create_meeting()
        host = peers(server, host_auth(meeting))
        assert host.next("state")["saving"] == {"writable": True}
        assert host.call("phase", {"phase": "question"})["ok"]
        phone = peers(server, parent_auth(meeting))
        first = phone.call("contribute", {"text": "Idé innan disken blev full", "key": uuid.uuid4().hex})
        filler = fill(tiny_disk)
        acked, refused_key = contribute_until_refused(phone)
        acked.insert(0, first["id"])
        assert host.next("saving") == {"writable": False}  # the host hears it at once, not at the next write
        late_host = peers(server, host_auth(meeting))  # a console opened during the trouble
        assert late_host.next("state")["saving"] == {"writable": False}
        refused_action = host.call("moderate", {"id": first["id"], "action": "star"})
        assert refused_action["ok"] is False and refused_action["error"]["code"] == "not_saved"
        health = requests.get(server.url + "/healthz", timeout=WAIT)
        assert health.status_code == 503 and health.json() == {"ok": False, "store": "not writable"}
        created = requests.post(server.url + "/api/meetings", json={"kind": "qpm", "title": "x", "questions": [
            "Hur kan vi hjälpa våra barn att somna?"]}, timeout=WAIT)
        assert created.status_code == 503 and created.json()["error"]["code"] == "not_saved"
        filler.unlink()
        assert host.next("saving") == {"writable": True} and late_host.next("saving") == {"writable": True}
        assert requests.get(server.url + "/healthz", timeout=WAIT).status_code == 200
        again = phone.call("contribute", {"text": "Idé som väntade", "key": refused_key})
        assert again["ok"] is True
        stored = {c["id"] for c in server.meeting_state(meeting)["contributions"]}
        assert set(acked) | {again["id"]} == stored
        assert "Traceback" not in server.output()
    finally:
        server.stop()


def test_the_console_shows_a_banner_while_nothing_can_be_saved(tiny_disk, peers, open_page, axe):  # noqa: F811
    server = Server(tiny_disk, env={"QPM_CONTRIBUTION_BURST": "1000", "QPM_CONTRIBUTION_INTERVAL": "0.01"}).start()
    try:
        meeting = server.create_meeting()
        console = open_page(LAPTOP, meeting["host_url"])
        console.wait_for_selector("#console:not([hidden])")
        banner = console.get_by_role("alert").filter(has_text=BANNER)
        expect(banner).to_have_count(0)
        phone = peers(server, parent_auth(meeting))
        console.click("#phases button[data-phase=question]")
        assert phone.next("phase")["phase"] == "question"
        filler = fill(tiny_disk)
        _acked, refused_key = contribute_until_refused(phone)
        expect(banner).to_be_visible()  # a person sees it: shown, in the host's language, announced as an alert
        expect(banner).to_have_text(BANNER)
        console.evaluate("() => window.scrollTo(0, document.body.scrollHeight)")
        box = banner.bounding_box()
        assert 0 <= box["y"] and box["y"] + box["height"] <= LAPTOP["height"], box  # in the sticky bar, in sight
        axe.check(console, "host console, nothing can be saved")
        shot(console, "host-console-not-saving", full_page=False)
        opened_now = open_page(LAPTOP, meeting["host_url"])  # a console opened during the trouble shows it too
        expect(opened_now.get_by_role("alert").filter(has_text=BANNER)).to_be_visible()
        filler.unlink()
        assert phone.call("contribute", {"text": "Idé som väntade", "key": refused_key})["ok"] is True
        expect(banner).to_have_count(0)
        expect(console.locator("#saving-trouble")).to_be_hidden()
        expect(opened_now.locator("#saving-trouble")).to_be_hidden()
    finally:
        server.stop()
