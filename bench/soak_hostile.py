"""The soak's hostile clients: oversized frames, malformed events, raw garbage, reconnect loops, wrong codes."""
import asyncio
import json
import random
import string
import uuid

import aiohttp
import socketio
from soak_phones import close, open_client


def nested(depth):
    """Return a list nested `depth` deep."""
    value = []
    for _ in range(depth):
        value = [value]
    return value


# None of these may be stored or change the meeting: a parent's phone may not close the question.
BAD_MESSAGES = [
    ("contribute", "text"), ("contribute", 42), ("contribute", [1, 2]), ("contribute", None),
    ("contribute", {"text": 5, "key": "hostile-1"}), ("contribute", {"text": "Vi kan", "key": "k" * 65}),
    ("contribute", {"text": "x" * 600, "key": "hostile-2"}), ("contribute", {"text": "\ud800", "key": "hostile-3"}),
    ("contribute", {"text": nested(300), "key": "hostile-4"}), ("contribute", {"key": "hostile-5"}),
    ("phase", {"phase": "closed"}), ("moderate", {"id": 1, "action": "hide"}), ("settings", {"premoderation": True}),
    ("mine", {"keys": "x"}), ("mine", {"keys": ["k"] * 1000}), ("agree", {"id": "abc"}), ("agree", {"id": 2**70}),
    ("suggest", {"text": ""}), ("withdraw", {}),
]
RAW_FRAMES = ["42[", '42["contribute",', "4", "9", "2probe", '451-["contribute",{"_placeholder":true,"num":0}]',
              '42["connect",{}]', "40/nowhere,", b"\x00\xff" * 10]


async def oversized(url, code, tally):
    """Send a frame far over the cap (the server must drop the socket), then an oversized polling POST."""
    client = await open_client(url, {"code": code}, ["websocket"])
    await client.emit("contribute", {"text": "x" * 40_000, "key": "hostile-big"})
    await asyncio.sleep(2)
    tally.hostile["oversized frame: " + ("kept open" if client.connected else "dropped")] += 1
    await close(client)
    async with aiohttp.ClientSession() as http:
        async with http.get(url + "/socket.io/?EIO=4&transport=polling") as answer:
            sid = json.loads((await answer.text())[1:])["sid"]
        too_big = b"4" + b"x" * 100_000
        async with http.post(f"{url}/socket.io/?EIO=4&transport=polling&sid={sid}", data=too_big) as answer:
            tally.hostile[f"oversized polling POST: {answer.status}"] += 1
    await asyncio.sleep(3)


async def malformed(url, code, tally):
    """Send events of the wrong shape or role, an unknown event, and raw frames that are no Socket.IO at all."""
    client = await open_client(url, {"code": code}, ["websocket"])
    for event, payload in BAD_MESSAGES:
        try:
            answer = await client.call(event, payload, timeout=5)
        except Exception as problem:  # noqa: BLE001 — no answer is an answer too
            answer = {"error": {"code": type(problem).__name__}}
        ok = isinstance(answer, dict) and answer.get("ok")
        tally.hostile["malformed: ACCEPTED" if ok else "malformed: refused"] += 1
    await client.emit("nonsense", {"text": "x"})
    await close(client)
    address = url.replace("http", "ws") + "/socket.io/?EIO=4&transport=websocket"
    async with aiohttp.ClientSession() as http, http.ws_connect(address) as ws:
        await ws.receive(timeout=5)
        await ws.send_str("40" + json.dumps({"code": code}))
        for frame in RAW_FRAMES:
            await (ws.send_bytes(frame) if isinstance(frame, bytes) else ws.send_str(frame))
        tally.hostile["raw frames sent"] += len(RAW_FRAMES)
        await asyncio.sleep(1)
    await asyncio.sleep(2)


async def reconnect_loop(url, code, tally):
    """Connect and leave at once, over and over, as a new phone each time."""
    transports = random.choice([["websocket"], None])
    client = await open_client(url, {"code": code, "phone": uuid.uuid4().hex}, transports)
    await close(client)
    tally.hostile["reconnect loop: connections"] += 1
    await asyncio.sleep(0.1)


async def wrong_codes(url, _code, tally):
    """Try made-up join codes (QPM_BAD_CODE_LIMIT is raised for the run: every client here is 127.0.0.1)."""
    made_up = "I" + "".join(random.choice(string.ascii_uppercase) for _ in range(5))  # no real code has an I
    try:
        await close(await open_client(url, {"code": made_up}, ["websocket"]))
        tally.hostile["wrong code: LET IN"] += 1
    except socketio.exceptions.ConnectionError:
        tally.hostile["wrong code: refused"] += 1
    await asyncio.sleep(0.3)


HOSTILE = (oversized, malformed, reconnect_loop, wrong_codes)


async def hostile(kind, url, code, tally, until):
    """Run one kind of hostile client until the moment given; it keeps going through a server restart."""
    loop = asyncio.get_running_loop()
    while loop.time() < until:
        try:
            await kind(url, code, tally)
        except Exception as problem:  # noqa: BLE001 — the server was down or dropped us: its right
            tally.hostile[f"{kind.__name__}: {type(problem).__name__}"] += 1
            await asyncio.sleep(1)
