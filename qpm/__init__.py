"""QPM meeting room: a real-time room for parent meetings in preschools and schools."""


def __getattr__(name):
    """Give `create_app` and `socketio` lazily, so the server can monkey-patch before Flask is imported."""
    if name in ("create_app", "socketio"):
        from . import app
        return getattr(app, name)
    raise AttributeError(name)
