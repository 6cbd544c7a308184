"""The checker's suggestions on /host/new in real Chromium: buttons, the keyboard, the age group."""
import time
from test_browser import LAPTOP, axe, browser, expect, open_page, server, watch  # noqa: F401 (fixtures)


def test_suggestions_are_buttons_that_fill_the_field_by_keyboard(server, open_page, axe):  # noqa: F811
    form = open_page(LAPTOP, server.url + "/host/new")
    form.fill("#question", "Vad gör vi åt mobbningen?")
    buttons = form.locator("#question-verdict button.suggestion")
    expect(buttons.first).to_be_visible()
    assert 1 <= buttons.count() <= 3
    assert all("mobbning" in text or "kränkt" in text or "trygg" in text for text in buttons.all_text_contents())
    axe.check(form, "create with suggestions")
    chosen = buttons.nth(1).text_content() if buttons.count() > 1 else buttons.first.text_content()
    (buttons.nth(1) if buttons.count() > 1 else buttons.first).focus()
    form.keyboard.press("Enter")
    expect(form.locator("#question")).to_have_value(chosen)
    form.wait_for_selector("#question-verdict .fit")
    expect(form.locator("#question")).to_be_focused()


def test_no_suggestion_says_so_and_markup_is_not_echoed(server, open_page):  # noqa: F811
    form = open_page(LAPTOP, server.url + "/host/new")
    form.fill("#question", "<img src=x onerror=alert(1)>Hur kan ni?")
    form.wait_for_selector("#question-verdict .problems li")
    expect(form.locator("#question-verdict button.suggestion")).to_have_count(0)
    expect(form.locator("#question-verdict img")).to_have_count(0)
    expect(form.locator("#question-verdict .muted")).to_be_visible()


def expect_soon(condition, seconds=10):
    """Wait until a condition read from the page holds, or fail."""
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the page did not change in time"
        time.sleep(0.1)


def test_the_age_group_filters_the_bank(server, open_page):  # noqa: F811
    form = open_page(LAPTOP, server.url + "/host/new")
    # Polled from Python: the page's CSP forbids the eval that wait_for_function uses for a string.
    themes = form.locator("#bank-theme option")
    expect_soon(lambda: themes.count() > 20)
    assert "Betyg och bedömning" in form.locator("#bank-theme option").all_text_contents()
    with form.expect_response(lambda answer: "age=f" in answer.url):
        form.select_option("#age-group", "förskola")
    expect_soon(lambda: "Betyg och bedömning" not in themes.all_text_contents())
    assert "Sömn och vila" in form.locator("#bank-theme option").all_text_contents()
