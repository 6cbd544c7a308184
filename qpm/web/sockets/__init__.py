"""Socket.IO handlers, one module per role behind one wrapper (callers.action)."""
