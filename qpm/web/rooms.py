"""Opening a meeting room: plan the meeting, give it a join code and tokens, store it."""
import secrets
from dataclasses import dataclass, replace

from sqlalchemy.exc import IntegrityError

from ..domain.meeting import new_join_code, plan_meeting


@dataclass(frozen=True)
class NewRoom:
    """A stored meeting with the secrets that only its creator receives."""

    meeting: object
    host_token: str
    screen_token: str

    def links(self, base_url):
        """Return the host's, the projector's and the parents' links."""
        return room_links(base_url, self.meeting, self.screen_token, self.host_token)


def room_links(base_url, meeting, screen_token, host_token=None):
    """Return the parents' and the projector's links, and the host's when its token is known."""
    base = base_url.rstrip("/")
    links = {"join_url": f"{base}/j/{meeting.code}", "screen_url": f"{base}/screen/{meeting.id}?t={screen_token}"}
    if host_token:
        # The fragment never reaches a server log or a Referer header.
        links["host_url"] = f"{base}/host/{meeting.id}#t={host_token}"
    return links


def open_room(store, request, host_language="sv"):
    """Plan a meeting from a host's request and store it under a fresh id and join code."""
    host_token, screen_token = secrets.token_urlsafe(24), secrets.token_urlsafe(18)
    meeting = plan_meeting(request, meeting_id=meeting_id(), code=new_join_code(),
                           host_language=host_language)
    for _attempt in range(20):
        try:
            store.add_meeting(meeting, host_token, screen_token)
            return NewRoom(meeting, host_token, screen_token)
        except IntegrityError:
            meeting = replace(meeting, code=new_join_code())  # the code was taken: draw another
    raise RuntimeError("no free join code")


def meeting_id():
    """Return a new meeting id that never starts with "-", so `qpm letter <id>` does not read it as an option."""
    return "m" + secrets.token_urlsafe(9)
