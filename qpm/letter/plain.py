"""The parent letter as plain text, for pasting into Tyra, Unikum or Vklass, and readable in both directions.

Plain text has no dir="auto" and no w:bidi: a reader orders each line by the Unicode bidi algorithm alone,
so a Latin run in an Arabic letter ("Humlan", a URL, a date, a phone number) or an Arabic contribution in
a Swedish letter can pull the words around it out of place. The marks are added here, at output only:
what parents and hosts typed holds none (qpm/domain/text.py strips them at the edge, and they are
stripped again below, for text stored before that), so nothing typed can open or close an isolate.

- Every value the letter inserts (a name, a date, a number, a contribution) stands in FSI … PDI
  (U+2068, U+2069): it takes its own direction from its first strong letter and cannot reorder its
  neighbours. In a left-to-right letter only a value holding right-to-left letters is isolated — a
  Latin value in a Latin line cannot reorder anything, and Swedish letters stay free of invisible marks.
- Every line of a right-to-left letter starts and ends with RLM (U+200F), not RLI … PDI. Readers that
  take a paragraph's direction from its first strong character (Android's text views, mail apps showing
  text with dir="auto") make a line that starts with RLM right to left and right-aligned; an RLI there
  would be skipped by that very rule (UAX #9 P2 looks past isolates), and the line would stay left to
  right. Readers with a fixed left-to-right base (Windows Notepad unless "Right to left reading order"
  is chosen, Chromium's text/plain view) keep the line left-aligned whatever it starts with, but the
  RLM at each end makes the whole line one right-to-left run: its bullet and final full stop stand at
  the Arabic's ends, where they belong. RLM is also much older than the isolates (Unicode 6.3, 2013),
  so an old reader that knows no isolate still reads the line in the right order.
"""
import re
import unicodedata

FSI, PDI, RLM = "\u2068", "\u2069", "\u200f"
# Bidi controls (embeddings, overrides, isolates, marks): never from outside, only from here.
BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# Paragraph separators other than a newline end a line for a reader (and every isolate on it).
OTHER_LINE_BREAKS = re.compile("[\u2028\u2029\x85]")


def right_to_left(text):
    """Say whether a text holds a right-to-left letter (Arabic, Persian, Hebrew …)."""
    return any(unicodedata.bidirectional(character) in ("R", "AL") for character in text)


class Isolating:
    """Puts a letter's inserted values in isolates, the way its direction needs."""

    def __init__(self, rtl):
        self.rtl = rtl

    def value(self, text):
        """Return a value isolated on each of its lines (a line break ends every isolate)."""
        text = OTHER_LINE_BREAKS.sub("\n", BIDI_CONTROLS.sub("", text))
        if not (self.rtl or right_to_left(text)):
            return text
        return "\n".join(FSI + line + PDI if line else line for line in text.split("\n"))

    def sentence(self, text, places):
        """Return a sentence of the letter's own words with each value in it isolated."""
        pieces, done = [], 0
        for start, end in places or ():
            pieces += [text[done:start], self.value(text[start:end])]
            done = end
        return "".join(pieces) + text[done:]


def bullet(text):
    """Return an item of a list: a bullet, and its later lines indented under the first."""
    return "• " + text.replace("\n", "\n  ")


def plain_text(context):
    """Write the letter as clean plain text, for pasting into Tyra, Unikum or Vklass."""
    isolate = Isolating(context.get("rtl", False))
    value = isolate.value
    filled_in = context.get("filled_in", {})

    def said(key):
        return isolate.sentence(context[key], filled_in.get(key)) if context[key] else context[key]

    blocks = ["\n".join(filter(None, (said("title"), said("dateline"), said("theme_line")))),
              context["greeting"], said("thanks")]
    if context["info"]:
        blocks.append("\n".join([context["info_heading"], *(bullet(value(point)) for point in context["info"])]))
    for question in context["questions"]:
        heading = isolate.sentence(question["heading"], question.get("heading_filled_in"))
        blocks.append(f"{heading}\n{value(question['text'])}")
        lines = [context["talked_about"]]
        for group in question["groups"]:
            if group["name"]:
                lines.append(f"\n{value(group['name'])}")
            lines.extend(bullet(value(c["text"])) for c in group["contributions"])
        if not question["groups"]:
            lines.append(context["nothing_said"])
        blocks.append("\n".join(lines))
    blocks += [said("counts"), said("closing")]
    blocks.append("\n".join(filter(None, (context["next_heading"], said("next_meeting"), context["suggest"]))))
    if context["contacts"]:
        blocks.append("\n".join([context["contacts_heading"], context["contacts_intro"], *(
            bullet(value(c["name"]) + "".join(f" – {value(part)}" for part in (c["helps_with"], c["reach"]) if part))
            for c in context["contacts"])]))
    blocks.append(f"{context['farewell']}\n{said('signature')}")
    text = "\n\n".join(blocks)
    if context.get("rtl"):
        text = "\n".join(RLM + line + RLM if line else line for line in text.split("\n"))
    return text + "\n"
