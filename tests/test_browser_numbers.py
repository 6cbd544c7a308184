"""Numbers on the phone in the phone's language, in real Chromium: what the page's script counts is written
in the same digits as what the server wrote — Persian digits for fa, Latin ones for ar (issue 14)."""
import re

from servers import Peers
from test_browser import (  # noqa: F401
    PHONE,
    axe,
    browser,
    expect,
    host_socket,
    open_page,
    server,
    shot,
    wait_connected,
    watch,
)

PERSIAN = "[۰-۹]"
LATIN = "[0-9]"
SCRIPT_DIGITS = {"fa": PERSIAN, "ar": LATIN}


def digits(text):
    """Return the digits in a text, of any script."""
    return re.findall(r"\d", text)


def test_a_phone_counts_in_the_digits_the_server_writes(server, open_page, host_socket, axe):  # noqa: F811
    meeting = server.create_meeting()
    host = host_socket(meeting)
    assert host.client.call("settings", {"wall_on_phones": True}, timeout=10) == {"ok": True}
    host.phase("question")
    peers = Peers()
    try:
        writer = peers(server, {"code": meeting["code"], "phone": "w" * 16})
        idea = writer.call("contribute", {"text": "Vi läser en saga varje kväll", "key": "idea-1"})
        assert idea["ok"]
        for n in range(11):
            agreeing = peers(server, {"code": meeting["code"], "phone": f"{n:016d}"})
            assert agreeing.call("agree", {"id": idea["id"], "key": f"agree-{n}"})["ok"]
        assert host.client.call("timer", {"action": "start", "seconds": 754}, timeout=10) == {"ok": True}
        phones = {language: open_page(PHONE, f"{meeting['join_url']}?lang={language}") for language in ("fa", "ar")}
        for language, phone in phones.items():
            own = SCRIPT_DIGITS[language]
            wait_connected(phone)
            # Written by the server: the limit under the box.
            limit = phone.locator("#text-limit").text_content()
            assert digits(limit) and all(re.fullmatch(own, d) for d in digits(limit)), limit
            # Written by the phone's script: the counter, the agree count, the timer.
            phone.fill("#text", "ب" * 458)
            expect(phone.locator("#counter")).to_contain_text(re.compile(f"{own}{own}"))
            card = phone.locator("#phone-wall li", has_text="Vi läser en saga")
            expect(card).to_contain_text(re.compile(f"{own}{own}"))
            card.locator("button").click()
            expect(card).to_contain_text(re.compile(f"{own}{own}"))
            expect(phone.locator("#timer")).to_contain_text(re.compile(f"{own}+:{own}{own}"))
            shown = " ".join(phone.locator(selector).text_content() for selector in ("#counter", "#phone-wall", "#timer"))
            assert all(re.fullmatch(own, d) for d in digits(shown)), shown
            phone.fill("#text", "ب" * 520)
            expect(phone.locator("#counter")).to_contain_text(re.compile(f"{own}{own}"))
        fa, ar = phones["fa"], phones["ar"]
        expect(fa.locator("#text-limit")).to_have_text("حداکثر ۵۰۰ نویسه.")
        expect(fa.locator("#counter")).to_have_text("۲۰ نویسه بیش از حد")
        expect(fa.locator("#phone-wall li", has_text="Vi läser en saga")).to_contain_text("(۱۳ نفر موافق‌اند)")
        expect(ar.locator("#text-limit")).to_have_text("500 حرفًا على الأكثر.")
        expect(ar.locator("#counter")).to_have_text("20 حرفًا أكثر من اللازم")
        axe.check(fa, "phone in Persian, counting")
        shot(fa, "issue14-phone-persian-digits")
    finally:
        peers.close()
