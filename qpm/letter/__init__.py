"""The parent letter: a plain dict from a meeting, then a Word document or plain text."""
