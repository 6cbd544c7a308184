"""Shared fixtures: an app on a temporary database, its HTTP client, meetings and socket clients."""
import pytest

from qpm import create_app, socketio
from servers import Peers, Server

QUESTION = "Hur kan vi hjälpa våra barn att komma till ro vid vilan?"


@pytest.fixture
def app(tmp_path):
    """Return an app on its own SQLite file; threading mode for Flask-SocketIO's test client."""
    return create_app({"INSTANCE": tmp_path, "ASYNC_MODE": "threading", "CONTRIBUTION_BURST": 1000})


@pytest.fixture
def client(app):
    """Return an HTTP test client."""
    return app.test_client()


@pytest.fixture
def make_meeting(client):
    """Return a function that creates a meeting through the API and returns the 201 answer."""
    def make(**fields):
        body = {"kind": "qpm", "title": "Föräldramöte", "unit": "Humlan", "info": ["Lucia den 13 december"],
                "questions": [QUESTION]}
        body.update(fields)
        answer = client.post("/api/meetings", json=body)
        assert answer.status_code == 201, answer.get_json()
        created = answer.get_json()
        created["screen_token"] = created["screen_url"].split("?t=")[1]
        return created
    return make


@pytest.fixture
def meeting(make_meeting):
    """Return a fresh QPM meeting."""
    return make_meeting()


@pytest.fixture
def connect(app):
    """Return a function that opens a Socket.IO test connection with some auth."""
    opened = []

    def open_connection(auth, **options):
        connection = socketio.test_client(app, auth=auth, **options)
        opened.append(connection)
        return connection

    yield open_connection
    for connection in opened:
        if connection.is_connected():
            connection.disconnect()


@pytest.fixture
def roles(connect, meeting):
    """Return host, screen and parent connections to one meeting, their first state read."""
    host = connect({"meeting": meeting["id"], "token": meeting["host_token"]})
    screen = connect({"meeting": meeting["id"], "screen_token": meeting["screen_token"]})
    parent = connect({"code": meeting["code"]})
    for connection in (host, screen, parent):
        connection.get_received()
    return host, screen, parent


def received(connection, name):
    """Return the payloads of one event a connection has received since it was last asked."""
    return [message["args"][0] for message in connection.get_received() if message["name"] == name]


@pytest.fixture
def peers():
    """Make connected clients and disconnect them all at the end of the test."""
    made = Peers()
    yield made
    made.close()


@pytest.fixture
def own_server(tmp_path):
    """Give a test a real server of its own (gevent unless asked), stopped afterwards."""
    servers = []

    def start(env=None, mode="gevent"):
        instance = tmp_path / f"instance-{len(servers)}"
        instance.mkdir()
        servers.append(Server(instance, mode, env).start())
        return servers[-1]

    yield start
    for started in servers:
        started.stop()
