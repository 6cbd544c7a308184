"""The parent letter through the app: the host's API, publishing to phones, and `qpm letter`."""
from io import BytesIO

import docx
import pytest

from conftest import received
from qpm.cli import main
from qpm.web.sockets.events import Event

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture
def held_meeting(client, connect, meeting):
    """Return a meeting in its question phase with contributions: shown, hidden and starred."""
    host = connect({"meeting": meeting["id"], "token": meeting["host_token"]})
    host.emit(Event.CHANGE_PHASE, {"phase": "question"}, callback=True)
    parent = connect({"code": meeting["code"], "phone": "a" * 16})
    connect({"code": meeting["code"], "phone": "a" * 16})
    ids = [parent.emit(Event.CONTRIBUTE, {"text": text, "key": str(n)}, callback=True)["id"]
           for n, text in enumerate(["Läsa en saga", "Dolt förslag", "Vila <b>&</b> </w:t>"])]
    host.emit(Event.MODERATE, {"id": ids[1], "action": "hide"}, callback=True)
    host.emit(Event.MODERATE, {"id": ids[2], "action": "star"}, callback=True)
    meeting["host"] = host
    meeting["headers"] = {"Authorization": f"Bearer {meeting['host_token']}"}
    return meeting


def paragraphs(data):
    return [p.text for p in docx.Document(BytesIO(data)).paragraphs]


def test_the_host_downloads_the_letter_as_word(client, held_meeting):
    answer = client.get(f"/api/meetings/{held_meeting['id']}/letter.docx", headers=held_meeting["headers"])
    assert answer.status_code == 200 and answer.mimetype == DOCX
    assert "attachment; filename=foraldrabrev-" in answer.headers["Content-Disposition"]
    text = paragraphs(answer.data)
    assert "Hej alla vårdnadshavare!" in text and "Vila <b>&</b> </w:t>" in text and "Läsa en saga" in text
    assert "Dolt förslag" not in text
    assert text.index("Vila <b>&</b> </w:t>") < text.index("Läsa en saga")  # starred first
    assert any("En förälder var med och skrev" in line for line in text)


def test_the_letter_needs_the_host_token(client, held_meeting):
    for path in ("letter", "letter.docx"):
        assert client.get(f"/api/meetings/{held_meeting['id']}/{path}").status_code == 401


def test_the_host_writes_the_closing_and_previews_in_english(client, held_meeting):
    url = f"/api/meetings/{held_meeting['id']}/letter"
    answer = client.put(url, json={"closing_text": "Tack för en fin kväll!", "next_meeting": "3 mars kl. 18.30",
                                   "signature": "Anna och Karim"}, headers=held_meeting["headers"])
    assert answer.status_code == 200 and answer.get_json()["meeting"]["closing_text"] == "Tack för en fin kväll!"
    preview = client.get(url + "?lang=en", headers=held_meeting["headers"]).get_json()
    assert preview["letter"]["greeting"] == "Dear parents and guardians,"
    assert "Tack för en fin kväll!" in preview["text"] and "3 mars kl. 18.30" in preview["text"]
    assert preview["text"].rstrip().endswith("Anna och Karim")


@pytest.mark.parametrize("body, code", [
    ([1], "bad_request"), ({"closing_text": 5}, "bad_type"), ({"signature": "x" * 201}, "too_long"),
])
def test_bad_letter_texts_are_refused_and_change_nothing(client, held_meeting, body, code):
    url = f"/api/meetings/{held_meeting['id']}/letter"
    client.put(url, json={"closing_text": "Kvar"}, headers=held_meeting["headers"])
    answer = client.put(url, json=body, headers=held_meeting["headers"])
    assert answer.status_code == 400 and answer.get_json()["error"]["code"] == code
    state = client.get(f"/api/meetings/{held_meeting['id']}", headers=held_meeting["headers"]).get_json()
    assert state["meeting"]["closing_text"] == "Kvar"


def test_parents_download_the_letter_only_once_published(client, connect, held_meeting):
    public = f"/j/{held_meeting['code']}/letter.docx"
    publish = f"/api/meetings/{held_meeting['id']}/letter/publish"
    assert client.get(public).status_code == 404
    assert client.post(publish, headers=held_meeting["headers"]).get_json()["error"]["code"] == "not_closed"
    held_meeting["host"].emit(Event.CHANGE_PHASE, {"phase": "closed"}, callback=True)
    phone = connect({"code": held_meeting["code"]})
    phone.get_received()
    assert client.post(publish).status_code == 401
    assert client.post(publish, headers=held_meeting["headers"]).get_json() == {"ok": True}
    assert received(phone, Event.PHASE)[0]["letter_published"] is True
    answer = client.get(public)
    assert answer.status_code == 200 and "Läsa en saga" in paragraphs(answer.data)
    held_meeting["host"].emit(Event.CHANGE_PHASE, {"phase": "summary"}, callback=True)
    assert client.get(public).status_code == 404


def test_qpm_letter_writes_the_file(app, held_meeting, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("QPM_INSTANCE", str(app.instance_path))
    output = tmp_path / "brev.docx"
    main(["letter", held_meeting["id"], "--lang", "en", "-o", str(output)])
    assert "Dear parents and guardians," in paragraphs(output.read_bytes())
    with pytest.raises(SystemExit):
        main(["letter", "no-such-meeting"])


def test_support_contacts_come_from_the_deployment(tmp_path, client):
    from qpm import create_app

    (tmp_path / "contacts.toml").write_text(
        '[[contact]]\nname = "Familjeguiden"\nhelps_with = "samtal om föräldraskap"\nreach = "0586-480 00"\n')
    app = create_app({"INSTANCE": tmp_path, "ASYNC_MODE": "threading"})
    own = app.test_client()
    created = own.post("/api/meetings", json={"title": "M", "questions": ["Hur kan vi vila?"]}).get_json()
    text = own.get(f"/api/meetings/{created['id']}/letter",
                   headers={"Authorization": f"Bearer {created['host_token']}"}).get_json()["text"]
    assert "Familjeguiden – samtal om föräldraskap – 0586-480 00" in text


def test_meeting_ids_never_look_like_options():
    from qpm.web.rooms import meeting_id
    assert not any(meeting_id().startswith("-") for _ in range(2000))
