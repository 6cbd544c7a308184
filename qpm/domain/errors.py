"""The one kind of refusal the domain gives: a code for machines and a message for people."""


class MeetingError(Exception):
    """A command the meeting refuses; `message` is an English message id translated for the reader."""

    def __init__(self, code, message, **values):
        super().__init__(code)
        self.code = code
        self.message = message
        self.values = values
