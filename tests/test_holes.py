"""Holes a stranger or a buggy phone could find, each sent as the exact request to a real `qpm serve`."""
import json
import os
import socket
import time

import pytest
import requests
import websocket

from servers import WAIT, Peer, host_auth, parent_auth

CAP = 16 * 1024
OVERSIZED = CAP + 1024  # 17,408 bytes: just over the message cap


def open_descriptors(server):
    """Return how many file descriptors the server process holds open."""
    return len(os.listdir(f"/proc/{server.process.pid}/fd"))


def settles(measure, good, seconds=WAIT):
    """Return whether measure() satisfies good() within some seconds (polling, not a timing assertion)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if good(measure()):
            return True
        time.sleep(0.2)
    return good(measure())


def polling_session(server):
    """Open an Engine.IO long-polling session as a browser does and return its sid."""
    answer = requests.get(server.url + "/socket.io/?EIO=4&transport=polling", timeout=WAIT)
    assert answer.status_code == 200, answer.text
    return json.loads(answer.text[1:])["sid"]


def raw_request(server, head, body=b"", wait=WAIT):
    """Send bytes on a fresh TCP connection and return the status line the server answers (or '')."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=wait) as conn:
        conn.sendall(head + body)
        try:
            return conn.recv(4096).split(b"\r\n", 1)[0].decode("latin-1")
        except (socket.timeout, ConnectionResetError):
            return ""


# 1. Oversized long-polling POSTs -------------------------------------------------------------------

@pytest.mark.parametrize("mode", ["gevent", "eventlet"])
def test_an_oversized_polling_post_is_answered_and_frees_its_descriptor(own_server, mode):
    """100 POSTs just over the cap get a prompt 413, 100 bad packets a 400, and the descriptors come back."""
    server = own_server(mode=mode)
    before = open_descriptors(server)
    sids = [polling_session(server) for _ in range(100)]
    for sid in sids:
        head = (f"POST /socket.io/?EIO=4&transport=polling&sid={sid} HTTP/1.1\r\nHost: x\r\n"
                f"Content-Type: text/plain;charset=UTF-8\r\nContent-Length: {OVERSIZED}\r\n\r\n").encode()
        assert raw_request(server, head, b"4" + b"x" * (OVERSIZED - 1)).split(" ")[1] in ("413", "400")
    # A tiny POST with a packet the engine refuses ("2" is the server's ping, "9" no packet at all).
    for body in [b"2", b"9"] * 50:
        head = (f"POST /socket.io/?EIO=4&transport=polling&sid={polling_session(server)} HTTP/1.1\r\n"
                f"Host: x\r\nContent-Length: 1\r\n\r\n").encode()
        assert raw_request(server, head, body).split(" ")[1] == "400"
    # The sessions themselves stay open until their ping times out; what must not stay is a
    # descriptor per refused POST.
    assert settles(lambda: open_descriptors(server), lambda now: now <= before + 10), open_descriptors(server)
    assert server.is_healthy()


def test_a_chunked_polling_post_over_the_cap_is_refused_and_one_under_it_arrives(own_server):
    """A body without Content-Length is read up to the cap and no further."""
    server = own_server()
    sid = polling_session(server)
    head = (f"POST /socket.io/?EIO=4&transport=polling&sid={sid} HTTP/1.1\r\nHost: x\r\n"
            f"Transfer-Encoding: chunked\r\n\r\n").encode()
    body = b"".join(b"%x\r\n%s\r\n" % (4096, b"x" * 4096) for _ in range(5)) + b"0\r\n\r\n"
    assert raw_request(server, head, body).split(" ")[1] in ("413", "400")
    sid = polling_session(server)
    small = b"3"  # a pong from the phone: well under the cap, and the engine takes it
    head = (f"POST /socket.io/?EIO=4&transport=polling&sid={sid} HTTP/1.1\r\nHost: x\r\n"
            f"Transfer-Encoding: chunked\r\n\r\n").encode()
    assert raw_request(server, head, b"1\r\n" + small + b"\r\n0\r\n\r\n").split(" ")[1] == "200"
    assert server.is_healthy()


# 2. Slow clients ------------------------------------------------------------------------------------

HALF_SENT = [b"GET /healthz HT",  # a request line cut short
             b"GET /healthz HTTP/1.1\r\nHost: x\r\nUser-Ag",  # headers cut short
             b"POST /api/questions/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
             b"Content-Length: 100\r\n\r\n{\"text\": \"Hur kan vi"]  # a body cut short


def is_closed_by_server(conn):
    """Return whether the server closes a connection (after any answer) before the client's timeout."""
    try:
        while conn.recv(4096):
            pass
        return True
    except ConnectionResetError:
        return True
    except socket.timeout:
        return False


@pytest.mark.parametrize("mode", ["gevent", "eventlet"])
def test_half_sent_requests_are_closed_after_the_read_timeout(own_server, mode):
    """Heads and bodies that never finish are dropped; the server keeps answering."""
    server = own_server({"QPM_READ_TIMEOUT": "1"}, mode=mode)
    before = open_descriptors(server)
    conns = [socket.create_connection(("127.0.0.1", server.port), timeout=WAIT) for _ in range(60)]
    try:
        for number, conn in enumerate(conns):
            conn.sendall(HALF_SENT[number % len(HALF_SENT)])
        assert all(is_closed_by_server(conn) for conn in conns)
    finally:
        for conn in conns:
            conn.close()
    assert settles(lambda: open_descriptors(server), lambda now: now <= before + 5), open_descriptors(server)
    assert server.is_healthy()


def test_no_more_than_the_cap_of_half_open_requests_hold_a_descriptor(own_server):
    """With 100 half-sent heads open (and a long read timeout), the server holds at most the cap of them."""
    server = own_server({"QPM_READ_TIMEOUT": "60", "QPM_MOST_HALF_OPEN": "20"})
    before = open_descriptors(server)
    conns = [socket.create_connection(("127.0.0.1", server.port), timeout=WAIT) for _ in range(100)]
    try:
        for conn in conns:
            conn.sendall(HALF_SENT[0])
        # The read timeout is far off: only the cap can bring the count down while these stay open.
        assert settles(lambda: open_descriptors(server), lambda now: now <= before + 20 + 5), \
            open_descriptors(server)
    finally:
        for conn in conns:
            conn.close()
    assert settles(lambda: open_descriptors(server), lambda now: now <= before + 5), open_descriptors(server)
    assert server.is_healthy()


@pytest.mark.parametrize("mode", ["gevent", "eventlet"])
@pytest.mark.parametrize("transport", ["websocket", None])
def test_a_quiet_socket_outlives_the_read_timeout(own_server, mode, transport):
    """The read timeout is for requests, not for a phone's open socket between two messages."""
    server = own_server({"QPM_READ_TIMEOUT": "1"}, mode=mode)
    meeting = server.create_meeting()
    host = Peer().connect(server, host_auth(meeting), transport)
    try:
        host.next("state")
        time.sleep(3)  # three read timeouts of silence
        assert host.call("phase", {"phase": "question"})["ok"] is True
    finally:
        host.close()


# 3. Big WebSocket frames ----------------------------------------------------------------------------

def resident_megabytes(server):
    """Return the server process's resident memory in MB."""
    for line in open(f"/proc/{server.process.pid}/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


@pytest.mark.parametrize("mode", ["gevent", "eventlet"])
def test_a_32_mb_websocket_frame_is_refused_early_with_a_close_reason(own_server, mode):
    """The server closes the socket once the frame passes the cap, without gathering 32 MB first."""
    server = own_server(mode=mode)
    before = resident_megabytes(server)
    conn = websocket.create_connection(f"ws://127.0.0.1:{server.port}/socket.io/?EIO=4&transport=websocket",
                                       timeout=WAIT)
    assert conn.recv().startswith("0{")  # the engine's open packet
    try:
        conn.send("4" + "x" * (32 * 1024 * 1024))
    except (BrokenPipeError, ConnectionResetError, websocket.WebSocketException):
        pass  # the server hung up while the frame was still being sent: what we want
    try:
        frame = conn.recv_data_frame(True)[1]
        while frame.opcode != websocket.ABNF.OPCODE_CLOSE:
            frame = conn.recv_data_frame(True)[1]
        assert int.from_bytes(frame.data[:2], "big") == 1009, frame.data  # message too big
    except (ConnectionResetError, BrokenPipeError, websocket.WebSocketConnectionClosedException):
        pass  # closed under the client's feet; the close code could not be read back
    finally:
        conn.close()
    assert resident_megabytes(server) - before < 16, (before, resident_megabytes(server))
    assert server.is_healthy()


# 5. Reserved event names ----------------------------------------------------------------------------

def test_an_event_named_connect_does_not_rerun_the_connect_handler(own_server):
    """`42["connect",{"code":…}]` on an open socket gives no fresh rate limit: connect runs once per socket."""
    server = own_server({"QPM_CONTRIBUTION_BURST": "3", "QPM_CONTRIBUTION_INTERVAL": "600"})
    meeting = server.create_meeting()
    host = Peer().connect(server, host_auth(meeting))
    phone = Peer().connect(server, parent_auth(meeting))
    try:
        assert host.call("phase", {"phase": "question"})["ok"] is True
        answers = [phone.call("contribute", {"text": f"Vi läser tillsammans {n}", "key": f"k{n:030d}"})
                   for n in range(4)]
        assert [answer["ok"] for answer in answers] == [True, True, True, False]
        for name in ("connect", "disconnect"):
            phone.client.emit(name, {"code": meeting["code"], "first": True})
        answer = phone.call("contribute", {"text": "Vi läser tillsammans igen", "key": "k" * 32})
        assert answer["ok"] is False and answer["error"]["code"] == "rate_limited", answer
    finally:
        phone.close()
        host.close()
