"""Build the privacy detector's word lists from public sources (run again when a source changes).

Given names: nam_dict.txt by Jörg Michael (GNU FDL 1.2 or later), about 45 000 first names of many
origins, as shipped inside the PyPI package gender-guesser. Swedish words: Debian's wswedish list
(/usr/share/dict/swedish, ISO-8859-1, GNU GPL 2 or later), its lower-case entries only. Given names
in Arabic script (Arabic and Persian), with their Latin spellings: the Wikidata (CC0) rows of the name
index in the PyPI package arabic-name-romanizer (MIT). English words: Debian's wamerican (SCOWL,
Kevin Atkinson, a permissive licence), its lower-case entries, for parents who write in English.
Today's common first names (nam_dict is from 2008 and lacks Meja, Tuva, Abdirahman): the person providers
of the PyPI package Faker (MIT), Sweden's from Isof's name statistics, and those of the families' languages.

    pip download --no-deps -d /tmp/gg gender-guesser arabic-name-romanizer faker
    cd /tmp/gg && unzip -o gender_guesser-*.whl && unzip -o arabic_name_romanizer-*.whl && unzip -o faker-*.whl && cd -
    PYTHONPATH=/tmp/gg python scripts/build_names.py /tmp/gg/gender_guesser/data/nam_dict.txt /usr/share/dict/swedish \
        /tmp/gg/arabic_name_romanizer/resources/names.sqlite3 /usr/share/dict/american-english

name_shape.txt.gz (how much each letter trigram is a name's rather than a word's) is derived from the lists
above; `python scripts/build_names.py --shape` builds it again from the shipped lists alone.
"""
import gzip
import importlib
import math
import sqlite3
import sys
import unicodedata
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "qpm" / "domain" / "privacy" / "data"
PROJECT_NAMES = Path(__file__).resolve().parent.parent / "qpm" / "data" / "given_names.txt"


def fold(word):
    """Return a word as the detector compares it: NFKC, lower case."""
    return unicodedata.normalize("NFKC", word).strip().casefold()


def given_names(nam_dict):
    """Yield every first name in nam_dict.txt, '+' names in each of their spellings."""
    for line in nam_dict.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or len(line) < 30:
            continue
        if line[29:30] == "+":  # the same name again, sorted with expanded umlauts
            continue
        if line.startswith("="):
            yield from line[3:29].split()
            continue
        name = line[3:29].strip()
        if "+" in name:
            parts = name.split("+")
            yield from parts
            yield "".join(parts)
            yield "-".join(parts)
        else:
            yield name


def arabic_given_names(index, least=3):
    """Return (Arabic-script keys, Latin spellings) of the given names Wikidata has at least `least` people for."""
    with sqlite3.connect(index) as db:
        rows = db.execute("SELECT arabic_key, latin, SUM(count) FROM units WHERE role = 'given' AND source = 'wikidata'"
                          " GROUP BY arabic_key, latin").fetchall()
    keys = {key for key, _latin, count in rows if count >= least and len(key) >= 3 and " " not in key}
    return keys, {fold(latin) for key, latin, count in rows if key in keys and " " not in latin}


# Faker's person providers for Sweden, the Nordic countries and the families' languages.
FAKER_LOCALES = ("sv_SE", "no_NO", "da_DK", "fi_FI", "pl_PL", "es_ES", "hr_HR", "sl_SI", "tr_TR", "uk_UA", "ru_RU",
                 "az_AZ", "en_PK", "sw")  # Azerbaijani, Pakistani and Swahili: Muslim names of East Africa and Asia


def faker_first_names():
    """Return the first names of Faker's person providers, Cyrillic ones in Latin letters too (Оксана, oksana)."""
    from anyascii import anyascii
    names = set()
    for locale in FAKER_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute in ("first_names", "first_names_female", "first_names_male"):
            for name in getattr(provider, attribute, ()) or ():
                if name.isalpha():
                    names.update({fold(name), fold(anyascii(name))})
    return names


def english_words(english_list):
    """Return the lower-case English words of a SCOWL list, without possessive forms."""
    return sorted({fold(w) for w in Path(english_list).read_text(encoding="utf-8").splitlines()
                   if w and w[0].islower() and not w.endswith("'s")})


def trigrams(word):
    """Return the letter trigrams of a word, with ^ and $ for its start and end."""
    framed = f"^{word}$"
    return [framed[i:i + 3] for i in range(len(framed) - 2)]


def name_shape(names, words):
    """Return lines "trigram<TAB>score": the log-ratio of a trigram's share in given names to that in words."""
    # A first line "*<TAB>score" holds the score of a trigram seen in neither (add-one smoothing).
    in_names, in_words = {}, {}
    for counts, entries in ((in_names, names), (in_words, words)):
        for entry in entries:
            for gram in trigrams(entry):
                counts[gram] = counts.get(gram, 0) + 1
    vocabulary = len(set(in_names) | set(in_words))
    name_total, word_total = sum(in_names.values()) + vocabulary, sum(in_words.values()) + vocabulary
    def score(gram):
        return math.log((in_names.get(gram, 0) + 1) / name_total) - math.log((in_words.get(gram, 0) + 1) / word_total)
    return [f"*\t{score('')}"] + [f"{gram}\t{score(gram):.3f}" for gram in sorted(set(in_names) | set(in_words))]


def write_name_shape():
    """Write name_shape.txt.gz from the shipped given names (those no ordinary word) and Swedish and English words."""
    def read(name):
        with gzip.open(DATA / name, "rt", encoding="utf-8") as lines:
            return {line.strip() for line in lines if line.strip()}
    words = read("swedish_words.txt.gz") | read("english_words.txt.gz")
    lines = name_shape(read("given_names.txt.gz") - words, words)
    with gzip.open(DATA / "name_shape.txt.gz", "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("\n".join(lines) + "\n")
    print(f"name_shape.txt.gz: {len(lines)} entries")


def main(nam_dict, word_list, arabic_index, english_list):
    """Write given_names, arabic_names, swedish_words and swedish_places (.txt.gz)."""
    arabic, latin_spellings = arabic_given_names(arabic_index)
    names = {fold(n) for n in given_names(Path(nam_dict))} | latin_spellings
    names |= {fold(n) for n in PROJECT_NAMES.read_text(encoding="utf-8").splitlines() if n and not n.startswith("#")}
    names |= faker_first_names()
    names = sorted(n for n in names if len(n) >= 2 and not any(c.isdigit() for c in n))
    words = sorted({fold(w) for w in Path(word_list).read_text(encoding="latin-1").splitlines()
                    if w and w[0].islower()})
    # Capitalised entries that are no given name are places and the like ("Alingsås", "Eritreas").
    places = sorted({fold(w) for w in Path(word_list).read_text(encoding="latin-1").splitlines()
                     if w and w[0].isupper()} - set(names) - {n + "s" for n in names})
    for name, entries in (("given_names.txt.gz", names), ("swedish_words.txt.gz", words),
                          ("swedish_places.txt.gz", places), ("arabic_names.txt.gz", sorted(arabic)),
                          ("english_words.txt.gz", english_words(english_list))):
        with gzip.open(DATA / name, "wt", encoding="utf-8", compresslevel=9) as out:
            out.write("\n".join(entries) + "\n")
        print(f"{name}: {len(entries)} entries")
    write_name_shape()


if __name__ == "__main__":
    if sys.argv[1:] == ["--shape"]:
        write_name_shape()
    else:
        main(*sys.argv[1:5])
