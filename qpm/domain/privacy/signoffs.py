"""Signatures in the families' languages and in lower case: "terveisin satu", "besos rocío de 2b", "… /lotta 🌷"."""
import re

from .diminutives import somali_name
from .lexicon import english_words, foreign_words, given_names, is_word

# Thanks and greetings that close a message in the families' languages, after which the writer signs.
HOME_SIGN_OFFS = re.compile(
    r"(?:^|[\s,.!?—–-])(?:terveisin|terveiset|kiitos|pozdrawiam|pozdrowienia|dziękuję|pozdrav|pozdravi|hvala"
    r"|saludos|besos|abrazos|gracias|selamlar|saygılarımla|sevgiler|teşekkürler|tesekkurler|mahadsanid|nabad"
    r"|дякую|з повагою|обіймаю)\b", re.IGNORECASE)
# What may follow the last sign-off: a short tail without a full stop.
TAIL = re.compile(r"[^.!?]{0,60}")
# A slash before the writer's name at the text's end: "… i mobilen /malin", "… på söndag? /lotta 🌷".
SLASH_NAME = re.compile(r"(?:^|\s)/+\s*([^\W\d_]+)$")
# An initial and a family name after a slash: "… till skogen /J. Strand", whatever word the family name is.
SLASH_INITIAL = re.compile(r"(?:^|\s)/+\s*[A-ZÅÄÖ]\.\s*[A-ZÅÄÖ][^\W\d_]+(?:-[A-ZÅÄÖ][^\W\d_]+)?$")
# What a text may end in after its signature: emoji, spaces, stops.
TRAILING = re.compile(r"[^\w]+$")
# Whom thanks go to, not who signs: all, you, the teachers.
THANKED = frozenset(["alla", "er", "svima", "vam", "wszystkim", "todos", "todas", "kaikille", "herkese", "dhammaan",
                     "всім", "вам", "all", "everyone", "you"])


def _listed(lower):
    """Return whether a lower-case word is a listed given name in any spelling and no common word of a language."""
    return (lower in given_names() or somali_name(lower)) and lower not in THANKED \
        and not any(lower in common for common in foreign_words()[1].values())


def home_signature(text):
    """Return whether a text ends with a name after a home-language sign-off or after a slash, in any case."""
    end = text[-100:]  # a signature stands at the end: the last sign-off, its tail and emoji fit in 100 characters
    if end and not end[-1].isalnum():
        end = TRAILING.sub("", end)
    slash = SLASH_NAME.search(end) if "/" in end else None
    if slash is not None and _listed(slash.group(1).casefold()) or "/" in end and SLASH_INITIAL.search(end):
        return True
    last = None
    for last in HOME_SIGN_OFFS.finditer(end):  # the last sign-off of the text: "gracias por avisar, besos marisol"
        pass
    if last is None or TAIL.fullmatch(end, last.end()) is None:
        return False
    signed = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", end[last.end():].casefold())
    # the name right after the sign-off ("besos rocío de 2b") or last ("terveisin satu, onnin äiti"), in a short
    # tail: thanks inside a sentence ("Gracias a Dios mi hijo ya tiene …") is no sign-off
    return 0 < len(signed) <= 4 and any(_listed(word) and not is_word(word) and word not in english_words()
                                        for word in (signed[0], signed[-1]))
