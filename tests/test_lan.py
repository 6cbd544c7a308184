"""`qpm serve --lan`: this laptop's network address in the QR code and the links, found without traffic.

Nothing here sends a packet off the machine: the real server binds all interfaces of this machine for a
few seconds, and every request goes to 127.0.0.1.
"""
import re
import subprocess
import time

import pytest
import requests
import segno
import socketio

from qpm import create_app
from qpm.domain.meeting import MeetingError, choose_join_address
from qpm.web import app as web_app
from qpm.web.lan import LanAddress, lan_addresses, only_here
from qpm.web.sockets.events import Event
from servers import QPM, QUESTION, WAIT, free_port

LAPTOP = {"lo": ["127.0.0.1"], "wlan0": ["192.168.1.20"], "docker0": ["172.17.0.1"],
          "eth0": ["10.4.0.7"], "tun0": ["10.8.0.2"], "usb0": ["169.254.3.4"]}


# Finding the addresses (a fake interface list) -------------------------------------------------------

def test_the_default_routes_address_comes_first_and_only_here_addresses_are_left_out():
    found = lan_addresses(LAPTOP, default="10.4.0.7")
    assert found == [LanAddress("10.4.0.7", "eth0"), LanAddress("192.168.1.20", "wlan0"), LanAddress("10.8.0.2", "tun0")]


def test_a_vpn_as_default_route_still_offers_the_wifi():
    assert [lan.interface for lan in lan_addresses(LAPTOP, default="10.8.0.2")] == ["tun0", "wlan0", "eth0"]


def test_no_network_gives_no_address():
    assert lan_addresses({"lo": ["127.0.0.1"]}, default="") == []
    assert lan_addresses({}, default="") == []


def test_this_machines_addresses_are_found_without_a_fake():
    found = lan_addresses()
    assert found and not any(only_here(lan.address) for lan in found)


@pytest.mark.parametrize("host, alone", [("127.0.0.1", True), ("127.8.0.1", True), ("localhost", True),
                                         ("qpm.localhost", True), ("::1", True), ("[::1]", True), ("0.0.0.0", True),
                                         ("192.168.1.20", False), ("qpm.example.se", False), (None, False)])
def test_loopback_and_localhost_open_only_here(host, alone):
    assert only_here(host) is alone


def test_the_host_may_choose_only_an_offered_address():
    from qpm.domain.meeting import Meeting
    meeting = Meeting(id="m", code="ABCDEF", kind="qpm", title="t", questions=(QUESTION,))
    offered = ["http://10.4.0.7:5000/", "http://192.168.1.20:5000/"]
    assert choose_join_address(meeting, offered[1], offered).join_address == offered[1]
    for bad in ("http://evil.example/", None, 5, ""):
        with pytest.raises(MeetingError) as refused:
            choose_join_address(meeting, bad, offered)
        assert refused.value.code == "bad_address"


# The host's choice, kept on the meeting (app in-process, a fake laptop with three networks) --------------

@pytest.fixture
def laptop(monkeypatch):
    """Make the app see the fake laptop's addresses."""
    monkeypatch.setattr(web_app, "lan_addresses", lambda: lan_addresses(LAPTOP, default="10.8.0.2"))


def test_the_chosen_address_is_kept_for_the_meeting_and_the_projector_follows(tmp_path, laptop):
    app = create_app({"INSTANCE": tmp_path, "ASYNC_MODE": "threading", "LAN_PORT": 5000})
    http = app.test_client()
    meeting = http.post("/api/meetings", json={"kind": "qpm", "title": "Möte", "questions": [QUESTION]}).get_json()
    assert meeting["join_url"] == f"http://10.8.0.2:5000/j/{meeting['code']}"  # the default route first
    screen_token = meeting["screen_url"].split("?t=")[1]
    from qpm import socketio as server
    host = server.test_client(app, auth={"meeting": meeting["id"], "token": meeting["host_token"]})
    screen = server.test_client(app, auth={"meeting": meeting["id"], "screen_token": screen_token})
    state = received_state(host)
    assert [c["url"] for c in state["reach"]["choices"]] == [
        "http://10.8.0.2:5000/", "http://192.168.1.20:5000/", "http://10.4.0.7:5000/"]
    assert state["reach"]["only_here"] is False
    screen.get_received()

    refused = host.emit(Event.JOIN_ADDRESS, {"url": "http://evil.example/"}, callback=True)
    assert refused["ok"] is False and refused["error"]["code"] == "bad_address"
    assert host.emit(Event.JOIN_ADDRESS, {"url": "http://192.168.1.20:5000/"}, callback=True) == {"ok": True}
    told = [m["args"][0] for m in screen.get_received() if m["name"] == Event.ADDRESS]
    assert told == [{"join_url": f"http://192.168.1.20:5000/j/{meeting['code']}"}]

    # Kept: a new app on the same store (a restart), a reconnecting console, the projector page, the card.
    again = create_app({"INSTANCE": tmp_path, "ASYNC_MODE": "threading", "LAN_PORT": 5000})
    console = server.test_client(again, auth={"meeting": meeting["id"], "token": meeting["host_token"]})
    state = received_state(console)
    assert state["reach"]["chosen"] == "http://192.168.1.20:5000/"
    assert state["links"]["join_url"] == f"http://192.168.1.20:5000/j/{meeting['code']}"
    assert state["links"]["screen_url"].startswith("http://192.168.1.20:5000/screen/")
    page = again.test_client().get(f"/screen/{meeting['id']}?t={screen_token}").get_data(as_text=True)
    join_url = f"http://192.168.1.20:5000/j/{meeting['code']}"
    assert f'data-join-url="{join_url}"' in page and qr(join_url) in page
    card = again.test_client().post(f"/host/{meeting['id']}/card", data={"token": meeting["host_token"]})
    assert join_url in card.get_data(as_text=True)


def received_state(client):
    """Return the state a socket test client got on connect."""
    return next(m["args"][0] for m in client.get_received() if m["name"] == Event.STATE)


def test_public_url_wins_over_the_lan_and_the_choice(tmp_path, laptop):
    app = create_app({"INSTANCE": tmp_path, "ASYNC_MODE": "threading", "LAN_PORT": 5000,
                      "PUBLIC_URL": "https://qpm.example.se"})
    meeting = app.test_client().post("/api/meetings", json={"kind": "qpm", "title": "M", "questions": [QUESTION]})
    assert meeting.get_json()["join_url"].startswith("https://qpm.example.se/j/")


def qr(url):
    """Return the projector's QR code for a link, as the page draws it."""
    return segno.make(url, error="m").svg_inline(omitsize=True, border=2, dark="#1d2b36", light="#ffffff")


# A real `qpm serve --lan` ----------------------------------------------------------------------------

def default_route_address():
    """Return the address of the default route's interface, from `ip` (independent of qpm's own way)."""
    route = subprocess.run(["ip", "-4", "route", "show", "default"], capture_output=True, text=True, check=True)
    device = re.search(r"\bdev (\S+)", route.stdout)
    assert device, f"this machine has no default route: {route.stdout!r}"
    shown = subprocess.run(["ip", "-4", "-o", "addr", "show", "dev", device.group(1)],
                           capture_output=True, text=True, check=True).stdout
    return re.search(r"inet (\d+\.\d+\.\d+\.\d+)/", shown).group(1)


class Serve:
    """`qpm serve` with options, its printed output, and its links rewritten to reach it on 127.0.0.1."""

    def __init__(self, tmp_path, *options, env=None):
        self.port = free_port()
        self.log = tmp_path / f"serve-{self.port}.log"
        environment = {"QPM_INSTANCE": str(tmp_path / f"instance-{self.port}"), "PATH": "/usr/bin:/bin", **(env or {})}
        with self.log.open("w") as log:
            self.process = subprocess.Popen([str(QPM), "serve", "--port", str(self.port), "--demo", *options],
                                            env=environment, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 20
        while "parents join:" not in self.output() or not self.healthy():
            assert self.process.poll() is None and time.monotonic() < deadline, self.output()
            time.sleep(0.1)

    def healthy(self):
        try:
            return requests.get(f"http://127.0.0.1:{self.port}/healthz", timeout=1).ok
        except requests.ConnectionError:
            return False

    def output(self):
        return self.log.read_text()

    def link(self, name):
        """Return a printed link."""
        return re.search(rf"{name}:\s+(\S+)", self.output()).group(1)

    def here(self, url):
        """Return a printed link with its address replaced by 127.0.0.1: nothing leaves the machine."""
        return re.sub(r"^https?://[^/]+", f"http://127.0.0.1:{self.port}", url)

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)


def test_serve_lan_puts_the_default_routes_address_everywhere(tmp_path):
    expected = f"http://{default_route_address()}:"
    served = Serve(tmp_path, "--lan")
    try:
        links = {name: served.link(name) for name in ("host console", "projector view", "parents join")}
        assert all(link.startswith(expected) for link in links.values()), served.output()
        assert not only_here(default_route_address())
        assert "Phones on this network join at:" in served.output() and "█" in served.output()
        page = requests.get(served.here(links["projector view"]), timeout=WAIT).text
        assert f'data-join-url="{links["parents join"]}"' in page and qr(links["parents join"]) in page
        assert 'id="only-here"' not in page
        meeting_id, token = re.search(r"/host/([^#]+)#t=(\S+)", links["host console"]).groups()
        console = socketio.Client(reconnection=False)
        states = []
        console.on("state", states.append)
        console.connect(f"http://127.0.0.1:{served.port}",
                        auth={"meeting": meeting_id, "token": token}, wait_timeout=WAIT)
        deadline = time.monotonic() + WAIT
        while not states and time.monotonic() < deadline:
            time.sleep(0.05)
        console.disconnect()
        assert states[0]["links"]["join_url"] == links["parents join"]
        assert states[0]["reach"]["only_here"] is False
    finally:
        served.stop()


def test_without_lan_nothing_changes_and_the_projector_says_so_instead_of_a_qr_code(tmp_path):
    served = Serve(tmp_path)
    try:
        assert served.link("parents join").startswith(f"http://127.0.0.1:{served.port}/j/")
        assert "Phones on this network" not in served.output()
        page = requests.get(served.link("projector view"), timeout=WAIT).text
        assert 'id="only-here"' in page and "<svg" not in page
        assert "mobilerna når inte 127.0.0.1:" in page.lower() and "qpm serve --lan" in page
    finally:
        served.stop()


def test_public_url_wins_over_lan(tmp_path):
    served = Serve(tmp_path, "--lan", env={"QPM_PUBLIC_URL": "https://qpm.example.se"})
    try:
        assert served.link("parents join").startswith("https://qpm.example.se/j/")
        assert served.link("projector view").startswith("https://qpm.example.se/screen/")
    finally:
        served.stop()


@pytest.mark.parametrize("options, says", [
    (["--host", "10.255.255.1"], "cannot listen on 10.255.255.1"),  # an address this machine does not have
    (["--port", "70000"], "there is no port 70000"),
])
def test_a_wrong_host_or_port_is_one_line_that_says_what_to_do(options, says):
    ran = subprocess.run([str(QPM), "serve", *options], capture_output=True, text=True, timeout=60)
    assert ran.returncode != 0 and says in ran.stderr and "Traceback" not in ran.stderr
    assert len(ran.stderr.strip().splitlines()) == 1, ran.stderr


def test_a_busy_port_is_one_line_that_says_what_to_do():
    import socket
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        ran = subprocess.run([str(QPM), "serve", "--port", str(port)], capture_output=True, text=True, timeout=60)
    assert ran.returncode != 0 and f"port {port} is already in use" in ran.stderr and "Traceback" not in ran.stderr
    assert len(ran.stderr.strip().splitlines()) == 1, ran.stderr
