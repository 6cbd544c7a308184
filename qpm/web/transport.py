"""The message cap at the transports, applied before Socket.IO's engine sees a byte too many."""
import io
from urllib.parse import parse_qs

REFUSED = b"The message is too big."


class PollingCap:
    """WSGI guard in front of the engine: a long-polling POST over the cap gets a prompt 413.

    python-engineio answers an oversized POST by closing the session and waiting (queue.join) for a
    GET poll to fetch the close packet; when none comes, the request and its descriptor are held
    forever. Refusing here, before the engine, never reaches that wait.
    """

    def __init__(self, app, cap, engine, path="/socket.io"):
        self.app = app
        self.cap = cap
        self.engine = engine
        self.path = path.rstrip("/") + "/"

    def __call__(self, environ, start_response):
        if environ.get("REQUEST_METHOD") != "POST" or not environ.get("PATH_INFO", "").startswith(self.path):
            return self.app(environ, start_response)
        declared = environ.get("CONTENT_LENGTH") or ""
        if declared:
            if not declared.isdigit():
                return refuse(start_response, "400 Bad Request")
            if int(declared) > self.cap:
                return self.too_large(environ, start_response)
            return self.app(environ, start_response)
        # A chunked body has no length: read at most one byte past the cap, then hand the engine a
        # sized body (it reads CONTENT_LENGTH bytes, so it would otherwise see nothing at all).
        body = environ["wsgi.input"].read(self.cap + 1)
        if len(body) > self.cap:
            return self.too_large(environ, start_response)
        environ["wsgi.input"] = io.BytesIO(body)
        environ["CONTENT_LENGTH"] = str(len(body))
        return self.app(environ, start_response)

    def too_large(self, environ, start_response):
        """Close the session as the engine would (the phone's pending poll hears it), and answer 413."""
        for sid in parse_qs(environ.get("QUERY_STRING", "")).get("sid", [])[:1]:
            self.engine.disconnect(sid)
        return refuse(start_response, "413 Content Too Large")


def refuse(start_response, status):
    """Answer and close the connection: what is left of the body is not worth waiting for."""
    start_response(status, [("Content-Type", "text/plain; charset=utf-8"), ("Connection", "close"),
                            ("Content-Length", str(len(REFUSED)))])
    return [REFUSED]


def disconnect_without_waiting(engine):
    """Make the engine's own refusals (a bad packet in a POST or GET) close the session without waiting.

    Engine.IO's Server.disconnect(sid) calls Socket.close() with wait=True: it blocks until a GET poll
    takes the close packet. In a POST handler that GET may never come (one byte "9" is enough), and
    the request, its greenlet and its descriptor stay forever. The engine calls disconnect(sid) only
    from those request paths, so closing without the wait changes nothing else.
    """
    wait_for_all = engine.disconnect

    def disconnect(sid=None):
        if sid is None:
            return wait_for_all()
        session = engine.sockets.pop(sid, None)
        if session is not None:
            session.close(wait=False, reason=engine.reason.SERVER_DISCONNECT)
        return None

    engine.disconnect = disconnect


def cap_websocket_messages(engine):
    """Have simple-websocket (gevent) close a WebSocket as soon as a message passes the cap (1009, too big).

    The engine builds it without max_message_size, so a 32 MB frame is gathered whole before the
    engine's own check; eventlet's WebSocket is already given the cap as max_frame_length.
    """
    from engineio.async_drivers._websocket_wsgi import SimpleWebSocketWSGI

    websocket = engine._async.get("websocket")
    if not (isinstance(websocket, type) and issubclass(websocket, SimpleWebSocketWSGI)):
        return

    class CappedWebSocket(websocket):
        def __init__(self, handler, server):
            super().__init__(handler, server)
            self.server_args["max_message_size"] = server.max_http_buffer_size

    # A copy: the driver's table is shared by every engine in the process.
    engine._async = dict(engine._async, websocket=CappedWebSocket)


def refuse_reserved_events(server):
    """Drop events a client names `connect` or `disconnect`: they would re-run those handlers on an open socket.

    python-socketio dispatches an ordinary event packet by its name, reserved names included, so
    `42["connect",{"code":…}]` ran the connect handler again (a fresh rate limit, a new participant).
    """
    handle_event = server._handle_event

    def _handle_event(eio_sid, namespace, id, data):
        if data and isinstance(data[0], str) and data[0] in server.reserved_events:
            return None
        return handle_event(eio_sid, namespace, id, data)

    server._handle_event = _handle_event
