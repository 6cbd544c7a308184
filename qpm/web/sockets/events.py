"""Event and room names, declared once here and mirrored once in static/js/events.js."""


class Event:
    """Event names, declared once here and mirrored once in static/js/events.js."""

    STATE = "state"
    CONTRIBUTION = "contribution"
    CONTRIBUTION_REMOVED = "contribution_removed"
    PHASE = "phase"
    WALL = "wall"
    WISH = "wish"
    ERROR = "error"
    CONTRIBUTE = "contribute"
    WITHDRAW = "withdraw"
    AGREE = "agree"
    SUGGEST = "suggest"
    MODERATE = "moderate"
    GROUP = "group"
    SUGGEST_GROUPS = "suggest_groups"
    CHANGE_PHASE = "phase"
    SETTINGS = "settings"
    TIMER = "timer"
    NOTE = "note"
    MINE = "mine"
    OLDER_IDEAS = "older_ideas"
    OWN = "own"
    PRESENCE = "presence"
    JOIN_ADDRESS = "join_address"
    ADDRESS = "address"
    SAVING = "saving"


def room(meeting_id, audience=None):
    """Return a room name: everyone in a meeting, or only its screen, host or parent connections."""
    return f"meeting:{meeting_id}:{audience}" if audience else f"meeting:{meeting_id}"


def own_room(meeting_id, contribution_id):
    """Return the room of the phone that wrote a contribution: it alone hears what became of it.

    The room lives only in the Socket.IO server (the socket joins it), so nothing links the phone to it
    in the store.
    """
    return f"meeting:{meeting_id}:own:{contribution_id}"
