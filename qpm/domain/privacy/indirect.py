"""Indirect identification: a group or class together with health, disability, religion or origin (GDPR art. 9)."""
import re

from .alternation import by_first_letter

# A group everybody in the room knows: "på Solstrålen", "i 2C", "klass 3B", "avdelning Myran", "i vår grupp".
GROUP = re.compile(
    r"\b(?:på|i|från)\s+(?:avdelning(?:en)?\s+)?[A-ZÅÄÖ][a-zåäö]+(?:an|en|na|orna|arna|erna|ena|et)\b"
    r"|\b(?:i|från|går i)\s+(?:klass\s+)?\d[a-zA-ZåäöÅÄÖ]\b|\bklass(?:en)?\s+\d\w?\b|\b\d[a-zA-Z]:?an\b"
    r"|\bavdelning(?:en)?\s+\w+|\b(?:i|på)\s+(?:vår|min|hans|hennes|deras|samma)\s+(?:klass|grupp|avdelning)"
    r"|\b(?:i|på)\s+(?:klassen|gruppen|avdelningen|förskolegruppen|fritids|förskoleklassen)\b"
    r"|\b(?:i|på|från)\s+[Ff]-?klass(?:en)?\b"  # "i F-klassen", "i fklass": the preschool class
    r"|\b(?:ett|en|det|den)\s+(?:barn|flicka|pojke|tjej|kille|elev|unge)\w*\s+(?:i|på)\s+\w+"
    # "i 2an", "i femman", "Blåbärsgruppen", "Lilla gruppen"
    r"|\b\d:?an\b|\b(?:i|från)\s+(?:ettan|tvåan|trean|fyran|femman|sexan|sjuan|åttan|nian)\b"
    r"|\B(?:gruppen|klassen)\b|\b[A-ZÅÄÖ]\w+\s+gruppen\b"
    # in any language: a class code ("2C"), a named group ("Solrosen", "Rävarna"), a colour group
    r"|(?<![\w-])[0-9][A-Fa-f](?![\w-])|\b[A-ZÅÄÖ][a-zåäö]+(?:orna|arna|erna|rosen|rran|ran|ren|ngen)\b"
    r"|\bin (?:the )?[A-Z][a-z]+s\b"
    # English: "in Ladybird group", "in class 2B", "in year 3", "in my son's class"
    r"|\b[A-Z][a-z]+ (?:group|class|room)\b|\b(?:in|from) (?:[Cc]lass|[Yy]ear|[Gg]rade) \d|\b(?:his|her|our|my) (?:class|group)\b"
)
# The same in any case, read in the case-folded text: a colour group; "group" and "class" in the families'
# languages (ryhmä, grupa, grubu, sınıf, група, kooxda, fasal, الصف, گروه).
GROUP_FOLDED = re.compile(
    r"\b(?:blue|red|green|yellow|orange|purple|pink|blå|röda|gröna|gula|lila|rosa)\s+(?:group|gruppen)\b"
    r"|\b(?:ryhmä|luokal|grup[aieęo]|grub[ua]|sınıf|груп|клас|kooxd|fasal|clase|classe|gruppe|groupe)|الصف|الفصل|المجموعة|مجموعة|گروه|کلاس")
# Special categories of personal data, read (like ONLY_ONE) in the case-folded text.
SENSITIVE = re.compile(
    r"\b(?:astma|diabet\w*|epilep\w*|adhd|add|autis\w*|asperger\w*|dyslex\w*|dyskalkyl\w*|diagnos\w*|npf"
    r"|allergi\w*|celiaki|laktosintolerans|handikapp\w*|funktionsneds\w*|funktionsvari\w*|rullstol\w*|cp-skad\w*"
    r"|downs?\s*syndrom|hörapparat\w*|döv\w*|blind\w*|cancer|leukemi|depression\w*|deprimerad\w*|ångest\w*"
    r"|självskad\w*|ätstörning\w*|anorexi\w*|tourette\w*|språkstörning\w*|utvecklingsstörning\w*|intellektuell"
    r"|sjuk\w*|medicin\w*|habilitering\w*|bup|psykiatri\w*|stamning|stammar|muslim\w*|judisk\w*|jude|judar"
    r"|kristen|kristna|katolik\w*|ortodox\w*|hindu\w*|sikh\w*|buddhist\w*|ateist\w*|slöja|hijab|ramadan|moské\w*"
    r"|synagoga\w*|flykting\w*|nyanländ\w*|asylsökande|adopterad\w*|invandr\w*|romsk\w*|rom\b|samisk\w*|hbtq\w*"
    r"|transperson\w*|två\s+(?:mammor|pappor)|regnbågsfamilj\w*|cp\b|cp-\w+|hörselskad\w*|synskad\w*"
    r"|syndrom\w*|kromosom\w*|hjärtfel\w*|reuma\w*|tvångssyndrom|ocd|ptsd|trauma\w*|selektiv mutism"
    r"|utvecklingsförsen\w*|sondmat\w*|insulin\w*|stomi|elevassistent\w*|specialkost\w*"
    # aids a child wears or uses, as telling as the diagnosis behind them ("med cochleaimplantat", "i permobil")
    r"|cochlea\w*|implantat\w*|permobil\w*|rollator\w*|glukosmätar\w*|feeding tube|insulin pump|implant\b"
    r"|religiös\w*|religion(?:en)?\b|halal\w*|kosher\w*|troende|islam\w*|kristendom\w*|judendom\w*|shia\w*|sunni\w*|jehova\w*|ezid\w*"
    # origin as a child's trait ("en syrisk pojke"), not the language ("arabiska", "polska" are lessons)
    r"|romer|(?:syrisk|somalisk|irakisk|iransk|afghansk|eritreansk|kurdisk|turkisk|polsk|ukrainsk|bosnisk"
    r"|arabisk)t?\b|mörkhyad\w*|hudfärg\w*"
    r"|från\s+(?:syrien|somalia|irak|iran|afghanistan|eritrea|etiopien|turkiet|bosnien|polen"
    r"|ukraina|finland|kurdistan|palestina|libanon|marocko|ryssland)"
    r"|asthma|asma|autism|autistic|diabetes|diabetic|celiac|celiak\w*|epilepsia|epilep\w*|hearing aid|wheelchair"
    r"|deaf|blind|dyslexic|disabilit\w*|disabled|down syndrome|cerebral palsy|allerg\w*|jewish|muslim|christian"
    r"|catholic|hindu|sikh|buddhist|refugee\w*|two mums|two moms|two dads|adopted|special needs|cancer|leukemia"
    # English speech, mind and body conditions ("with a stammer", "has seizures", "speech delay")
    r"|stammer\w*|stutter\w*|speech delay|seizures?|anxiety|depressed|eating disorder|tourette\w*|ocd|adhd"
    r"|neef|autismi\w*|suomalai\w*|епілеп\w*|аутизм\w*|діабет\w*|україн(?:ка|ець|ці|ка|ки|ців|ок)\b"
    r"|ربو|سكري|صرع|توحد|دیابت|اوتیسم|آسم|افغان\w*|سوري\w*|ሕማም|ሽኮር|ኤርትራ|ኣዝማ"
    # Polish, Bosnian, Turkish, Somali
    r"|autyzm\w*|cukrzyc\w*|padaczk\w*|astm\w*|alergi\w*|muzułma\w*|autiz\w*|dijabet\w*|musliman\w*"
    r"|epilepsij\w*|otizm\w*|diyabet\w*|astım\w*|alerji\w*|müslüman\w*|soomaali\w*)"
    # Swedish compounds: "nötallergi", "ansträngningsastma"
    r"|\B(?:allergi|astma)")
# Origin in English and Spanish: "from Somalia", "de Siria" (the capital tells a country from a word).
ORIGIN = re.compile(r"\b(?:from|de) [A-Z]\w+")
ONLY_ONE = re.compile(r"\b(?:den|det|som)\s+enda\b|\bende\s+(?:barnet|flickan|pojken)\b|\bthe only\b|\búnic[oa]\b"
                      r"|\bainoa\b|єдин\w*|\bjedin\w*|\bjedyn\w*|\bkaliya\b|\bkeliya\b|\btek\b|الوحيد\w*|تنها")


# Both kinds of what singles a child out, in one pass over the folded text.
SINGLED_OUT = re.compile(f"{SENSITIVE.pattern}|{ONLY_ONE.pattern}")
# The same test grouped by first letters: a quarter of the time on a text with none of the words.
QUICK_SINGLED_OUT = re.compile(by_first_letter(SINGLED_OUT.pattern))


# A question about the group as a whole ("hur många har astma i klassen?", "finns det allergier i gruppen?")
# points at no one, unless a single child is named in it too.
# So does a plural of children with a trait ("barn med adhd behöver", "kids with asthma"): a need, nobody's name.
GENERIC = re.compile(r"\b(?:hur många|finns det|är det någon|någon som|alla|flera|många|how many|are there|any"
                     r"|(?:barn|elever|ungar|children|kids|pupils) (?:med|with|som har|who have)"
                     # the children, pupils (who have …) in the families' languages: "الأطفال اللي عندهم توحد"
                     r"|الأطفال|الاطفال|أطفال|اطفال|الطلاب|التلاميذ|بچههایی|کودکانی|دانشآموزانی"
                     r"|(?:niños|alumnos|dzieci|uczniowie|djeca|učenici|lapset|oppilaat|діти|учні|carruurta|ardayda)"
                     r" (?:con|que tienen|z|które mają|sa|s|koja imaju|joilla|з|які мають|qaba)|çocuklar\w*)\b")
SINGLE = re.compile(r"\b(?:han|hon|hen|hans|hennes|enda|ende|barnet|flickan|pojken|tjejen|killen|eleven|min|mitt|vår"
                    r"|vårt|son|sonen|dotter|dottern|he|she|his|her|my|our|only|único|única"
                    # my son, my daughter, my child in the families' languages: one child, though "children" is said
                    r"|ابني|ابنتي|بنتي|ولدي|ابننا|ابنتنا|طفلي|پسرم|دخترم|بچهام|بچم|فرزندم|mi hij[oa]|mój syn|moja córka"
                    r"|moj sin|moja kćerka|moja kći|poikani|tyttäreni|мій син|моя донька|wiilkayga|gabadhayda|oğlum"
                    r"|kızım)\b|\b(?:the|el|la)\s+(?:girl|boy|kid"
                    r"|child|niño|niña|chico|chica)\b|\b(?:en|ett|a|an)\s+(?:flicka|pojke"
                    r"|tjej|kille|elev|unge|barn|girl|boy|kid|child)\b")


def identifies_indirectly(text):
    """Return whether the text points at one child through a group and a special category of data."""
    folded = text.casefold()  # the rarer half first: most texts name no health, faith, origin or "the only one"
    if QUICK_SINGLED_OUT.search(folded) is None and ORIGIN.search(text) is None:
        return False
    if GENERIC.search(folded) is not None and SINGLE.search(folded) is None:
        return False
    return GROUP.search(text) is not None or GROUP_FOLDED.search(folded) is not None
