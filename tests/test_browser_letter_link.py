"""The published letter's stable link on the host console, in real Chromium: shown once published, copied
by keyboard, and the page it names is the letter families read (issue 14, item 4)."""
import requests
from test_browser import CONSOLE, axe, browser, expect, open_page, server, shot, watch  # noqa: F401 (fixtures)


def test_the_host_copies_the_published_letters_link_with_the_keyboard(server, open_page, axe):  # noqa: F811
    meeting = server.create_meeting()
    console = open_page(CONSOLE, meeting["host_url"], permissions=["clipboard-read", "clipboard-write"],
                        allow_confirm=True)
    console.wait_for_selector("#console:not([hidden])")
    copy = console.get_by_role("button", name="Kopiera brevets länk")
    expect(copy).to_be_hidden()  # nothing to share before the letter is published
    console.click("#phases button[data-phase=closed]")
    expect(console.locator("#phases button[data-phase=closed]")).to_have_attribute("aria-pressed", "true")
    expect(copy).to_be_hidden()
    console.click("#letter-publish")
    expect(console.locator("#letter-feedback")).to_contain_text("Publicerat")
    expect(copy).to_be_visible()
    link = meeting["join_url"] + "/letter"
    expect(console.get_by_label("Det publicerade brevet, till alla föräldrar")).to_have_value(link)

    # From the publish button, Tab reaches the link and then its copy button; Enter copies.
    console.focus("#letter-publish")
    for _press in range(4):
        console.keyboard.press("Tab")
        if console.evaluate("() => document.activeElement.id") == "published-link-copy":
            break
    expect(copy).to_be_focused()
    console.keyboard.press("Enter")
    expect(console.locator("#published-link-feedback")).to_contain_text("Brevets länk är kopierad")
    assert console.evaluate("() => navigator.clipboard.readText()") == link
    expect(console.locator("#host-key-feedback")).to_have_text("")  # the host link's copy is its own

    page = requests.get(link, timeout=10)
    assert page.status_code == 200 and 'class="letter"' in page.text
    axe.check(console, "host console, the published letter's link")
    shot(console, "issue14-console-letter-link", full_page=False)
