"""Real Chromium: a join address that only this computer opens is said plainly on the console and projector."""
from test_browser import LAPTOP, PROJECTOR, axe, browser, expect, open_page, server, wait_connected, watch  # noqa: F401
from browser_helpers import shot


def test_a_loopback_address_warns_the_host_and_the_projector_shows_no_qr_code(server, open_page, axe):  # noqa: F811
    meeting = server.create_meeting()
    console = open_page(LAPTOP, f"{server.url}/host/{meeting['id']}#t={meeting['host_token']}")
    wait_connected(console)
    warning = console.locator("#only-here")
    expect(warning).to_be_visible()
    expect(warning).to_contain_text("Mobilerna når inte den här adressen – starta med qpm serve --lan")
    expect(warning).to_contain_text(f"127.0.0.1:{server.port}")
    expect(console.locator("#address-choice")).to_be_hidden()  # one address: nothing to choose
    axe.check(console, "host console, join address only on this computer")
    shot(console, "host-console-only-here")

    english = open_page(LAPTOP, f"{server.url}/host/{meeting['id']}?lang=en#t={meeting['host_token']}")
    wait_connected(english)
    expect(english.locator("#only-here")).to_contain_text("The phones cannot reach this address – start with qpm serve --lan")

    screen = open_page(PROJECTOR, f"{server.url}/screen/{meeting['id']}?t={meeting['screen_token']}")
    wait_connected(screen)
    note = screen.locator("#only-here")
    expect(note).to_be_visible()
    expect(note).to_contain_text(f"mobilerna når inte 127.0.0.1:{server.port}")
    expect(note).to_contain_text("qpm serve --lan")
    assert screen.locator(".qr svg").count() == 0
    expect(screen.locator(".join-code")).to_have_text(meeting["code"])
    # Small type for the host, not the room's headline.
    assert screen.evaluate("() => parseFloat(getComputedStyle(document.getElementById('only-here')).fontSize)") < \
        screen.evaluate("() => parseFloat(getComputedStyle(document.querySelector('.join-code')).fontSize)") / 2
    axe.check(screen, "projector lobby, join address only on this computer")
    shot(screen, "projector-only-here", full_page=False)
