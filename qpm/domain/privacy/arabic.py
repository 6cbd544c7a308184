"""Given names in Arabic script (Arabic and Persian), also after "و" (and) or "ل"/"ب" (to, with)."""
from .lexicon import arabic_also_words, arabic_key, arabic_names, arabic_words_in_maqsura

# Arabic and Persian words that are also given names count only after a word that introduces a person.
ARABIC_ALSO_WORDS = arabic_also_words()
PERSON_CUES = frozenset(arabic_key(w) for w in ["ابني", "ابنتي", "ابننا", "ابنتنا", "ابن", "بنت", "ولدي", "اسمه",
                                                "اسمها", "اسمي", "صديقه", "صديقها", "اخوه", "اخته", "پسرم", "دخترم",
                                                "پسر", "دختر", "اسم", "بچه\u200cام", "فرزندم",
                                                # a parent named by the child: "مادر امید" (Omid's mother)
                                                "مادر", "پدر", "مامان", "بابای", "والدة", "والد",
                                                # a parent known by the eldest child: "ام كريم", "أبو أحمد"
                                                "ام", "ابو"])

# Persian joins "jun" / "jan" (dear) to a name as a pet form.
AFFECTION = (arabic_key("جون"), arabic_key("جان"))


# What follows an adjective said of a child, not a name: in, at, with, very, much ("ابني سعيد في المدرسة", my son is
# happy at school; "پسرم خیلی …").
PREDICATE_NEXT = frozenset(arabic_key(w) for w in ["في", "فى", "بالمدرسة", "مع", "جدا", "جداً", "كثيرا", "كتير", "اليوم",
                                                   "الآن", "هنا", "در", "خیلی", "با", "امروز"])


# "My son", "my daughter", "my child" in Persian, and the verbs "is" and "has become" that end a Persian clause: after
# them a word that is a name too is the child's state ("دخترم عاشق … شده", my daughter has fallen in love with …).
MY_CHILD = frozenset(arabic_key(w) for w in ["پسرم", "دخترم", "بچه‌ام", "بچهام", "فرزندم"])
IS_BECOME = frozenset(arabic_key(w) for w in ["هست", "است", "شده", "شد", "بود", "بوده", "میشه", "نیست"])
# Only words that say a state can be one: in love, calm, happy, kind, sweet, beautiful, smiling, tired. "پسرم امید
# مریض شده" (my son Omid has got ill) still names Omid.
STATES = frozenset(arabic_key(w) for w in ["عاشق", "آرام", "ارام", "شاد", "مهربان", "شیرین", "زیبا", "خندان", "خسته",
                                           "ناراحت", "عصبانی", "خوشحال"])


def _predicate(text, before, rest):
    """Return whether a state word that is a name too, after "my son"/"my daughter", is said of the child: "is" or
    "has become" ends its clause a few words on."""
    if before is None or arabic_key(before.text) not in MY_CHILD or arabic_key(text) not in STATES:
        return False
    for word in rest:
        if word.opens_sentence:
            return False
        if arabic_key(word.text) in IS_BECOME:
            return True
    return False


def arabic_name(text, before, following=None, rest=()):
    """Return whether an Arabic-script word is a given name, also after "و" (and) or "ل"/"ب" (to, with); rest: the
    words after it, its clause."""
    key, names = arabic_key(text), arabic_names()
    if before is not None and arabic_key(before.text) == "ام" and not before.opens_sentence:
        before = None  # "أم" is "or" too, and Persian writes "ام" (I am) apart: a mother only opening a line
    if _also_word(key, text) or _plural_shape(key) and not (before is None and following is not None
                                                            and following.text[:1] in "تي"):  # "أحلام تبكي" cries
        # "برای" is "for", not b- + a name; after "my son" a word that is an adjective too is one before "in", "very"
        return before is not None and arabic_key(before.text) in PERSON_CUES \
            and (following is None or arabic_key(following.text) not in PREDICATE_NEXT) and not _predicate(text, before, rest)
    if len(key) > 3 and key not in names and key[0] in "ولب" and key[1:] in names:
        key = key[1:]
    if key not in names and key.endswith(AFFECTION) and key[:-3] in names:
        return True  # "علی‌جون", "مریم‌جان": a Persian name with "dear" joined to it (the joiner is gone)
    if pet_form(key) or _reduplicated(text) or before is None and following is not None and _spoken_form(key):
        return True  # "ممد همیشه …": opening a sentence, the spoken form of a name
    if key not in names:
        return False
    # after "و", "ل", "ب" the name itself may be a word ("برمضان" in Ramadan)
    return not _also_word(key, text) or (before is not None and arabic_key(before.text) in PERSON_CUES)


def _spoken_form(key):
    """Return whether a folded word is a listed name as Persian says it, without its ḥ ("ممد" Mamad of محمد,
    "ممدرضا"): no word or name itself, the name with the ḥ put back."""
    if len(key) < 3 or key in arabic_names() or key in ARABIC_ALSO_WORDS or "ح" in key:
        return False
    names = arabic_names()
    return any(key[:cut] + "ح" + key[cut:] in names for cut in range(1, len(key)))


def _plural_shape(key):
    """Return whether a folded word has the shape of the Arabic broken plural afʿāl (أسماء names, أحلام dreams,
    أنوار lights), which names share (Asma, Ahlam, Anwar): a word as often as a name, a name only after a cue."""
    return len(key) == 5 and key[0] == "ا" and key[3] == "ا" and "ا" not in key[1:3]


def _also_word(key, text):
    """Return whether a folded word is also an ordinary word; a Persian final yeh spells the name, not the Arabic
    word with alef maqsura ("علی" Ali, "على" on)."""
    return key in ARABIC_ALSO_WORDS and not (text.endswith("ی") and key in arabic_words_in_maqsura())


def pet_form(key):
    """Return whether a folded word is an Arabic pet form, a fa''ūl name with -i: "حمودي" of حمود, "عبودي" of عبود.
    (A syllable said twice, "لولو", is one too, but so are the Persian "کوکو" dish and "دیدی" you saw.)"""
    return len(key) == 5 and key[2] == "و" and key[4] == "ي" and key[:4] in arabic_names()


# Letters only Persian writes: a doubled syllable in them is a word ("کوکو" the dish, "دیدی" you saw).
PERSIAN_LETTERS = frozenset("پچژگکی")
# Doubled syllables that are what a child calls its parents, not a name.
BABY_WORDS = frozenset(["نونو", "دودو", "بوبو", "كوكو"])


def _reduplicated(text):
    """Return whether an Arabic word is a syllable with a long u or i said twice, a pet form ("لولو", "ميمي"), not
    a word that repeats two letters ("مهمه", it is important)."""
    return len(text) == 4 and text[:2] == text[2:] and text[1] in "وي" and text not in BABY_WORDS \
        and PERSIAN_LETTERS.isdisjoint(text)


def arabic_pair(words, index):
    """Return whether two given names are joined by "و" (and): "امید و بهار", "لبنى وسارة", even if words too."""
    names = arabic_names()
    following = [arabic_key(w.text) for w in words[index + 1:index + 3]]
    if arabic_key(words[index].text) not in names or not following:
        return False
    if following[0] == "و":
        return len(following) > 1 and following[1] in names
    return following[0][0] == "و" and following[0][1:] in names
