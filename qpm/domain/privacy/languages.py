"""Words of the families' other languages that tell a name from a word: what follows a name, what is none."""
import re

from .lexicon import english_words, is_word

# What follows a child's name in the families' other languages (Bosnian, Polish, Turkish, Somali, Finnish,
# Spanish, Ukrainian) as names.NAME_FOLLOWERS does in Swedish:
# "is", "has", "wants", "again", "not" after a child's short name: "Dženi je", "Wojtek znowu", "Ilhaan waxay".
FOREIGN_FOLLOWERS = frozenset(["je", "ima", "voli", "neće", "nije", "opet", "jest", "ma", "lubi", "nie", "znowu",
                               "zawsze", "yine", "hep", "hiç", "çok", "waxay", "wuxuu", "waa", "ayaa", "on", "ei",
                               "tykkää", "está", "es", "tiene", "quiere", "siempre", "є", "має", "любить", "знову",
                               # always, again, never, often, still: what a parent says a child keeps doing
                               "stalno", "uvijek", "uvek", "nikad", "često", "ponovo", "još", "ciągle", "często",
                               "nigdy", "wciąż", "sürekli", "hâlâ", "hala", "asla", "nunca", "todavía", "aina",
                               "taas", "usein", "vielä", "завжди", "ніколи", "часто",
                               "bio", "bila", "był", "była"])  # was: "danas je tarik bio tužan"
# Says, cries, plays, wants, shouts, sleeps: the present of one child's doings, what only a person does.
DOINGS = frozenset(["kaže", "plače", "viče", "hoće", "želi", "spava", "mówi", "płacze", "krzyczy", "chce", "bawi",
                    "śpi", "dice", "llora", "juega", "grita", "duerme", "dijo", "lloró", "sanoo", "itkee", "leikkii",
                    "haluaa", "huutaa", "nukkuu", "каже", "плаче", "грає", "хоче", "кричить", "спить",
                    # the same in the Finnish past, whose endings alone things share ("Bussi myöhästyi"): cried,
                    # laughed, shouted, said, told, hit, kicked, bit, teased, lied, was scared, wanted, forgot
                    "itki", "nauroi", "huusi", "sanoi", "kertoi", "löi", "potki", "puri", "kiusasi", "valehteli",
                    "pelkäsi", "halusi", "unohti", "suuttui", "riiteli", "tappeli", "leikki", "pelasi", "nukkui",
                    # comes (back), arrives, hits, pushes, bites, loses, forgets: Spanish, Polish, Bosnian
                    "vuelve", "viene", "llega", "pega", "empuja", "muerde", "pierde", "olvida", "wraca",
                    "przychodzi", "bije", "gryzie", "zapomina", "gubi", "dolazi", "vraća", "udara", "ujeda",
                    "zaboravlja"])
FOREIGN_FOLLOWERS = FOREIGN_FOLLOWERS | DOINGS
# Somali verbs and markers after a subject ("Fadumo waa jiran", "Ayaan ma timid"), and the article endings of
# Somali nouns that also open sentences ("Subaxdii waa buuq", "Hurdadu waa dhibaato").
SOMALI_FOLLOWERS = frozenset(["waa", "wuxuu", "waxay", "ayaa", "ma", "way", "wuu", "baa", "weli", "had"])
SOMALI_ARTICLES = ("ka", "ga", "ta", "da", "kii", "gii", "tii", "dii", "ku", "gu", "tu", "du", "sha", "ha", "kan",
                   "kaas", "taas", "yada", "yaal", "ayaal", "aha")
# Somali pronouns, days and times that open sentences ("Berri ma jiro", "Xalay wuu ooyay", "Isaga waa").
SOMALI_WORDS = frozenset(["berri", "xalay", "shalay", "hadda", "maanta", "marka", "markii", "haddii", "sidoo", "inta",
                          "aniga", "adiga", "isaga", "iyada", "annaga", "innaga", "idinka", "iyaga", "mar", "waxaan",
                          "waxaad", "weligeed", "weligiis", "mararka", "habeen", "galab", "subax", "toddobaad"])

# Verbs in Polish (past: "płakał", "zgubiła"), Turkish (present and past: "ağlıyor", "gitmedi") and Spanish (the
# past of one person: "perdió", "olvidó"), told by letters and endings Swedish words do not have; and Bosnian past
# participles of a boy or a girl ("plakao", "udario", "čuo", "plakala", "udarila"). (The Finnish past has endings
# things share: "Bussi myöhästyi".)
FOREIGN_VERB = re.compile(r"(?:ł|ła|ło|li|ły|[ıiuü]yor|[dt][ıu]|m[ıi]ş|[^aeiouáéíóú]i?ó|[aiu]o|[aeiu]la)$")


def foreign_verb(after):
    """Return whether a word has the ending of a Polish or Turkish verb and no Swedish word ("płakał", "gitmedi")."""
    return after is not None and len(after) > 3 and FOREIGN_VERB.search(after) is not None and not is_word(after) \
        and after not in english_words() and after not in COURTESY  # "veliko hvala" (many thanks): no verb


# God in the families' languages and cases ("hvala Allahu", "Allah'a şükür", "gracias a Dios", "hvala Bogu"):
# praise in a greeting, never a person in the room.
GOD_NAMES = frozenset(["allah", "allahu", "allaha", "allahım", "allahim", "allahın", "allahtan", "alla", "allahs",
                       "bog", "bogu", "boga", "bože", "dios", "jumala", "jumalan", "khoda", "xuda", "ilaahay",
                       "ilaah", "rabbi", "rabbiga", "бог", "богу", "бога", "боже", "господи"])
# "Please" and "thanks" in the home languages, some spelt like a name or a short form ("fadlan" as Fadl-an) or a
# verb ("hvala" as a Polish past): courtesy at the end or start of a request, never a person.
COURTESY = frozenset(["fadlan", "mahadsanid", "mahadsanidiin", "hvala", "molim", "proszę", "dziękuję", "dzięki",
                      "lütfen", "teşekkürler", "sağolun", "kiitos", "gracias", "porfa", "lutfan", "shukran", "merci",
                      "mersi", "mamnoon", "mamnun", "bitte", "danke"])
GOD_NAMES = GOD_NAMES | COURTESY  # both skipped as names: praise and courtesy in a greeting
