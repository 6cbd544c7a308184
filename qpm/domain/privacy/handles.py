"""Handles: @names, accounts after "snap:", "discord:" …, and gamer tags ("xX_Shadow_Xx")."""
import re

AT_HANDLE = re.compile(r"(?<![\w.])@[\w.]{2,30}")
SERVICES = r"snap|snapchat|sc|insta|instagram|ig|discord|tiktok|kik|telegram|tg|twitter|x|fb|facebook|steam|xbox" \
           r"|psn|roblox|fortnite|epic|twitch|youtube|yt|signal|whatsapp|wa|skype|minecraft|gamertag|användarnamn" \
           r"|username|user|nick"
ACCOUNT = re.compile(rf"\b(?:{SERVICES})\s?(?::|=|heter)\s?@?[\w.#]{{2,30}}", re.IGNORECASE)
# "snapchat jonna.k12": after a service's name, a word that starts with a letter and holds a digit, dot or underscore.
SPACED_ACCOUNT = re.compile(rf"\b(?:{SERVICES})\s+@?[^\W\d_](?=[\w.]*(?:\d|[._](?-i:[a-z0-9])))[\w.]{{2,29}}",
                            re.IGNORECASE)
# Tags of underscores and letters mixed with digits: "xX_Shadow_Xx", "dark_wolf", "ninja2013", "Ali99".
GAMER_TAG = re.compile(r"\b(?:xx|x)_?\w+?_?(?:xx|x)\b|\b[^\W\d_]+_[\w]+\b|\b[^\W\d_]{3,}\d{2,4}\b", re.IGNORECASE)
# A digit for a letter inside a word: "bl4ckcat", "n1nja".
LEET = re.compile(r"\b[^\W\d_]{1,}\d[^\W\d_]{2,}\b")

TAG_MARKS = re.compile(r"[_\d]|xx", re.IGNORECASE)
# The services by name, to look for an account only in a text that names one (most name none).
SERVICE_WORDS = frozenset(SERVICES.split("|"))
LETTERS = re.compile(r"[^\W\d_]+")


def handle_spans(text):
    """Return the (start, end) of each handle in a normalised text (e-mail addresses already blanked)."""
    spans = [m.span() for m in AT_HANDLE.finditer(text)] if "@" in text else []
    if not SERVICE_WORDS.isdisjoint(LETTERS.findall(text.casefold())):
        spans += [m.span() for m in ACCOUNT.finditer(text)]
        spans += [m.span() for m in SPACED_ACCOUNT.finditer(text) if len(m.group().split()[0]) > 1]
    if TAG_MARKS.search(text) is None:
        return spans  # no underscore, digit or "xx": no gamer tag either
    spans += [m.span() for m in LEET.finditer(text)]
    for match in GAMER_TAG.finditer(text):
        tag = match.group()
        if not tag.strip("xX_"):
            continue  # "xxxx" is filler a parent types, not a tag
        if "_" in tag or tag[:2].lower() == "xx" and tag[-2:].lower() == "xx" or tag[-2:].isdigit():
            spans.append(match.span())
    return spans
