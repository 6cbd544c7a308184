"""The question of the day through the app: the check API, the bank, refusing unfit questions, wishes."""
import pytest

from conftest import received
from qpm.web.sockets.events import Event

NEGATIVE = "Varför sover inte barnen ordentligt?"


def test_the_check_api_explains_in_the_hosts_language(client):
    verdict = client.post("/api/questions/check", json={"text": NEGATIVE}).get_json()
    assert verdict["ok"] is False and verdict["language"] == "sv"
    assert {p["code"] for p in verdict["problems"]} >= {"negative_framing"}
    assert client.post("/api/questions/check", json={"text": verdict["suggestion"]}).get_json()["ok"]
    english = client.post("/api/questions/check?lang=en", json={"text": NEGATIVE}).get_json()
    assert english["problems"][0]["message"] != verdict["problems"][0]["message"]


@pytest.mark.parametrize("body", [None, [], {"text": 5}, {}, {"text": "Hur kan vi?", "language": "fr"}])
def test_the_check_api_refuses_bad_input(client, body):
    answer = client.post("/api/questions/check", json=body)
    assert answer.status_code == 400 and answer.get_json()["error"]["message"]


def test_the_bank_lists_themes_and_questions(client):
    bank = client.get("/api/questions/bank?lang=sv").get_json()
    assert len(bank["themes"]) >= 25 and len(bank["questions"]) >= 200
    sleep = client.get("/api/questions/bank?lang=en&theme=sleep").get_json()["questions"]
    assert sleep and all(q["theme"] == "sleep" and q["language"] == "en" for q in sleep)
    assert client.get("/api/questions/bank?theme=nothing").get_json()["questions"] == []


def test_the_check_api_gives_up_to_three_suggestions_on_the_topic(client):
    verdict = client.post("/api/questions/check", json={"text": "Vad gör vi åt mobbningen?"}).get_json()
    assert "do_about" in {p["code"] for p in verdict["problems"]}
    assert 1 <= len(verdict["suggestions"]) <= 3 and verdict["suggestion"] == verdict["suggestions"][0]
    for suggestion in verdict["suggestions"]:
        assert client.post("/api/questions/check", json={"text": suggestion}).get_json()["ok"]


@pytest.mark.parametrize("text, code", [("", "empty"), ("   ", "empty"), ("x" * 10_000, "too_long"),
                                        ("🙂🙂🙂", "no_words"), ("<img src=x onerror=alert(1)>?", "markup")])
def test_the_check_api_answers_bad_questions_with_a_code_and_no_suggestion(client, text, code):
    answer = client.post("/api/questions/check", json={"text": text})
    body = answer.get_json()
    assert answer.status_code == 200 and [p["code"] for p in body["problems"]] == [code]
    assert body["suggestions"] == [] and body["suggestion"] is None and body["problems"][0]["message"]


def test_the_check_api_knows_the_other_language(client):
    body = client.post("/api/questions/check", json={"text": "How can we help our kids sleep?",
                                                     "language": "sv"}).get_json()
    assert [p["code"] for p in body["problems"]] == ["wrong_language"]


def test_the_bank_api_filters_by_age_group(client):
    bank = client.get("/api/questions/bank?lang=sv&age=förskola").get_json()
    assert bank["questions"] and all("förskola" in q["age_groups"] for q in bank["questions"])
    assert "grading" not in {theme["id"] for theme in bank["themes"]}
    answer = client.get("/api/questions/bank?age=1-5")
    assert answer.status_code == 400 and answer.get_json()["error"]["code"] == "bad_age"
    assert client.post("/api/questions/check", json={"text": "Hur?", "age": "x"}).status_code == 400


def test_an_unfit_question_is_refused_with_the_reasons(client):
    answer = client.post("/api/meetings", json={"title": "Möte", "questions": [NEGATIVE]})
    body = answer.get_json()
    assert answer.status_code == 422 and body["error"]["code"] == "question_not_fit"
    assert body["questions"][0]["index"] == 0 and body["questions"][0]["suggestion"]


def test_the_host_may_keep_an_unfit_question_and_it_is_recorded(client):
    created = client.post("/api/meetings", json={"title": "Möte", "questions": [NEGATIVE],
                                                 "accept_question_as_is": True}).get_json()
    state = client.get(f"/api/meetings/{created['id']}",
                       headers={"Authorization": f"Bearer {created['host_token']}"}).get_json()
    assert state["meeting"]["accepted_as_is"] == [0] and state["meeting"]["questions"] == [NEGATIVE]


def test_the_create_form_shows_the_checkers_reasons(client):
    answer = client.post("/host/new", data={"title": "Möte", "question": NEGATIVE})
    page = answer.get_data(as_text=True)
    assert answer.status_code == 422
    assert "Hur kan vi hjälpa våra barn att sova gott?" in page and 'name="accept_question_as_is"' in page
    kept = client.post("/host/new", data={"title": "Möte", "question": NEGATIVE, "accept_question_as_is": "on"})
    assert kept.status_code == 303


def test_a_link_can_start_the_form_from_a_wish(client):
    page = client.get("/host/new", query_string={"question": "Hur kan vi fira jul?", "unit": "Humlan"})
    text = page.get_data(as_text=True)
    assert 'value="Hur kan vi fira jul?"' in text and 'value="Humlan"' in text


def test_parents_wish_for_the_next_question_at_the_end(connect, roles, meeting):
    host, _screen, parent = roles
    early = parent.emit(Event.SUGGEST, {"text": "Sömn"}, callback=True)
    assert early["error"]["code"] == "not_now"
    host.emit(Event.CHANGE_PHASE, {"phase": "summary"}, callback=True)
    host.get_received()
    assert parent.emit(Event.SUGGEST, {"text": "Hur vi pratar om skärmar"}, callback=True) == {"ok": True}
    assert [w["text"] for w in received(host, Event.WISH)] == ["Hur vi pratar om skärmar"]
    assert parent.emit(Event.SUGGEST, {"text": " "}, callback=True)["error"]["code"] == "empty"
    assert host.emit(Event.SUGGEST, {"text": "x"}, callback=True)["error"]["code"] == "forbidden"
    again = connect({"meeting": meeting["id"], "token": meeting["host_token"]})
    assert [w["text"] for w in received(again, Event.STATE)[0]["wishes"]] == ["Hur vi pratar om skärmar"]
