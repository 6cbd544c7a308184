"""The soak's phones: they drop, go offline and resend by their keys, and obey the rate limits."""
import asyncio
import contextlib
import random
import uuid
from collections import Counter

import socketio

ACK_SECONDS = 10  # as static/js/phone.js: an ack that does not come by then is lost, and the idea waits
WAIT_AFTER = {"rate_limited": 3.5, "not_saved": 5.0}  # not stored: wait, then send again (as phone.js)
THINK_SECONDS = 12.0  # a phone's mean pause between two actions
# (action, weight): about one new idea a minute per phone, and a connection change every minute or so.
ACTIONS = (("write", 22), ("resend", 10), ("agree", 8), ("mine", 4), ("reconnect", 7), ("drop", 4),
           ("offline", 5), ("idle", 40))
PHRASES = ("Vi kan läsa tillsammans", "Vi kan gå ut i skogen", "Vi kan laga mat ihop", "Vi kan sjunga på kvällen")
CONNECTING_AT_ONCE = asyncio.Semaphore(50)  # more simultaneous handshakes only measure the accept queue


class Tally:
    """What the phones saw, for the report: every acknowledgement by key, and what went wrong how often."""

    def __init__(self):
        self.acked = {}  # key → the id the server gave (None from the bare relay)
        self.texts = {}  # key → the words sent with it
        self.written = 0
        self.unacknowledged = 0  # still waiting when the phones left
        self.waits = Counter()  # rate_limited, not_saved, a lost ack: sent again later
        self.refused = Counter()  # refused for good: an honest phone should never see one
        self.resends = 0  # acknowledged keys sent again
        self.other_ids = []  # (key, first id, later id): a known key answered with another id
        self.mine_asked = self.mine_missing = 0  # `mine` must find every acknowledged key
        self.agrees = Counter()
        self.connects = 0
        self.refusals = Counter()  # connections that failed, by message
        self.drops = Counter()  # how connections ended on purpose
        self.hostile = Counter()
        self.visible_ids = []  # ideas a phone may agree with


def new_idea():
    """Return a fresh key and words; a marker of letters finds the idea in the store (digits look personal)."""
    marker = "".join(random.choice("abcdefghijklmnop") for _ in range(12))
    return "k" + uuid.uuid4().hex, f"{random.choice(PHRASES)} [{marker}]"


async def close(client):
    """Disconnect a client and close its HTTP session, whatever state it is in."""
    with contextlib.suppress(Exception):  # a client of a killed server may fail to say goodbye
        await asyncio.wait_for(client.disconnect(), timeout=5)
    if client.eio.http is not None and not client.eio.http.closed:
        await client.eio.http.close()


async def open_client(url, auth, transports):
    """Return a connected Socket.IO client; raise ConnectionError (with the server's message) otherwise."""
    client = socketio.AsyncClient(reconnection=False, handle_sigint=False)
    try:
        async with CONNECTING_AT_ONCE:
            await asyncio.wait_for(client.connect(url, auth=auth, transports=transports, wait_timeout=10), 15)
        return client
    except (TimeoutError, socketio.exceptions.ConnectionError, OSError) as problem:
        await close(client)
        raise socketio.exceptions.ConnectionError(str(problem) or type(problem).__name__) from None


class Phone:
    """One parent's phone: writes ideas, keeps each until acknowledged, resends by key, drops and comes back."""

    def __init__(self, url, code, tally, project):
        self.url, self.code, self.tally, self.project = url, code, tally, project
        self.auth = {"code": code, "phone": uuid.uuid4().hex}  # the random value a phone keeps
        self.transports = ["websocket"] if random.random() < 0.8 else None  # some poll first, as browsers do
        self.client = None
        self.waiting = []  # (key, text) written and not acknowledged yet: the phone's localStorage
        self.sent = {}  # key → id, acknowledged
        self.agree_keys = {}  # idea id → the key this phone agrees with it by
        self.pause_until = 0.0

    @property
    def connected(self):
        """Return whether the phone is connected now."""
        return self.client is not None and self.client.connected

    async def connect(self):
        """Connect, then ask what became of the ideas sent before (as phone_mine.js does after a reconnect)."""
        try:
            self.client = await open_client(self.url, self.auth, self.transports)
        except socketio.exceptions.ConnectionError as problem:
            self.tally.refusals[str(problem).split(" 127.0.0.1")[0][:40]] += 1  # the server's words, or down
            await asyncio.sleep(random.uniform(1, 3))
            return
        self.tally.connects += 1
        if self.project and self.sent:
            await self.mine()

    async def leave(self, how="disconnect"):
        """Leave: politely, or by cutting the TCP connection as a phone leaving the Wi-Fi does."""
        if self.client is None:
            return
        ws = getattr(self.client.eio, "ws", None)
        transport = ws._conn.transport if ws is not None and ws._conn is not None else None
        if how == "drop" and self.client.eio.current_transport == "websocket" and transport is not None:
            transport.abort()
            await asyncio.sleep(0.2)
        self.tally.drops[how] += 1
        await close(self.client)
        self.client = None

    async def call(self, event, data):
        """Send an event and return its ack; a lost ack or a lost socket is an ack that says so."""
        try:
            return await self.client.call(event, data, timeout=ACK_SECONDS)
        except Exception as problem:  # noqa: BLE001 — TimeoutError, BadNamespaceError: the idea just waits
            return {"ok": False, "error": {"code": type(problem).__name__}}

    async def send(self, key, text):
        """Send one idea by its key; return whether it was acknowledged (or refused for good)."""
        answer = await self.call("contribute", {"text": text, "key": key})
        if answer.get("ok"):
            self.acknowledged(key, text, answer)
            return True
        code = answer.get("error", {}).get("code")
        if code in WAIT_AFTER or code in ("TimeoutError", "BadNamespaceError"):
            self.tally.waits[code] += 1
            self.pause_until = asyncio.get_running_loop().time() + WAIT_AFTER.get(code, 2.0)
            return False
        self.tally.refused[code] += 1
        return True

    def acknowledged(self, key, text, answer):
        """Record an ack; a key acknowledged before must come back with the same id."""
        if key in self.sent:
            self.tally.resends += 1
            if answer.get("id") != self.sent[key]:
                self.tally.other_ids.append((key, self.sent[key], answer.get("id")))
            return
        self.sent[key] = self.tally.acked[key] = answer.get("id")
        self.tally.texts[key] = text
        if answer.get("status") == "visible" and answer.get("id") is not None:
            self.tally.visible_ids.append(answer["id"])

    async def flush(self):
        """Send the waiting ideas oldest first, until one cannot go."""
        while self.waiting and self.connected and asyncio.get_running_loop().time() >= self.pause_until:
            if not await self.send(*self.waiting[0]):
                return
            self.waiting.pop(0)

    def write(self):
        """Write a new idea: it waits on the phone until the server acknowledges it."""
        self.waiting.append(new_idea())
        self.tally.written += 1

    async def mine(self):
        """Ask by key what became of the acknowledged ideas: every one must be found, with its id."""
        keys = list(self.sent)[-200:]
        answer = await self.call("mine", {"keys": keys})
        if answer.get("ok"):
            found = {item["key"]: item["id"] for item in answer["items"]}
            self.tally.mine_asked += len(keys)
            self.tally.mine_missing += sum(key not in found for key in keys)
            self.tally.other_ids += [(key, self.sent[key], found[key]) for key in keys
                                     if key in found and found[key] != self.sent[key]]

    async def agree(self):
        """Agree with someone's idea, by a key this phone keeps for it."""
        if not self.tally.visible_ids:
            return
        idea = random.choice(self.tally.visible_ids)
        key = self.agree_keys.setdefault(idea, uuid.uuid4().hex)
        answer = await self.call("agree", {"id": idea, "key": key})
        self.tally.agrees["ok" if answer.get("ok") else answer.get("error", {}).get("code")] += 1

    async def act(self):
        """Do one thing a parent's phone does."""
        action = random.choices([a for a, _ in ACTIONS], [w for _, w in ACTIONS])[0]
        if not self.project and action in ("agree", "mine"):
            action = "idle"  # the bare relay has neither
        if action == "write":
            self.write()
        elif action == "resend" and self.sent and self.connected:
            key = random.choice(list(self.sent))
            await self.send(key, self.tally.texts[key])
        elif action == "agree" and self.connected:
            await self.agree()
        elif action == "mine" and self.connected and self.sent:
            await self.mine()
        elif action in ("reconnect", "drop"):
            await self.leave(action)
            await asyncio.sleep(random.uniform(0.2, 5))
        elif action == "offline":  # out of reach for a while, still writing; resent on return
            await self.leave()
            for _ in range(random.randint(1, 3)):
                await asyncio.sleep(random.uniform(3, 15))
                self.write()

    async def run(self, until):
        """Be a phone in the room until the moment given."""
        loop = asyncio.get_running_loop()
        await asyncio.sleep(random.uniform(0, 20))  # parents arrive over the first 20 seconds
        while loop.time() < until:
            if not self.connected:
                await self.connect()
            await self.flush()
            await asyncio.sleep(min(random.expovariate(1 / THINK_SECONDS), max(0.0, until - loop.time())))
            if loop.time() < until:
                await self.act()

    async def finish(self, deadline):
        """Send everything still waiting (until the deadline), then leave for good."""
        loop = asyncio.get_running_loop()
        while self.waiting and loop.time() < deadline:
            if not self.connected:
                await self.connect()
            await self.flush()
            if self.waiting:
                await asyncio.sleep(max(0.5, self.pause_until - loop.time()))
        self.tally.unacknowledged += len(self.waiting)
        await self.leave()

