"""E-mail addresses, also written around filters ("anna at gmail dot com", "anna(at)mail.se", "ana arroba gmail
punto com")."""
import re

# The word for "@" in the families' languages (Swedish snabel-a and kanelbulle, Spanish arroba, Polish małpa,
# Bosnian majmun, Italian chiocciola, German Klammeraffe, French arobase, Finnish ät and kissanhäntä, Turkish et,
# Russian and Ukrainian собака, собачка, песик and равлик) and "." (punkt, punto, kropka, tačka, nokta, piste,
# точка); bare between spaces or in brackets of any kind.
AT_WORDS = r"at|snabel-?a|kanelbulle|arroba|małpa|małpka|malpa|majmun|chiocciola|klammeraffe|arobase|ät" \
           r"|kissanhäntä|miukumauku|et|ет|собака|собачка|песик|равлик"
DOT_WORDS = r"dot|punkt|punto|point|kropka|tačka|tacka|nokta|piste|pilkku|точка|крапка|ponto"
# In brackets a lone "a" is the @ too ("liisa(a)mail.fi"), never between spaces, where it is a word.
AT = rf"(?:\s?@\s?|\s?[\[({{<]\s?(?:{AT_WORDS}|@|a)\s?[\])}}>]\s?|\s(?:{AT_WORDS})\s)"
DOT = rf"(?:\s?\.\s?|\s?[\[({{<]\s?(?:{DOT_WORDS}|\.)\s?[\])}}>]\s?|\s(?:{DOT_WORDS})\s)"
# The name before the @ may be spaced out as well: "sara . berg @ live . se".
ADDRESS = re.compile(rf"(?<![\w.+-])[\w.+-]+(?:\s\.\s[\w+-]+){{0,4}}{AT}[\w-]+(?:{DOT}[\w-]+)*{DOT}(?:[a-z]{{2,6}})\b",
                     re.IGNORECASE)


# Top-level domains parents' addresses end in: the generic ones and the country codes of Europe, the Middle East
# and Africa. A bare "at" followed by a sentence's stop ("meet at school. we") ends in none of them.
TLDS = frozenset("""com net org info biz edu gov mil int eu io co me tv app email online live xyz site
    se nu fi no dk is de at ch nl be fr it es pt uk ie pl cz sk hu si hr ba rs me mk al gr bg ro md ua by ru
    ee lv lt tr cy il lb sy iq ir jo sa ae qa kw om ye eg ly tn dz ma sd so et er ke ug tz za ng gh af pk in
    cn jp kr us ca au nz br ar mx cl""".split())
TLD_AT_END = re.compile(r"([a-z]{2,6})$", re.IGNORECASE)

# What every address holds, one way or another: a quick test that spares the long pattern most texts.
# (Read in the case-folded text: a case-blind pattern takes twice as long.)
HAS_AT = re.compile(rf"@|\b(?:{AT_WORDS})\b|[\[({{<]a[\])}}>]")


# An address typed a letter at a time to get past a filter: "p e r . s v e n s s o n @ o u t l o o k . c o m".
# The gaps may be wider around the @ and the dots: "j o h a n . b  @  t e l i a . c o m".
SPACED_OUT = re.compile(r"(?<!\S)(?:[\w.@+-] {1,3}){6,}[\w.@+-](?!\S)")
# The big mail providers are an address's domain even with the stop left out: "erikssonjonas at gmail com",
# "lina.k @ hotmail se". (A bare "at" before a provider's name is no English "at": nobody is "at gmail".)
PROVIDERS = r"gmail|googlemail|hotmail|outlook|live|msn|yahoo|icloud|protonmail|proton|gmx|aol|telia|spray" \
            r"|bredband|comhem|bahnhof|yandex|wp|onet|interia|ukr|mynet|windowslive"
PROVIDER_ADDRESS = re.compile(rf"(?<![\w.+-])[\w.+-]{{2,}}\s(?:{AT_WORDS}|@)\s(?:{PROVIDERS})\s(?:[a-z]{{2,3}})\b",
                              re.IGNORECASE)


def email_spans(text):
    """Return the (start, end) of each e-mail address in a normalised text."""
    if HAS_AT.search(text.casefold()) is None:
        return []
    spans = _addresses(text)
    spans += [m.span() for m in PROVIDER_ADDRESS.finditer(text) if _tld(m.group()) in TLDS
              and not any(start <= m.start() < end for start, end in spans)]
    for run in SPACED_OUT.finditer(text):
        joined = ADDRESS.search(run.group().replace(" ", "")) if "@" in run.group() else None
        if joined is not None and _plausible(joined.group()):
            spans.append(run.span())
    return spans


def _addresses(text):
    """Return the spans of the plausible addresses; after an implausible match the search goes on inside it, so
    "me at sarah.jones" (no domain) does not hide "sarah.jones@outlook.com"."""
    spans, position = [], 0
    while (match := ADDRESS.search(text, position)) is not None:
        if _plausible(match.group()):
            spans.append(match.span())
            position = match.end()
        else:
            position = match.start() + 1
    return spans


# A stop with a space after it, in an address with "at" for its @: a sentence's end ("we are at home. it is").
SPACED_STOP = re.compile(r"\.\s")


def _plausible(address):
    """Return whether a match ends in a real top-level domain and, with a bare "at", is no two sentences."""
    if _tld(address) not in TLDS:
        return False
    return "@" in address or any(c in address for c in "[({<") or SPACED_STOP.search(address) is None


def _tld(address):
    """Return the last part of an address, lower-cased ("com" of "anna at gmail dot com")."""
    return TLD_AT_END.search(address).group(1).casefold()
