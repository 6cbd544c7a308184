"""The adapters: the Flask app, HTTP pages and API, Socket.IO handlers, rooms and limits."""
