"""The Socket.IO server and the app's services: the one small module that pages and handlers import.

The factory (factory.py) imports the handlers, never the other way round, so there is no import cycle.
"""
from flask import current_app, request
from flask_socketio import SocketIO

socketio = SocketIO()


def services():
    """Return the app's store, limits, phone wall and support contacts."""
    return current_app.extensions["qpm"]


def base_url():
    """Return the address phones reach the server at: configured, or the one the request came to."""
    return current_app.config["PUBLIC_URL"] or request.host_url
