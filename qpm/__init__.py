"""QPM meeting room: a real-time room for parent meetings in preschools and schools."""


def __getattr__(name):
    """Give `create_app` and `socketio` lazily, so the server can monkey-patch before Flask is imported."""
    if name == "create_app":
        from .web.factory import create_app
        return create_app
    if name == "socketio":
        from .web.app import socketio
        return socketio
    raise AttributeError(name)
