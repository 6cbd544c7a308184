"""Street addresses: a street-like word and a house number, in Swedish and the families' other languages."""
import re

from .alternation import by_first_letter
from .lexicon import (
    english_words,
    given_names,
    is_word,
    known_characters,
    swedish_places,
)
from .wordforms import compound

# Endings of Swedish street names; a bare "vägen 3 minuter" is not an address, so the ending must
# follow a name ("Storgatan", "Solhagen").
ENDINGS = ("gatan|gata|gatu|g\\.|vägen|väg|v\\.|gränd|gränden|stigen|stig|allén|allé|alle|torget|torg|backen|backe"
           "|platsen|plan|leden|led|ringen|hagen|berget|slingan|vången|parken|gården|liden|höjden|kullen|bron"
           "|stranden|strand|udden|kroken|svängen|bågen|längan|esplanaden|promenaden|kajen|dalen|ängen|åsen"
           "|lyckan|stråket|viken|skogen|fältet|vallen|hamnen|vreten|bäcken|kärret|tået|gårdsväg|ringväg"
           "|krokvägen|hällen|kvarn|boulevard|boulevarden|str\\.|gt\\."
           # more of the commonest endings of Swedish street names (Solgläntan, Björklunden, Ekbrinken, Kvarntäppan)
           "|gläntan|lunden|brinken|branten|täppan|tegen|vändan|krönet|gärdet|slänten|sluttningen|terrassen|plätten")
NUMBER = r"\s?\d{1,4}(?:\s?[a-hA-H](?![\w]))?(?:\s?(?:tr|lgh|lägenhet)\.?\s?\d+)?"
# The endings grouped by their first letters, so each place in a word tries a few (a third of the time); what
# follows an ending leaves one of them to match at a place, so the matches are the same.
SWEDISH = re.compile(rf"\b[^\W\d_]{{2,}}(?:{by_first_letter(ENDINGS)})\.?{NUMBER}(?!\s*(?:%|kr|min|minuter|timmar|tim|h\b|gånger"
                     r"|ggr|st\b|år|dagar|veckor|barn|meter|m\b|km|procent|:e|e\b))", re.IGNORECASE)
FOREIGN_ENDINGS = r"tie|katu|kuja|polku|straße|strasse|str\.|weg|gasse|ulica|caddesi|cad\.|sokak|sok\.|sokağı"
# Streets in the families' other languages: "ul. Marszałkowska 10", "Mannerheimintie 5", "Atatürk Caddesi 12",
# "вул. Шевченка 4", "12 Baker Street", "Hauptstraße 3".
FOREIGN = re.compile(
    r"\b(?:ul\.|ulica|вул\.|вулиця|ул\.|улица)\s?[^\W\d_]+\s?\d{1,4}"
    r"|\b[^\W\d_]{2,}(?:" + by_first_letter(FOREIGN_ENDINGS) + ")"
    r"\s?\d{1,4}"
    r"|\b\d{1,4}[a-hA-H]?\s+[A-Z][\w]+\s+(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Lane|Way|Drive|Close|Court)\b",
    re.IGNORECASE)
# A street name in two words, the second the kind of street: "Tensta allé 12", "Sveavägen" as "Svea väg 3".
TWO_WORDS = re.compile(r"\b[A-ZÅÄÖ][^\W\d_]{2,}\s(?:allé|alle|gata|väg|gränd|torg|backe|plan|stig|strand)"
                       rf"\.?{NUMBER}\b(?!\s*(?:%|kr|min|minuter|timmar|tim|h\b|gånger|ggr|varv|meter|m\b|km|st\b|år|dagar|veckor|barn))")
POSTCODE = re.compile(r"\b\d{3}\s?\d{2}\s+[A-ZÅÄÖ][a-zåäö]{2,}\b")
# A library, a school, a clinic, the baths on a street is a public place, not where a family lives.
PUBLIC_PLACE = re.compile(r"(bibliotek|skola|skolan|förskola|kyrka|kyrkan|simhall|vårdcentral|bvc|kommunhus"
                          r"|museum|museet|sjukhus|apotek|stadshus|fritidsgård|ica|coop|centrum"
                          # the town's baths, halls and centres: "simskolan är i badhuset på Storgatan 40"
                          r"|badhus|sporthall|idrottshall|ishall|kulturhus|medborgarhus|folktandvård|tandvård"
                          r"|familjecentral|ungdomsgård|polishus|bibliotek|arena)\w*\s+"
                          r"(?:på|vid|i|på adressen)?\s*$", re.IGNORECASE)

PUBLIC_NEAR = re.compile(r"\b(?:skolan|förskolan|biblioteket|stadsbiblioteket|kyrkan|simhallen|lekplatsen)s?\b",
                         re.IGNORECASE)
# A public place's own address told anywhere before it: "skolans adress står fel, det ska vara Storskolevägen 1".
PUBLIC_ADDRESS = re.compile(r"\b(?:skolans|förskolans|fritids|bibliotekets|kyrkans|kommunens|simhallens|badhusets"
                            r"|vårdcentralens|idrottshallens|the school's|the preschool's|the library's)\s+(?:\w+\s+)?"
                            r"(?:adress|address|besöksadress|postadress)\b", re.IGNORECASE)
# A street the ending list does not know or abbreviates without a stop: a capitalised word inside a sentence that
# is no Swedish word, then a house number: "Storg 12" (Storgatan), "Fågelsången 9", "Björkhagsv 3".
UNLISTED = re.compile(r"\b([A-ZÅÄÖ][a-zåäö]{3,}(?:g|v|en|et|an))\.?\s?\d{1,3}(?:\s?[a-hA-H])?\b"
                      r"(?![.:,]\d|\s*(?:%|kr|min|minuter|timmar|tim|h\b|gånger|ggr|st\b|år|dagar|veckor|barn|meter"
                      r"|m\b|km|procent|:e|e\b|[-–]\s?\d|(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-z]*\b))")


# Short public numbers a parent calls or names (health advice, emergency, police, BRIS, Föräldralinjen …): after
# a word that ends like a street ("called 1177", "ringde 112") they are a number called, no house number.
PUBLIC_NUMBERS = frozenset(["1177", "112", "114", "11414", "116111", "116000", "90101", "90000", "113", "1414"])
# An English verb in the past that ends like a Swedish street ("called", "travelled", "smiled" end in -led).
ENGLISH_PAST = re.compile(r"[a-z]{2,}(?:led|ed)$")


def address_spans(text):
    """Return the (start, end) of each street address in a normalised text."""
    spans = []
    public = PUBLIC_ADDRESS.search(text)
    for match in _candidates(text):
        if public is not None and public.end() <= match.start():
            continue
        if _called_number(match.group()):
            continue
        if PUBLIC_PLACE.search(text[max(0, match.start() - 40):match.start()]) \
                or PUBLIC_NEAR.search(text[max(0, match.start() - 40):match.start()]):
            continue
        spans.append(match.span())
    return spans


def _called_number(found):
    """Return whether a match is a public number after a verb ("called 1177", "ringde 112 igår"), not an address:
    after a lower-case word the number is a public one, or the word an English verb in the past."""
    street, _space, number = found.partition(" ")
    if not street.islower():
        return False  # "Ängshöjden 112": a capitalised street keeps any house number
    return "".join(number.split()) in PUBLIC_NUMBERS \
        or ENGLISH_PAST.match(street) is not None and street in english_words() and not is_word(street)


def _candidates(text):
    """Yield the matches that look like a street and a house number, public or not."""
    for pattern in (SWEDISH, FOREIGN, TWO_WORDS, POSTCODE):
        yield from pattern.finditer(text)
    for match in UNLISTED.finditer(text):
        start = match.start()
        before = text[max(0, start - 2):start]
        if start and not (len(before) == 2 and before[1] == " " and (before[0].isalnum() or before[0] in ",:")):
            continue  # inside a sentence or opening the text, not after a stop ("Matsalen 3" opens none)
        street = match.group(1).casefold()
        if not is_word(street) and not _definite_noun(street) and street not in given_names() \
                and street not in swedish_places() and street not in known_characters() \
                and not (street[-1] not in "gv" and _ends_in_noun(street)):
            yield match  # not "Frozen 2", nor a compound noun ("Gympasalen 2"): a street's ending is in ENDINGS


def _ends_in_noun(lower):
    """Return whether a word ends in a listed noun, as a compound does ("Gympasalen", "Matteboken")."""
    return compound(lower) or any(is_word(lower[cut:]) or _definite_noun(lower[cut:])
                                  for cut in range(3, len(lower) - 3))


def _definite_noun(lower):
    """Return whether a word is a listed noun in the definite form ("Matsalen 3"), not a street's name."""
    return any(lower.endswith(ending) and is_word(lower[:-len(ending)]) for ending in ("en", "et", "n", "t"))
