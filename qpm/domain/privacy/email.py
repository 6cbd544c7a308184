"""E-mail addresses, also written around filters ("anna at gmail dot com", "anna(at)mail.se")."""
import re

AT = r"(?:\s?@\s?|\s?[\[(]\s?at\s?[\])]\s?|\s(?:at|snabel-a)\s)"
DOT = r"(?:\s?\.\s?|\s?[\[(]\s?dot\s?[\])]\s?|\s(?:dot|punkt)\s)"
# The name before the @ may be spaced out as well: "sara . berg @ live . se".
ADDRESS = re.compile(rf"(?<![\w.+-])[\w.+-]+(?:\s\.\s[\w+-]+){{0,4}}{AT}[\w-]+(?:{DOT}[\w-]+)*{DOT}(?:[a-z]{{2,6}})\b",
                     re.IGNORECASE)


# What every address holds, one way or another: a quick test that spares the long pattern most texts.
HAS_AT = re.compile(r"@|\bat\b|snabel-a", re.IGNORECASE)


# An address typed a letter at a time to get past a filter: "p e r . s v e n s s o n @ o u t l o o k . c o m".
SPACED_OUT = re.compile(r"(?<!\S)(?:[\w.@+-] ){6,}[\w.@+-](?!\S)")


def email_spans(text):
    """Return the (start, end) of each e-mail address in a normalised text."""
    if HAS_AT.search(text) is None:
        return []
    spans = [m.span() for m in ADDRESS.finditer(text)]
    for run in SPACED_OUT.finditer(text):
        if "@" in run.group() and ADDRESS.search(run.group().replace(" ", "")):
            spans.append(run.span())
    return spans
