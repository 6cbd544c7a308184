"""Handles: @names, accounts after "snap:", "discord:" …, and gamer tags ("xX_Shadow_Xx")."""
import re

from .lexicon import english_words, given_names, is_word

AT_HANDLE = re.compile(r"(?<![\w.])@[\w.]{2,30}")
SERVICES = r"snap|snapchat|sc|insta|instagram|ig|discord|tiktok|kik|telegram|tg|twitter|x|fb|facebook|steam|xbox" \
           r"|psn|roblox|fortnite|epic|twitch|youtube|yt|signal|whatsapp|wa|skype|minecraft|gamertag|användarnamn" \
           r"|username|user|nick|kick|threads"
ACCOUNT = re.compile(rf"\b(?:{SERVICES})\s?(?::|=|heter)\s?@?[\w.#]{{2,30}}", re.IGNORECASE)
# "snapchat jonna.k12": after a service's name, a word that starts with a letter and holds a digit, dot or underscore.
SPACED_ACCOUNT = re.compile(rf"\b(?:{SERVICES})\s+@?[^\W\d_](?=[\w.]*(?:\d|[._](?-i:[a-z0-9])))[\w.]{{2,29}}",
                            re.IGNORECASE)
# Tags of underscores and letters mixed with digits: "xX_Shadow_Xx", "dark_wolf", "ninja2013", "Ali99".
# An underscore anywhere in a word with a letter (digits too, or at either end: "Sn1per_Kid", "_xDarkx_") is a tag's.
GAMER_TAG = re.compile(r"\b(?:xx|x)_?\w+?_?(?:xx|x)\b|(?<!\w)_*[^\W\d_]\w*?_\w*|\b[^\W\d_]{3,}\d{2,4}\b",
                       re.IGNORECASE)
# A digit for a letter inside a word: "bl4ckcat", "n1nja".
LEET = re.compile(r"\b[^\W\d_]{1,}\d[^\W\d_]{2,}\b")
# Arabic in Latin letters writes the sounds Latin has none for with digits ("ya3ni", "7abibi", "ba3d", "5alas"):
# a short word with one such digit is Arabizi unless, read as leet, it spells a word or a name ("h3llo", "k3vin").
ARABIZI_DIGITS = "235679"
LEET_LETTERS = str.maketrans("0123456789", "oizeasgtbg")

# "jag heter sofiamamma på fb-gruppen", "hon är lisaloves på insta", "min tag i fortnite är ShadowNinja",
# "add me on snap its lilbear": a name on a service, told by the service beside it; kept only when it is no word.
NAMED_ON = re.compile(rf"\b(?:heter|är|is|named|called|som|kallar sig|kallade sig|kallas|calls (?:himself|herself)"
                      rf"|goes by)\s+@?([\w.]{{3,30}})\s+(?:på|i|on|in)\s+(?:{SERVICES})\b"
                      rf"|\b(?:{SERVICES}|tag|namn|name)\s+(?:(?:på|i|on|in)\s+\w+\s+)?(?:är|is|its|it's|heter)\s+"
                      r"@?([\w.]{3,30})"
                      # "streamar på twitch som lillebrorgamer", "plays on roblox as pinkbunny": the name used there
                      rf"|\b(?:på|i|on|in)\s+(?:{SERVICES})\s+(?:som|as|under namnet|under the name)\s+@?([\w.]{{3,30}})",
                      re.IGNORECASE)
# A name someone goes by or an account is called, on no named service: "han kallar sig SvartaDraken", "ett konto
# som heter elakaungar", "an account called badkids"; kept only when it is no word and no given name.
CALLED = re.compile(r"\b(?:kallar|kallade|kalla)\s+(?:(?:han|hon|hen|de|dom)\s+)?sig\s+(?:för\s+)?@?([\w.]{3,30})"
                    r"|\b(?:konto|kontot|kanal|kanalen|profil|profilen|account|channel|profile)\s+(?:som\s+)?"
                    r"(?:heter|hette|kallas|called|named)\s+@?([\w.]{3,30})"
                    r"|\b(?:calls?|called)\s+(?:himself|herself|themselves)\s+@?([\w.]{3,30})", re.IGNORECASE)
# A profile's address on a service: "twitch.tv/name", "tiktok.com/@name", "youtube.com/c/name".
PROFILE_URL = re.compile(r"\b(?:twitch\.tv|tiktok\.com|instagram\.com|youtube\.com|youtu\.be|facebook\.com|fb\.com"
                         r"|x\.com|twitter\.com|snapchat\.com|discord\.gg|steamcommunity\.com|kick\.com|roblox\.com"
                         r"|threads\.net|vm\.tiktok\.com)/(?:@|add/|id/|users/|c/|user/|channel/)?[\w.-]{2,40}",
                         re.IGNORECASE)
# A Discord tag: a name and four digits after "#" ("mammamonster#2210"), whatever the text says around it.
DISCORD_TAG = re.compile(r"(?<![\w.#])[^\W\d_][\w.]{1,31}#\d{4}\b")
# A name in three or more capitalised parts ("ElsaGamerQueen", "ShadowNinjaPro"): an account's, not a brand's
# (TikTok, YouTube, PlayStation have two).
CAMEL_STEP = re.compile(r"[a-zåäö][A-ZÅÄÖ]")  # a quick test: a capital after a small letter
CAMEL_CASE = re.compile(r"\b[A-ZÅÄÖ][a-zåäö]+(?:[A-ZÅÄÖ][a-zåäö0-9]+){2,}\b")
# Words joined by stops ("ekbacka.fritids.skvaller", "lisa.bergman") in a text that names a service or an account:
# a user name; a web address ends in a top-level domain and is not one, two words a missing space ("igår.vi").
DOTTED = re.compile(r"(?<![\w.@])[^\W\d_][\w]+(?:\.[^\W_][\w]*)+(?![\w@]|\.\w)")
ACCOUNT_WORDS = frozenset(["kontot", "konto", "kontet", "account", "profil", "profilen", "profile", "sidan"])
TLD = re.compile(r"\.(?:se|com|nu|net|org|io|fi|no|dk|eu|uk|de|pl|tr|ba|es|ua|tv|gg|me|app|info)$", re.IGNORECASE)
TAG_MARKS = re.compile(r"[_\d]|xx", re.IGNORECASE)
# The services by name, to look for an account only in a text that names one (most name none); in Arabic,
# Persian and Cyrillic script too, as parents write them in their languages ("اینستا", "інстаграм").
SERVICE_WORDS = frozenset(SERVICES.split("|"))
SCRIPT_SERVICES = ("اینستا", "انستا", "انستغرام", "انستقرام", "سناب", "سنپ", "اسنپ", "تیک", "تيك", "تلگرام",
                   "تيليجرام", "ديسكورد", "دیسکورد", "يوتيوب", "یوتیوب", "инста", "інста", "тикток", "тікток", "снэп",
                   "снеп", "телеграм", "дискорд", "ютуб", "фейсбук")  # their stems: "інстаграмі" is "on Instagram"
LETTERS = re.compile(r"[^\W\d_]+")
# A service's name in a Swedish definite or genitive form: "snappen", "instan", "discorden", "tiktoks".
SERVICE_FORM = re.compile(rf"^(?:{SERVICES})(?:p?en|n|et|s|ens|ns)$")
# An account told by what it is called some words after the service's name in any form: "snappen till killen som
# hotade heter tuffing.olle", "på instan heter han kalle_k"; kept only when it is no word and no given name.
INFLECTED_NAMED = re.compile(rf"\b(?:{SERVICES})(?:p?en|n|et|s)?\s+(?:[^\W\d_]+\s+){{0,5}}?(?:heter|hette|kallas"
                             r"|är|is|called|named)\s+@?([\w.]{3,30})", re.IGNORECASE)


def _names_service(letters):
    """Return whether any word is a service's name, as it is or inflected ("snappen", "instan")."""
    return not SERVICE_WORDS.isdisjoint(letters) or any(SERVICE_FORM.match(w) and not is_word(w) for w in letters
                                                        if len(w) < 12)  # "igen", "scen" are words


def _unlisted(name):
    """Return whether a user name is no ordinary word ("sofiamamma", "ShadowNinja"; not "trött", "Leo")."""
    lower = name.casefold()
    return not is_word(lower) and lower not in english_words() and lower not in given_names() \
        and lower not in SERVICE_WORDS


def _arabizi(word):
    """Return whether a word with a digit inside is Arabic written in Latin letters ("ya3ni"), not a tag ("n1nja")."""
    digits = [c for c in word if c.isdigit()]
    if len(digits) != 1 or digits[0] not in ARABIZI_DIGITS or len(word) > 8:
        return False
    read = word.casefold().translate(LEET_LETTERS)
    return not (is_word(read) or read in english_words() or read in given_names())


def _account(dotted):
    """Return whether words joined by stops are a user name, not two words without a space ("igår.vi") nor an
    abbreviation and a number ("kl.15", "nr.4")."""
    parts = dotted.casefold().split(".")
    if len(parts) > 2 or parts[0] in given_names():
        return True  # "ekbacka.fritids.skvaller", "ida.k", "bea.2015"
    head, tail = parts
    return len(head) > 3 and (_unlisted(head) or not tail.isdigit() and _unlisted(tail))


# Before words joined by stops: "kontot", "sidan" …; after them: "på tiktok", "on insta".
ACCOUNT_BEFORE = re.compile(r"\b(?:%s)\s+$" % "|".join(ACCOUNT_WORDS), re.IGNORECASE)
ON_SERVICE = re.compile(rf"\s+(?:på|i|on|in)\s+(?:{SERVICES})\b", re.IGNORECASE)


def _named_account(text, match):
    """Return whether words joined by stops are called an account or placed on a service ("kontot skolgården.bråk",
    "glada.barn på tiktok"): then two ordinary words too are a user name, not a missing space (nor "nr.4")."""
    if any(len(part) < 3 or part.isdigit() for part in match.group().split(".")):
        return False
    return ACCOUNT_BEFORE.search(text, 0, match.start()) is not None \
        or ON_SERVICE.match(text, match.end()) is not None

# An @ before a group addresses everyone, as chat apps do ("@alla föräldrar:", "@everyone"): no one's account.
GROUP_MENTIONS = frozenset(["alla", "allihop", "allihopa", "all", "everyone", "everybody", "here", "channel",
                            "föräldrar", "parents", "klassen", "gruppen", "personalen", "staff", "teachers",
                            "lärare", "pedagoger", "wszyscy", "svi", "todos", "kaikki", "herkes", "всі"])


def handle_spans(text):
    """Return the (start, end) of each handle in a normalised text (e-mail addresses already blanked)."""
    spans = [m.span() for m in AT_HANDLE.finditer(text) if m.group()[1:].casefold().rstrip(".") not in GROUP_MENTIONS] \
        if "@" in text else []
    if "#" in text:
        spans += [m.span() for m in DISCORD_TAG.finditer(text)]
    if text[1:].lower() != text[1:] and CAMEL_STEP.search(text):  # most texts have no capital inside
        spans += [m.span() for m in CAMEL_CASE.finditer(text)]
    letters = LETTERS.findall(text.casefold())
    service = _names_service(letters)
    if "." in text and not (not service and ACCOUNT_WORDS.isdisjoint(letters)
                            and not any(w[0] > "\u03ff" and w.startswith(SCRIPT_SERVICES) for w in letters)):
        spans += [m.span() for m in DOTTED.finditer(text) if TLD.search(m.group()) is None
                  and (_account(m.group()) or _named_account(text, m))]
    if not SERVICE_WORDS.isdisjoint(letters):
        spans += [m.span() for m in ACCOUNT.finditer(text)]
        spans += [m.span() for m in PROFILE_URL.finditer(text)]
        spans += [m.span() for m in SPACED_ACCOUNT.finditer(text) if len(m.group().split()[0]) > 1]
        spans += [m.span() for m in NAMED_ON.finditer(text) if _unlisted(m.group(1) or m.group(2) or m.group(3))]
    if service:
        spans += [m.span() for m in INFLECTED_NAMED.finditer(text) if _unlisted(m.group(1).rstrip("."))
                  and (any(c in m.group(1).rstrip(".") for c in "._0123456789") or len(m.group(1)) > 5)]
    if "kall" in text or "called" in text or "heter" in text or "named" in text:  # most texts name nobody so
        spans += [m.span() for m in CALLED.finditer(text) if _unlisted(m.group(1) or m.group(2) or m.group(3))]
    if TAG_MARKS.search(text) is None:
        return spans  # no underscore, digit or "xx": no gamer tag either
    spans += [m.span() for m in LEET.finditer(text) if not _arabizi(m.group())]
    for match in GAMER_TAG.finditer(text):
        tag = match.group()
        if not tag.strip("xX_"):
            continue  # "xxxx" is filler a parent types, not a tag
        if "_" in tag or tag[:2].lower() == "xx" and tag[-2:].lower() == "xx" or tag[-2:].isdigit():
            spans.append(match.span())
    return spans
