"""HTTP: the JSON API and the pages, through Flask's test client."""
import re

import pytest

from conftest import QUESTION
from qpm import create_app


def host_headers(meeting):
    return {"Authorization": f"Bearer {meeting['host_token']}"}


def test_healthz(client):
    assert client.get("/healthz").get_json() == {"ok": True}


def test_creating_a_meeting_answers_with_code_token_and_links(meeting):
    assert re.fullmatch(r"[A-HJ-NP-Z2-9]{6}", meeting["code"])
    assert meeting["join_url"].endswith(f"/j/{meeting['code']}")
    assert meeting["host_url"].endswith(f"/host/{meeting['id']}#t={meeting['host_token']}")
    assert f"/screen/{meeting['id']}?t=" in meeting["screen_url"]


def test_the_host_gets_the_full_state(client, meeting):
    state = client.get(f"/api/meetings/{meeting['id']}", headers=host_headers(meeting)).get_json()
    assert state["meeting"]["questions"] == [QUESTION] and state["meeting"]["phase"] == "lobby"
    assert state["contributions"] == []


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer nope"}, {"Authorization": "Basic x"}])
def test_the_state_needs_the_host_token(client, meeting, headers):
    answer = client.get(f"/api/meetings/{meeting['id']}", headers=headers)
    assert answer.status_code == 401 and answer.get_json()["error"]["code"] == "not_allowed"


def test_the_screen_token_does_not_open_the_host_state(client, meeting):
    answer = client.get(f"/api/meetings/{meeting['id']}",
                        headers={"Authorization": f"Bearer {meeting['screen_token']}"})
    assert answer.status_code == 401


@pytest.mark.parametrize("body, code", [
    ({"questions": [QUESTION]}, "no_title"), ({"title": "M", "questions": []}, "no_question"),
    ({"title": ["x"], "questions": [QUESTION]}, "bad_type"), ({"title": "M", "questions": [QUESTION], "kind": 3}, "bad_kind"),
])
def test_bad_meeting_requests_get_a_clear_error(client, body, code):
    answer = client.post("/api/meetings", json=body)
    assert answer.status_code == 400 and answer.get_json()["error"]["code"] == code


@pytest.mark.parametrize("data", ["not json", "[1, 2]", "null", "\"x\""])
def test_non_object_json_is_refused(client, data):
    answer = client.post("/api/meetings", data=data, content_type="application/json")
    assert answer.status_code == 400 and answer.get_json()["error"]["code"] == "bad_request"


def test_huge_requests_are_refused(client):
    answer = client.post("/api/meetings", data="x" * 300_000, content_type="application/json")
    assert answer.status_code == 413 and answer.get_json()["error"]["code"] == "http_413"


def test_unknown_api_paths_answer_in_json(client):
    assert client.get("/api/nothing").get_json()["error"]["code"] == "http_404"


@pytest.fixture
def guarded(tmp_path):
    app = create_app({"INSTANCE": tmp_path, "ASYNC_MODE": "threading", "STAFF_PASSWORD": "förskola"})
    return app.test_client()


def test_a_staff_password_guards_meeting_creation(guarded):
    body = {"title": "M", "questions": [QUESTION]}
    assert guarded.post("/api/meetings", json=body).status_code == 401
    assert guarded.post("/api/meetings", json=body, headers={"X-Staff-Password": "fel"}).status_code == 401
    assert guarded.post("/api/meetings", json=dict(body, staff_password="förskola")).status_code == 201
    page = guarded.post("/host/new", data={"title": "M", "question": QUESTION, "staff_password": "fel"})
    assert page.status_code == 403


def test_the_create_form_opens_the_room_and_sends_the_host_to_the_console(client):
    answer = client.post("/host/new", data={"kind": "themed", "title": "Sociala medier", "unit": "7B",
                                            "info": "Punkt ett\n\nPunkt två", "language": "sv",
                                            "question": [QUESTION, "Hur kan vi prata om skärmtid?", ""]})
    assert answer.status_code == 303
    meeting_id, token = re.search(r"/host/([^#]+)#t=(.+)$", answer.headers["Location"]).groups()
    state = client.get(f"/api/meetings/{meeting_id}", headers={"Authorization": f"Bearer {token}"}).get_json()
    assert state["meeting"]["info"] == ["Punkt ett", "Punkt två"]
    assert len(state["meeting"]["questions"]) == 2 and state["meeting"]["kind"] == "themed"


def test_the_create_form_explains_mistakes_and_keeps_what_was_typed(client):
    answer = client.post("/host/new", data={"title": "Mitt möte", "question": ""})
    assert answer.status_code == 422
    page = answer.get_data(as_text=True)
    assert "Skriv dagens frågeställning." in page and 'value="Mitt möte"' in page


def test_the_phone_page(client, meeting):
    page = client.get(f"/j/{meeting['code']}")
    assert page.status_code == 200 and f'data-code="{meeting["code"]}"' in page.get_data(as_text=True)


def test_typed_codes_lead_to_the_phone_page(client, meeting):
    answer = client.get("/join", query_string={"code": " " + meeting["code"].lower()})
    assert answer.headers["Location"].endswith(f"/j/{meeting['code']}")


def test_unknown_codes_are_explained_and_rate_limited(app, client):
    answer = client.get("/j/ZZZZZZ")
    assert answer.status_code == 404 and "Det finns inget möte med den koden" in answer.get_data(as_text=True)
    for _ in range(app.config["BAD_CODE_LIMIT"]):
        client.get("/j/ZZZZZZ")
    assert client.get("/j/ZZZZZZ").status_code == 429


def test_the_projector_page_needs_its_token(client, meeting):
    assert client.get(f"/screen/{meeting['id']}").status_code == 403
    assert client.get(f"/screen/{meeting['id']}?t={meeting['host_token']}").status_code == 403
    page = client.get(f"/screen/{meeting['id']}?t={meeting['screen_token']}").get_data(as_text=True)
    # The test client comes as "localhost": no QR code that no phone could follow, a note to the host instead.
    assert meeting["code"] in page and 'id="only-here"' in page and "<svg" not in page


def test_the_console_page_holds_no_secret(client, meeting):
    page = client.get(f"/host/{meeting['id']}").get_data(as_text=True)
    assert meeting["host_token"] not in page and meeting["code"] not in page
    assert client.get("/host/unknown").status_code == 404


def test_pages_come_in_swedish_by_default_and_english_on_request(client):
    assert '<html lang="sv" dir="ltr">' in client.get("/").get_data(as_text=True)
    english = client.get("/?lang=en")
    assert '<html lang="en" dir="ltr">' in english.get_data(as_text=True) and "lang=en" in english.headers["Set-Cookie"]
    assert '<html lang="en" dir="ltr">' in client.get("/").get_data(as_text=True)


def test_the_browser_language_is_followed_without_a_choice(app):
    fresh = app.test_client()
    assert '<html lang="en" dir="ltr">' in fresh.get("/", headers={"Accept-Language": "en-GB,en"}).get_data(as_text=True)
    assert '<html lang="sv" dir="ltr">' in fresh.get("/", headers={"Accept-Language": "fr"}).get_data(as_text=True)


def test_pages_forbid_inline_script_and_foreign_origins(client):
    policy = client.get("/").headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy


def test_the_phone_page_is_light(client, meeting):
    """The phone's own page, CSS and JS stay under 50 KB before the Socket.IO client."""
    page = client.get(f"/j/{meeting['code']}").get_data()
    assets = re.findall(r'(?:href|src)="(/static/(?!vendor)[^"]+)"', page.decode())
    total = len(page) + sum(len(client.get(path).get_data()) for path in assets)
    assert any(path.endswith("phone.js") for path in assets) and total < 50 * 1024, total


def test_the_projector_speaks_the_meetings_language(client, make_meeting):
    meeting = make_meeting(language="sv")
    page = client.get(f"/screen/{meeting['id']}?t={meeting['screen_token']}", headers={"Accept-Language": "en"})
    assert '<html lang="sv" dir="ltr">' in page.get_data(as_text=True)
    english = client.get(f"/screen/{meeting['id']}?t={meeting['screen_token']}&lang=en")
    assert '<html lang="en" dir="ltr">' in english.get_data(as_text=True)


def test_themed_meetings_pick_a_theme_from_the_catalogue(client):
    page = client.get("/host/new").get_data(as_text=True)
    assert '<option value="Sociala medier">' in page
    answer = client.post("/host/new", data={"kind": "themed", "title": "Föräldramöte åk 7", "theme": "Sociala medier",
                                            "question": ["Hur kan vi prata med våra barn om sociala medier?"]})
    meeting_id, token = re.search(r"/host/([^#]+)#t=(.+)$", answer.headers["Location"]).groups()
    state = client.get(f"/api/meetings/{meeting_id}", headers={"Authorization": f"Bearer {token}"}).get_json()
    assert state["meeting"]["theme"] == "Sociala medier"


def test_behind_a_proxy_each_phone_keeps_its_own_wrong_code_limit(tmp_path):
    proxied = create_app({"INSTANCE": tmp_path, "ASYNC_MODE": "threading", "PROXIES": 1, "BAD_CODE_LIMIT": 2})
    client = proxied.test_client()
    for _ in range(2):
        client.get("/j/ZZZZZZ", headers={"X-Forwarded-For": "10.0.0.1"})
    assert client.get("/j/ZZZZZZ", headers={"X-Forwarded-For": "10.0.0.1"}).status_code == 429
    assert client.get("/j/ZZZZZZ", headers={"X-Forwarded-For": "10.0.0.2"}).status_code == 404
