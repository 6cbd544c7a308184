"""Helpers for the browser tests: a real `qpm serve`, Chromium via Playwright, axe-core, screenshots."""
import json
import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
import requests

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
QPM = Path(sys.executable).parent / "qpm"
CHROMIUM = os.environ.get("QPM_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
QUESTION = "Hur kan vi hjälpa våra barn att komma till ro vid vilan?"
PHONE = {"width": 360, "height": 740}
PROJECTOR = {"width": 1280, "height": 720}
LAPTOP = {"width": 1280, "height": 800}
STARTUP = 20
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def axe_source():
    """Return axe-core's script, from QPM_AXE, the project's .cache/axe, or a node_modules nearby."""
    candidates = [os.environ.get("QPM_AXE", ""), ROOT / ".cache/axe/node_modules/axe-core/axe.min.js",
                  ROOT / "node_modules/axe-core/axe.min.js"]
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return Path(candidate).read_text(encoding="utf-8")
    return None


def free_port():
    """Return a TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """One `qpm serve` subprocess (gevent, the default) on its own instance folder."""

    def __init__(self, instance, env=None):
        self.instance = instance
        self.env = dict(os.environ, QPM_INSTANCE=str(instance), **(env or {}))
        for name in ("QPM_DATABASE", "QPM_PUBLIC_URL", "QPM_STAFF_PASSWORD", "QPM_MESSAGE_QUEUE"):
            self.env.pop(name, None)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = instance / "server.log"
        self.process = None

    def start(self):
        """Start the server and wait until /healthz says it is ready."""
        with self.log.open("wb") as log:
            self.process = subprocess.Popen([str(QPM), "serve", "--host", "127.0.0.1", "--port", str(self.port)],
                                            env=self.env, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + STARTUP
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail(f"qpm serve exited with {self.process.returncode}:\n{self.output()}")
            try:
                if requests.get(self.url + "/healthz", timeout=1).json() == {"ok": True}:
                    return self
            except (requests.ConnectionError, requests.Timeout, ValueError):
                pass
            time.sleep(0.1)
        self.stop()
        pytest.fail(f"qpm serve was not ready within {STARTUP} s:\n{self.output()}")

    def stop(self):
        """Stop the server politely, and firmly if it does not listen."""
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)

    def output(self):
        """Return what the server printed."""
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def create_meeting(self, **fields):
        """Create a QPM meeting over the API; return the answer with the screen token picked out."""
        body = {"kind": "qpm", "title": "Föräldramöte på Solrosen", "unit": "Solrosen, Humlan",
                "info": ["Lucia firar vi den 13 december kl. 8.30.", "Kom ihåg extrakläder."],
                "questions": [QUESTION], **fields}
        answer = requests.post(self.url + "/api/meetings", json=body, timeout=10)
        assert answer.status_code == 201, answer.text
        created = answer.json()
        created["screen_token"] = parse_qs(urlparse(created["screen_url"]).query)["t"][0]
        return created

    def state(self, meeting_id, token):
        """Return the host's full state of a meeting over the API."""
        answer = requests.get(f"{self.url}/api/meetings/{meeting_id}", timeout=10,
                              headers={"Authorization": f"Bearer {token}"})
        assert answer.status_code == 200, answer.text
        return answer.json()


class Watch:
    """Collects what must never happen on a page: dialogs, page errors, CSP violations."""

    def __init__(self):
        self.dialogs = []
        self.errors = []

    def attach(self, page, allow_confirm=False):
        """Watch a page; accept the host's close confirmation only when allowed."""
        def on_dialog(dialog):
            if allow_confirm and dialog.type == "confirm":
                dialog.accept()
                return
            self.dialogs.append(f"{dialog.type}: {dialog.message}")
            dialog.dismiss()
        page.on("dialog", on_dialog)
        page.on("pageerror", lambda error: self.errors.append(f"{page.url}: {error}"))
        page.on("console", lambda message: self._console(page, message))
        return page

    def _console(self, page, message):
        if message.type == "error" and re.search(r"Content Security Policy|Refused to", message.text):
            self.errors.append(f"{page.url}: {message.text}")

    def check(self):
        """Fail if any page showed a dialog, threw, or broke the content security policy."""
        assert not self.dialogs, f"dialogs opened: {self.dialogs}"
        assert not self.errors, f"page errors: {self.errors}"


class Axe:
    """Runs axe-core inside pages (injected over the DevTools protocol, so the page's CSP stays on)."""

    def __init__(self, source):
        self.source = source
        self.results = {}

    def check(self, page, name, exclude=None):
        """Run axe on the page; record every violation; fail on serious or critical WCAG 2.1 A/AA ones."""
        if not page.evaluate("() => !!window.axe"):
            page.evaluate(self.source + "\n;true")
        context = {"exclude": [[selector] for selector in exclude]} if exclude else {"include": [["html"]]}
        result = page.evaluate("""async ([context, tags]) => {
            const r = await axe.run(context, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']});
            return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map(n => ({target: n.target.join(' '), summary: n.failureSummary}))}));
        }""", [context, WCAG_TAGS])
        self.results[name] = result
        ARTIFACTS.mkdir(exist_ok=True)
        (ARTIFACTS / "axe.json").write_text(json.dumps(self.results, indent=2, ensure_ascii=False))
        bad = [v for v in result if v["impact"] in ("serious", "critical")]
        assert not bad, f"axe on {name}: " + json.dumps(bad, indent=2, ensure_ascii=False)
        return result


def shot(page, name, full_page=True):
    """Save a screenshot of a page under test-artifacts/."""
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=full_page)
