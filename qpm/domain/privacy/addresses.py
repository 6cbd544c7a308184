"""Street addresses: a street-like word and a house number, in Swedish and the families' other languages."""
import re

# Endings of Swedish street names; a bare "vägen 3 minuter" is not an address, so the ending must
# follow a name ("Storgatan", "Solhagen").
ENDINGS = ("gatan|gata|gatu|g\\.|vägen|väg|v\\.|gränd|gränden|stigen|stig|allén|allé|alle|torget|torg|backen|backe"
           "|platsen|plan|leden|led|ringen|hagen|berget|slingan|vången|parken|gården|liden|höjden|kullen|bron"
           "|stranden|strand|udden|kroken|svängen|bågen|längan|esplanaden|promenaden|kajen|dalen|ängen|åsen"
           "|lyckan|stråket|viken|skogen|fältet|vallen|hamnen|vreten|bäcken|kärret|tået|gårdsväg|ringväg"
           "|krokvägen|hällen|kvarn|boulevard|boulevarden|str\\.|gt\\.")
NUMBER = r"\s?\d{1,4}(?:\s?[a-hA-H](?![\w]))?(?:\s?(?:tr|lgh|lägenhet)\.?\s?\d+)?"
SWEDISH = re.compile(rf"\b[^\W\d_]{{2,}}(?:{ENDINGS})\.?{NUMBER}(?!\s*(?:%|kr|min|minuter|timmar|tim|h\b|gånger"
                     r"|ggr|st\b|år|dagar|veckor|barn|meter|m\b|km|procent|:e|e\b))", re.IGNORECASE)
# Streets in the families' other languages: "ul. Marszałkowska 10", "Mannerheimintie 5", "Atatürk Caddesi 12",
# "вул. Шевченка 4", "12 Baker Street", "Hauptstraße 3".
FOREIGN = re.compile(
    r"\b(?:ul\.|ulica|вул\.|вулиця|ул\.|улица)\s?[^\W\d_]+\s?\d{1,4}"
    r"|\b[^\W\d_]{2,}(?:tie|katu|kuja|polku|straße|strasse|str\.|weg|gasse|ulica|caddesi|cad\.|sokak|sok\.|sokağı)"
    r"\s?\d{1,4}"
    r"|\b\d{1,4}\s+[A-Z][\w]+\s+(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Lane|Way|Drive|Close|Court)\b",
    re.IGNORECASE)
POSTCODE = re.compile(r"\b\d{3}\s?\d{2}\s+[A-ZÅÄÖ][a-zåäö]{2,}\b")
# A library, a school, a clinic on a street is a public place, not where a family lives.
PUBLIC_PLACE = re.compile(r"(bibliotek|skola|skolan|förskola|kyrka|kyrkan|simhall|vårdcentral|bvc|kommunhus"
                          r"|museum|museet|sjukhus|apotek|stadshus|fritidsgård|ica|coop|centrum)\w*\s+"
                          r"(?:på|vid|i|på adressen)?\s*$", re.IGNORECASE)

PUBLIC_NEAR = re.compile(r"\b(?:skolan|förskolan|biblioteket|stadsbiblioteket|kyrkan|simhallen|lekplatsen)\b",
                         re.IGNORECASE)


def address_spans(text):
    """Return the (start, end) of each street address in a normalised text."""
    spans = []
    for pattern in (SWEDISH, FOREIGN, POSTCODE):
        for match in pattern.finditer(text):
            if PUBLIC_PLACE.search(text[max(0, match.start() - 40):match.start()]) \
                    or PUBLIC_NEAR.search(text[max(0, match.start() - 40):match.start()]):
                continue
            spans.append(match.span())
    return spans
