"""The demo meeting that `qpm serve --demo` opens."""

DEMO_MEETING = {
    "kind": "qpm",
    "title": "Föräldramöte i november",
    "unit": "Solrosens förskola, avdelning Humlan",
    "language": "sv",
    "info": [
        "Vi börjar med utevistelse varje morgon från och med december.",
        "Lucia firar vi tillsammans den 13 december kl. 8.30.",
        "Kom ihåg extra vantar och mössa i barnens fack.",
    ],
    "questions": ["Hur kan vi hjälpa våra barn att komma till ro vid vilan?"],
}
