"""The phones' wall in a full room, in real Chromium: the newest ideas, and older ones on request."""
import socketio

from test_browser import axe, browser, expect, host_socket, open_page, server, wait_connected, watch  # noqa: F401 (fixtures)
from browser_helpers import PHONE
from test_browser import CONSOLE

IDEAS = 70


def test_a_phone_shows_the_newest_ideas_and_loads_older_ones_by_keyboard(server, open_page, host_socket, axe):  # noqa: F811
    meeting = server.create_meeting()
    host = host_socket(meeting)
    host.phase("question")
    assert host.client.call("settings", {"wall_on_phones": True}, timeout=10) == {"ok": True}
    writer = socketio.Client(reconnection=False)
    writer.connect(server.url, auth={"code": meeting["code"]}, transports=["websocket"], wait_timeout=10)
    try:
        for n in range(IDEAS):
            assert writer.call("contribute", {"text": f"Idé nummer {n}", "key": f"wall-{n}"}, timeout=10)["ok"]
    finally:
        writer.disconnect()

    phone = open_page(PHONE, meeting["join_url"])
    wait_connected(phone)
    ideas, older = phone.locator("#phone-wall li"), phone.locator("#older-ideas")
    expect(ideas).to_have_count(50)
    expect(ideas.last).to_contain_text(f"Idé nummer {IDEAS - 1}")
    expect(older).to_have_text("Visa äldre idéer (20 till)")
    axe.check(phone, "phone wall with older ideas to load")
    older.focus()
    phone.keyboard.press("Enter")
    expect(ideas).to_have_count(IDEAS)
    expect(ideas.first).to_contain_text("Idé nummer 0")
    expect(older).to_be_hidden()
    expect(phone.locator("#phone-wall")).to_be_focused()  # the reader keeps their place where the button was


def test_a_merged_idea_is_named_so_on_the_console_and_not_counted_as_hidden(server, open_page, host_socket):  # noqa: F811
    meeting = server.create_meeting()
    host = host_socket(meeting)
    host.phase("question")
    writer = socketio.Client(reconnection=False)
    writer.connect(server.url, auth={"code": meeting["code"]}, transports=["websocket"], wait_timeout=10)
    try:
        kept, duplicate = (writer.call("contribute", {"text": text, "key": text}, timeout=10)["id"]
                           for text in ("Vi läser en saga", "Läsa sagor"))
    finally:
        writer.disconnect()
    assert host.client.call("moderate", {"id": duplicate, "action": "merge", "into": kept}, timeout=10) == {"ok": True}
    console = open_page(CONSOLE, meeting["host_url"])
    console.wait_for_selector("#console:not([hidden])")
    expect(console.locator("#bar-counts")).to_have_text("1 visas · 0 dolda")
    merged = console.locator(".host-item.merged")
    expect(merged).to_contain_text("Sammanslagen med en liknande idé")
    expect(merged.locator("button[data-action=restore]")).to_have_count(0)  # its agreement lives on in the other
    expect(console.locator(".host-item.visible")).to_contain_text("1 håller med")
