"""Build data/foreign_words.txt.gz: for the families' Latin-script languages, the given names that are also
ordinary words there ("deniz" sea, "umut" hope, "nada" hope, "tuuli" wind, "dolores" pains), and each
language's commonest words, by which the detector tells a text's language.

Words, among the 15,000 commonest of the language in wordfreq: the lower-case entries of Debian's spelling dictionaries (hunspell-tr, hunspell-pl, hunspell-bs,
hunspell-hr, hunspell-sr, and hunspell-es with every form unmunch makes of it, plurals too; names there are
capitalised), and for Finnish the analyses of Voikko
(voikko-fi, python3-libvoikko: a name that is also a noun, verb or adjective). Commonest words: the top of the
wordfreq 3.1.1 lists (PyPI, data CC BY-SA 4.0). Run with the system Python, which has libvoikko:

    apt-get install hunspell-tr hunspell-pl hunspell-bs hunspell-hr hunspell-sr hunspell-es hunspell-tools \
        voikko-fi python3-libvoikko
    pip install --target /tmp/wf wordfreq
    PYTHONPATH=/tmp/wf /usr/bin/python3 scripts/build_foreign_words.py
"""
import gzip
import subprocess
import unicodedata
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "qpm" / "domain" / "privacy" / "data"
HUNSPELL = Path("/usr/share/hunspell")
DICTIONARIES = {"tr": ["tr_TR.dic"], "pl": ["pl_PL.dic"], "sh": ["bs_BA.dic", "hr_HR.dic", "sr_Latn_RS.dic"]}
# How many of each language's commonest words tell the language (wordfreq's "sh" is Bosnian, Croatian, Serbian).
COMMONEST = 3000
# A name counts as a word of the language only among its commonest words: common enough to open a sentence as a
# word (Deniz sea, Tuuli wind, Nada hope), not a dictionary's rare entry (nacho, mirza, valentina).
ALSO_COMMONEST = 15000
LANGUAGES = ("fi", "pl", "tr", "es", "sh")
# Voikko's classes of names; any other class is an ordinary word.
NAME_CLASSES = {"etunimi", "sukunimi", "paikannimi", "nimi"}


def fold(word):
    """Return a word as the detector compares it: NFKC, lower case."""
    return unicodedata.normalize("NFKC", word).strip().casefold()


def lower_entries(paths):
    """Return the entries of spelling dictionaries written in lower case (a name there has its capital)."""
    found = set()
    for path in paths:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()[1:]
        for line in lines:
            word = line.split("/")[0].strip()
            if word and word == word.lower() and word.isalpha():
                found.add(fold(word))
    return found


def finnish_words(names):
    """Return the given names Voikko also reads as a Finnish noun, verb or adjective ("tuuli", "onni")."""
    import libvoikko
    voikko = libvoikko.Voikko("fi")
    return {name for name in names if any(a.get("CLASS") not in NAME_CLASSES for a in voikko.analyze(name))}


def main():
    """Write foreign_words.txt.gz: "also<TAB>language<TAB>name" and "common<TAB>language<TAB>word" lines."""
    from wordfreq import top_n_list
    with gzip.open(DATA / "given_names.txt.gz", "rt", encoding="utf-8") as lines:
        names = {line.strip() for line in lines if line.strip() and not line.startswith("#")}
    names = {name for name in names if len(name) > 2 and name.isalpha()}
    spanish = subprocess.run(["unmunch", HUNSPELL / "es_ES.dic", HUNSPELL / "es_ES.aff"], capture_output=True,
                             check=True).stdout.decode("utf-8", "replace").split()
    also = {"fi": finnish_words(names), "es": {fold(w) for w in spanish if w == w.lower()} & names}
    for language, files in DICTIONARIES.items():
        also[language] = lower_entries([HUNSPELL / f for f in files]) & names
    for language in LANGUAGES:
        also[language] &= set(top_n_list(language, ALSO_COMMONEST))
    rows = [f"also\t{language}\t{word}" for language in LANGUAGES for word in sorted(also[language])]
    rows += [f"common\t{language}\t{word}" for language in LANGUAGES
             for word in top_n_list(language, COMMONEST) if word.isalpha()]
    with gzip.open(DATA / "foreign_words.txt.gz", "wt", encoding="utf-8") as out:
        out.write("# built by scripts/build_foreign_words.py; sources and licences in NOTICE\n")
        out.write("\n".join(rows) + "\n")
    print({language: len(also[language]) for language in LANGUAGES}, len(rows))


if __name__ == "__main__":
    main()
