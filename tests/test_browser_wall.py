"""The phones' wall in a full room, in real Chromium: the newest ideas, and older ones on request."""
import socketio

from test_browser import axe, browser, expect, host_socket, open_page, server, wait_connected, watch  # noqa: F401 (fixtures)
from browser_helpers import PHONE

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
