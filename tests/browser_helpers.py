"""Helpers for the browser tests: Chromium via Playwright, axe-core, screenshots, and what must not happen."""
import json
import os
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = os.environ.get("QPM_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
PHONE = {"width": 360, "height": 740}
PROJECTOR = {"width": 1280, "height": 720}
LAPTOP = {"width": 1280, "height": 800}
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def axe_source():
    """Return axe-core's script, from QPM_AXE, the project's .cache/axe, or a node_modules nearby."""
    candidates = [os.environ.get("QPM_AXE", ""), ROOT / ".cache/axe/node_modules/axe-core/axe.min.js",
                  ROOT / "node_modules/axe-core/axe.min.js"]
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return Path(candidate).read_text(encoding="utf-8")
    return None


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
