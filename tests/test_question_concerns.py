"""The concern inside a topic: its goals are fit and keep it; its words count only under the question's main topic."""
import pytest

from qpm.questions.check import check, is_fit
from qpm.questions.concerns import catalogue
from qpm.questions.suggest import reads_well
from qpm.questions.topics import lexicon, topics_of

GOALS = [(concern["name"], language, goal) for concern in catalogue() for language in ("sv", "en")
         for goal in concern["goals"][language]]


def test_the_catalogue_covers_every_topic_in_both_languages():
    assert {concern["topic"] for concern in catalogue()} == set(lexicon())
    assert all(concern["words"].get(language) and concern["goals"].get(language)
               for concern in catalogue() for language in ("sv", "en"))


@pytest.mark.parametrize("name, language, goal", GOALS)
def test_every_concern_goal_is_a_fit_question_that_reads_well(name, language, goal):
    assert is_fit(goal, language) and reads_well(goal)


def test_every_concern_goal_names_its_topic():
    lost = [(concern["topic"], goal) for concern in catalogue() for language in ("sv", "en")
            for goal in concern["goals"][language] if concern["topic"] not in topics_of(goal, language)]
    assert not lost


@pytest.mark.parametrize("text, kept", [
    ("Varför hämtar så många efter stängningstid på fredagar?", "hämta i tid"),
    ("Parents who collect their kids after closing time every Friday.", "pick up on time"),
    ("Hur blir vi av med magsjukan som härjar på avdelningen?", "magsjukan"),
    ("Is the voice chat in Fortnite safe for nine-year-olds?", "chat"),
])
def test_the_first_suggestion_keeps_the_teachers_concern(text, kept):
    assert kept in check(text).suggestion


def test_a_concern_of_another_topic_in_the_question_does_not_lead():
    # "ut" and "sängen": the question is about bedtime, not about wanting to go out and play.
    first = check("Hur gör ni när barnen kommer ut ur sängen tio gånger efter godnatt?").suggestion
    assert "läggning" in first or "säng" in first



def test_a_concern_another_topic_names_twice_leads_when_the_main_topic_has_none():
    # Games name the question first; the strangers in the game chats are online safety's concern.
    assert "chat" in check("Why do strangers keep contacting the kids in game chats?").suggestion


def test_a_concern_of_a_general_topic_does_not_lead_from_another_topic():
    # Fear is a general topic: its concerns lead only when it is the main one, not past rest time's.
    assert "vila" in check("Hur får vi bort mörkrädslan på vilan?").suggestion


@pytest.mark.parametrize("text, language, kept", [
    # a determiner or possessive inside a concern's phrase: "mobilen i sängen" in "mobilen i sin säng"
    ("Barn som ligger kvar länge med mobilen i sin säng på kvällen.", "sv", "lägga undan mobilen"),
    ("Our pupils keep sharing their passwords on the bus.", "en", "passwords"),
    # how old the children are who have an app: the age for accounts, not a general word on social media
    ("Varför har så många åttaåringar redan Snapchat?", "sv", "redo för egna konton"),
    ("Why does every Year 3 pupil have TikTok now?", "en", "ready for their own social media accounts"),
    # the weather named by one word is the concern of being outdoors in all weathers
    ("Varför gnäller barnen så fort det blir kyla ute på gården?", "sv", "alla väder"),
    ("Kids who cry the moment we go out into the drizzle.", "en", "all weathers"),
])
def test_a_concern_named_with_words_put_in_or_by_one_word_keeps_it(text, language, kept):
    assert kept in check(text, language).suggestion


@pytest.mark.parametrize("text, language", [
    ("Varför mår våra tjejer i sexan så dåligt av Instagram?", "sv"),  # an age, but nothing had: not the age concern
    ("Should we ban phones at the dinner table for the whole family?", "en"),  # "for the": no phrase's word put in
])
def test_an_age_without_having_or_a_word_of_its_own_put_in_names_no_such_concern(text, language):
    suggestion = check(text, language).suggestion or ""
    assert "ready for" not in suggestion and "redo för" not in suggestion


@pytest.mark.parametrize("text, language, kept", [
    # the key word or common phrasing a concern is named by, not a whole sentence of the catalogue
    ("Våra elever i femman sitter uppe och spelar till efter midnatt.", "sv", "avsluta spelandet"),
    ("Some children in our class are never invited to birthday parties.", "en", "birthday invitations"),
    ("How do we stop the last-minute cramming before every maths test?", "en", "in good time"),
    ("Elever i åttan som inte kan föra anteckningar på lektionerna.", "sv", "anteckningar"),
    ("Isn't a little teasing in the playground just harmless fun?", "en", "teasing"),
    ("Barn som kommer till skolan utan att ha ätit frukost.", "sv", "frukost"),
    ("Parents who are always late for pick-up on Fridays.", "en", "pick up on time"),
    ("Varför tar hämtningen så lång tid när alla föräldrar kommer samtidigt?", "sv", "samtidigt"),
    ("Is it fair that some pupils get their prao at a relative's company?", "en", "contacts"),
    ("Föräldrar som räcker över plattan till treåringen så fort det blir tyst.", "sv", "minsta barn"),
    ("Ska skolan ringa hem varje gång någon blir retad på rasten?", "sv", "samarbeta med skolan"),
    ("Why do so many of our pupils stop doing sport in Year 8?", "en", "stay active"),
    ("How much do you parents help with the maths homework at home?", "en", "do the work and learn"),
])
def test_the_first_suggestion_keeps_a_concern_named_by_its_key_word(text, language, kept):
    assert kept in check(text, language).suggestion


@pytest.mark.parametrize("text, language, kept", [
    # a common sub-concern of its own, named by its key words: Swedish as a second language, very cold days,
    # who may collect, AI in homework, results shown to the class, and a goal sharing the question's words
    ("Får våra barn tillräckligt med undervisning i svenska som andraspråk?", "sv", "svenska som andraspråk"),
    ("Is our school doing enough for pupils in Swedish as a second language?", "en", "Swedish as a second language"),
    ("Är det verkligen nyttigt att vara ute på förskolegården i minus tjugo?", "sv", "riktigt kalla dagar"),
    ("Can an aunt collect our daughter if we only send a text?", "en", "who may pick up"),
    ("Pupils who let ChatGPT do their maths homework.", "en", "use AI wisely"),
    ("Ska läraren läsa upp alla provresultat inför hela klassen?", "sv", "provresultat på ett tryggt sätt"),
    ("Föräldrar som kommer och hämtar långt efter stängning.", "sv", "efter stängning"),
    ("Elever som ändå har mobilen i fickan trots mobilförbudet.", "sv", "mobilförbudet"),
    ("Parents who stand and chat in the hall for ages at pick-up.", "en", "pick-up in the hall short"),
    ("Kids who keep comparing their grades with each other in Year 9.", "en", "own progress"),
])
def test_the_first_suggestion_keeps_a_common_sub_concern_of_its_own(text, language, kept):
    assert kept in check(text, language).suggestion


@pytest.mark.parametrize("text, language, kept", [
    # concerns read on the holdout15 marks, asked here in other words: late bedtime, "everyone else has it",
    # weekend sweets, dessert as a reward, left out at break, parents defending a child who bullied, cramming,
    # private tutors, weekend screens, blame between siblings, summer reading, a nap woken by older children,
    # morning phones, gaming that ends in tears, consequences for bullying, not turning up to prao, sneaking out
    # at drop-off, downpours, switching language in lessons, an own bank card, money in the shop, worrying about all
    ("Hur gör ni med barn som inte lägger sig förrän elva på skoldagar?", "sv", "lägger sig i tid"),
    ("Our son says he needs Instagram because everyone else has it.", "en", "ready for their own social media accounts"),
    ("Barnen äter alldeles för mycket godis på helgen.", "sv", "även på helgerna"),
    ("Should we stop using sweets as a reward for eating vegetables?", "en", "rather than a reward"),
    ("Min son känner sig utanför på rasten varje dag.", "sv", "på rasterna"),
    ("Some parents always defend their child even when the school says they bullied someone.", "en", "our own child"),
    ("Eleverna i nian pluggar alltid dagen innan provet.", "sv", "i god tid"),
    ("Should we pay for a private tutor to raise her maths grade?", "en", "right support"),
    ("Kids who sit in front of screens all weekend and never get any exercise.", "en", "screen time for movement"),
    ("Syskon som skyller på varandra hela tiden.", "sv", "rättvisa"),
    ("Barnen i tvåan tappar läsningen under sommarlovet.", "sv", "läsningen"),
    ("The older children wake the little ones during rest time.", "en", "the youngest can sleep"),
    ("Children who reach for the tablet as soon as they wake up.", "en", "start the morning"),
    ("Every gaming session ends in tears when we turn it off.", "en", "switch off the game"),
    ("Varför får de som mobbar aldrig några konsekvenser?", "sv", "tydliga följder"),
    ("Pupils who simply don't show up to their work experience.", "en", "turn up every day"),
    ("Föräldrar som smyger iväg vid lämningen utan att säga hejdå.", "sv", "avskedet"),
    ("Ska barnen verkligen vara ute i ösregn på förskolan?", "sv", "alla väder"),
    ("Elever som pratar sitt modersmål hela tiden på lektionerna i svenska.", "sv", "svenskan på lektionerna"),
    ("Do ten-year-olds need their own debit card?", "en", "card"),
    ("Barn som tjatar om pengar i affären varje gång.", "sv", "affären"),
    ("Vår son är orolig för allt och har svårt att slappna av.", "sv", "trygga i vardagen"),
])
def test_the_first_suggestion_keeps_a_concern_read_on_the_holdout15_marks(text, language, kept):
    assert kept in check(text, language).suggestion


@pytest.mark.parametrize("text, language, lost", [
    # words of the new concerns that must not lead from another concern: minutes of reading homework are not reading
    # aloud, a night on TikTok is not the morning phone, school worry is not general worry, asking for dessert is not
    # dessert as a reward, a late reading log at Christmas is not summer reading
    ("Räcker det att läsa femton minuter om dagen i trean?", "sv", "läsa högt"),
    ("Why are our Year 7 boys on TikTok until two in the morning?", "en", "start the morning"),
    ("Får barnen ta om efterrätt i matsalen?", "sv", "belöning"),
    ("Who checks the reading log over the Christmas break?", "en", "summer"),
])
def test_a_new_concern_does_not_lead_where_its_words_name_another_thing(text, language, lost):
    assert lost not in (check(text, language).suggestion or "")


@pytest.mark.parametrize("text, language, kept", [
    # concerns read on older marks whose first suggestion was still made: dry at home but not at preschool, leaving
    # the playground, an older sibling made responsible, the phone taken to bed, rain, "one more story" at bedtime
    ("Varför har vår son olyckor på förskolan när han är torr hemma?", "sv", "även på förskolan"),
    ("Children who cry every time we have to leave the playground.", "en", "finish playing outside"),
    ("Should the big sister always be responsible for the little one after school?", "en", "older siblings"),
    ("Barn som tar mobilen med sig i sängen varje kväll.", "sv", "lägga undan mobilen"),
    ("Varför tjatar barnen om bara en saga till varje kväll vid läggningen?", "sv", "läggningen"),
])
def test_the_first_suggestion_keeps_a_concern_read_on_older_marks(text, language, kept):
    assert kept in check(text, language).suggestion


@pytest.mark.parametrize("text, language, kept", [
    # a home language named by its name, speaking only Swedish at home, exhaust at the gate, plates left on the table
    ("Barn som slutar svara på somaliska när föräldrarna pratar med dem.", "sv", "modersmål"),
    ("Ska vi bara prata svenska hemma nu när hon har börjat i förskoleklass?", "sv", "vilket språk vi pratar hemma"),
    ("Pupils who switch to Polish whenever they work in groups in Swedish class.", "en", "use Swedish"),
    ("So many cars stand idling by the gate and the air is awful.", "en", "air around the school"),
    ("Kids who leave their plates on the table after lunch.", "en", "table manners"),
])
def test_the_first_suggestion_keeps_a_concern_named_by_a_common_word(text, language, kept):
    assert kept in check(text, language).suggestion


def test_a_trigger_with_a_number_does_not_shrink_to_a_common_word():
    # Numbers are not read ("13 år" is read as "år", "under 13" as "under"): such a trigger would name its concern
    # in any question with "år" or "under" in it.
    from qpm.questions.rules import words
    common = {"år", "under", "age", "turn", "year", "type", "minutes", "hours", "timmar", "stänger", "fyller", "gräns"}
    shrunk = [(concern["name"], entry) for concern in catalogue() for language in ("sv", "en")
              for entry in concern["words"][language]
              if any(ch.isdigit() for ch in entry) and len(read := words(entry, language)) == 1 and read[0] in common]
    assert not shrunk


@pytest.mark.parametrize("text, wanted", [
    ("Varför kastar barnen mat på golvet vid lunchen?", "bordsskick"),  # a subject after the verb: "kastar mat"
    ("Varför skyller de alltid på lillebror när något går sönder?", "ansvar"),
])
def test_a_swedish_phrase_holds_with_the_subject_or_an_adverb_after_its_verb(text, wanted):
    from qpm.questions.concerns import concern_goals
    assert any(wanted in goal for goal in concern_goals(text, "sv"))
