"""A bare Flask-SocketIO relay on the project's stack, the yardstick for bench/versus_relay.py.

    python bench/relay.py --port 5055 [--mode gevent|eventlet]

gevent (or eventlet), WebSocket; a screen connects with {"meeting": id, "screen_token": …}, a phone with
{"code": …}; `contribute` is emitted to that meeting's screen room and acknowledged — no store, no checks.
"""
import argparse
import sys


def serve(argv=None):
    """Parse the command line, patch the standard library first, then run the relay."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--mode", choices=("gevent", "eventlet"), default="gevent")
    args = parser.parse_args(argv)
    if args.mode == "gevent":
        from gevent import monkey
        monkey.patch_all()
    else:
        import eventlet
        eventlet.monkey_patch()
    from flask import Flask, request
    from flask_socketio import SocketIO, join_room

    app = Flask(__name__)
    socketio = SocketIO(app, async_mode=args.mode, max_http_buffer_size=64 * 1024)
    rooms = {}  # sid → the meeting whose screen room hears this phone

    @app.get("/healthz")
    def healthz():
        return {"ok": True}

    @socketio.on("connect")
    def connect(auth):
        auth = auth or {}
        if "screen_token" in auth:
            join_room(f"meeting:{auth['meeting']}:screen")
        else:
            rooms[request.sid] = f"meeting:{auth.get('code', '')}:screen"

    @socketio.on("disconnect")
    def disconnect(*_):
        rooms.pop(request.sid, None)

    @socketio.on("contribute")
    def contribute(data):
        socketio.emit("contribution", {"text": str(data.get("text", ""))}, to=rooms.get(request.sid))
        return {"ok": True, "status": "visible"}

    socketio.run(app, host="127.0.0.1", port=args.port, log_output=False)


if __name__ == "__main__":
    sys.exit(serve())
