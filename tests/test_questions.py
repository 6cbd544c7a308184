"""The question checker and the bank: each rule, the rewrites, every bank question, untrusted input."""
import pytest

from qpm.questions.check import (
    AGE_GROUPS,
    MAX_LENGTH,
    BankQuestion,
    Problem,
    Verdict,
    bank,
    check,
    themes,
)
from qpm.questions.fallback import gerund
from qpm.questions.rules import detect_language, problem_words, stem
from qpm.questions.topics import about, goals, main_topic, topics_of

SCHOOL_THEMES = {"grading", "equal_treatment", "rules", "guidance", "study_skills", "health",
                 "social_media", "prao"}


def codes(text, **options):
    return check(text, **options).codes


# --- a good question ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Hur kan vi hjälpa barnen när de är ledsna?",
    "Vad kan vi som föräldrar göra för att barnen ska känna sig trygga?",
    "På vilket sätt kan vi låta barnen vara med och laga mat?",
    "How can we help our children when they are sad?",
    "In what ways can we encourage our children to read?",
])
def test_a_positive_open_we_form_question_passes(text):
    verdict = check(text)
    assert verdict.ok and verdict.problems == () and verdict.suggestion is None


def test_the_verdict_has_the_json_shape_of_the_api():
    answer = check("Varför sover inte barnen ordentligt?").as_dict()
    assert set(answer) == {"ok", "language", "problems", "suggestion", "suggestions"}
    assert 1 <= len(answer["suggestions"]) <= 3 and answer["suggestions"][0] == answer["suggestion"]
    assert answer["ok"] is False and answer["language"] == "sv"
    assert all(set(problem) == {"code", "message"} and problem["message"] for problem in answer["problems"])
    assert isinstance(answer["suggestion"], str)
    assert check("Hur kan vi hjälpa våra barn att sova gott?").as_dict() == {
        "ok": True, "language": "sv", "problems": [], "suggestion": None, "suggestions": []}


def test_a_verdict_cannot_be_changed():
    verdict = check("Hur kan vi hjälpa barnen?")
    assert isinstance(verdict, Verdict)
    with pytest.raises(AttributeError):
        verdict.ok = False
    assert isinstance(check("Sömn").problems[0], Problem)


# --- not a question -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["Sömn och vila", "Vi ska prata om skärmtid.", "Screen time at home",
                                  "We will talk about sleep tonight.", "Vad?", "How?"])
def test_a_statement_or_a_title_is_not_a_question(text):
    assert "not_a_question" in codes(text)


def test_a_question_with_a_lead_in_is_a_question():
    assert check("Sömnen är viktig. Hur kan vi hjälpa våra barn att sova gott?").ok
    assert check("Om vi tänker på morgnarna, vad gör dem lugna för oss?").ok


# --- we-form ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Hur kan föräldrar hjälpa barnen att sova?",
    "Hur kan man hjälpa barnen att somna?",
    "Hur kan du hjälpa ditt barn att läsa?",
    "Vad kan jag göra när mitt barn är ledset?",
    "Hur kan förskolan bli bättre på att informera?",
    "Hur kan lärarna hjälpa våra barn med läxorna?",
    "How can parents help children sleep?",
    "How can you help your child read more?",
    "What can I do when my child is scared?",
    "What can one do to help children sleep?",
])
def test_a_question_to_as_or_about_someone_else_is_not_we_form(text):
    assert codes(text) == ["not_we_form"]


@pytest.mark.parametrize("text", [
    "Hur kan vi som föräldrar hjälpa barnen att sova?",
    "Hur kan vi hjälpa föräldrarna i gruppen att lära känna varandra?",
    "Vad behöver våra barn av oss när de är trötta?",
    "Hur kan vi hjälpa barnen när de säger ”jag kan själv”?",
    "What can we as parents do to help our children sleep?",
    "What is one thing we can do for our children this week?",
])
def test_we_us_and_our_are_we_form(text):
    assert "not_we_form" not in codes(text)


def test_the_words_that_break_we_form_are_named():
    verdict = check("Hur kan föräldrar hjälpa barnen att sova?", host_language="en")
    assert "föräldrar" in verdict.problems[0].message


# --- negative framing ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Hur kan vi lösa problemen med matvanorna?",
    "Vilka är felen vi gör vid hämtningen?",
    "Hur kan vi se till att barnen slutar skrika?",
    "Hur kan vi stoppa konflikterna?",
    "Hur kan vi undvika tjat vid maten?",
    "Hur kan vi lösa sömnproblemen?",
    "Hur får vi barnen att sluta bråka?",
    "Hur kan vi se till att barnen inte får för mycket godis?",
    "Hur kan vi förhindra att barnen blir sjuka?",
    "How can we stop the fighting at pick-up?",
    "How can we avoid arguments at dinner?",
    "What are we doing wrong at bedtime?",
    "How can we make sure our teenagers don't spend too long on their phones?",
    "How do we keep ten-year-olds off TikTok?",  # a hyphenated word between "keep" and "off"
    "How do we get the tablets out of the kids' hands at dinner?",
])
def test_problems_faults_and_stopping_are_negative_framing(text):
    assert {"negative_framing", "do_about"} & set(codes(text))


@pytest.mark.parametrize("text", [
    "Varför sover inte barnen ordentligt?",
    "Varför vill barnen inte gå hem?",
    "Why don't our children sleep properly?",
    "Why won't our kids listen to us?",
])
def test_why_not_is_negative_framing(text):
    assert "negative_framing" in codes(text)


@pytest.mark.parametrize("text", [
    "Hur kan vi hjälpa barnen när de är ledsna?",
    "Hur kan vi stötta våra barn när de är arga eller rädda?",
    "Hur kan vi trösta våra barn när de känner sig oroliga eller ensamma?",
    "Hur kan vi hjälpa barnen i slutet av dagen?",
    "Varför är det viktigt att vi läser med våra barn?",
    "How can we comfort our children when they are sad, angry or scared?",
    "How can we support our children when they feel worried or lonely?",
    "How can we set clear limits with warmth?",
])
def test_feelings_and_look_alike_words_are_not_negative_framing(text):
    assert "negative_framing" not in codes(text)


def test_problem_words_are_matched_by_stem_not_by_spelling():
    assert stem("sv", "problemen") == stem("sv", "problem")
    assert problem_words("Slutade de?", "sv") == ["slutade"]
    assert problem_words("the prevention of things", "en") == ["prevention"]


# --- closed questions ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Kan vi hjälpa barnen att sova bättre?",
    "Kan vi som föräldrar hjälpa till på utflykten?",
    "Tycker vi att läsning är viktigt?",
    "Är vi bra förebilder?",
    "Läser vi tillräckligt för våra barn?",
    "Var det lätt för oss att hitta en kvällsrutin?",
    "Do we read enough to our children?",
    "Is it good for our children to use tablets?",
    "Should we have the same rules at home?",
])
def test_a_yes_no_question_is_closed(text):
    assert codes(text) == ["closed_question"]


def test_var_meaning_where_is_open():
    assert check("Var kan vi hitta roliga platser att leka på?").ok


# --- language -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, language", [
    ("Hur kan vi hjälpa barnen?", "sv"), ("Sömn och vila", "sv"), ("How can we help our children?", "en"),
    ("Screen time at home", "en"), ("", "sv"),
])
def test_the_language_is_detected(text, language):
    assert detect_language(text) == language


def test_a_statement_without_function_words_is_still_read_in_its_language():
    verdict = check("Kvällarna blir alltid kaos efter hämtningen.", "sv")
    assert "wrong_language" not in verdict.codes and verdict.suggestion
    assert check("Wie können wir unseren Kindern helfen?", "sv").codes == ["wrong_language"]


def test_a_given_language_is_used_and_a_regional_code_is_understood():
    assert check("Hur kan vi hjälpa barnen?", language="sv-SE").language == "sv"
    assert check("How can we help our children?", language="en").language == "en"


def test_the_explanation_is_in_the_hosts_language_not_the_questions():
    english = check("Hur kan föräldrar hjälpa barnen?", host_language="en").problems[0].message
    assert "we-form" in english


# --- suggestions --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, suggestion", [
    ("Varför sover inte barnen ordentligt?", "Hur kan vi hjälpa våra barn att sova gott?"),
    ("Hur kan föräldrar hjälpa barnen att sova?", "Hur kan vi som föräldrar hjälpa barnen att sova?"),
    ("Kan vi hjälpa barnen att sova bättre?", "Hur kan vi hjälpa barnen att sova bättre?"),
    ("Vad kan jag göra när mitt barn är ledset?", "Vad kan vi göra när vårt barn är ledset?"),
    ("Why don't the children sleep properly?", "How can we help our children sleep well?"),
    ("How can you help your child read more?", "How can we help our children read more?"),
    ("Are we good role models with our phones?", "In what ways are we good role models with our phones?"),
    ("Hur kan ni som föräldrar stötta barnen?", "Hur kan vi som föräldrar stötta barnen?"),
    ("Hur kan man som förälder stötta barnen?", "Hur kan vi som föräldrar stötta barnen?"),
    ("Kan vi inte bara läsa mer?", "Hur kan vi läsa mer?"),
    ("Can't we just read more with our kids?", "How can we read more with our kids?"),
])
def test_the_rules_rewrite_a_question_into_a_fit_one(text, suggestion):
    assert check(text).suggestion == suggestion


@pytest.mark.parametrize("text, topic", [
    ("Hur kan vi undvika tjat vid maten?", "food"),
    ("Hur kan vi minska skärmtiden hemma?", "screens"),
    ("Vilka problem har vi vid lämningen?", "pickup_dropoff"),
    ("How can we reduce screen time at home?", "screens"),
])
def test_otherwise_up_to_three_suggestions_on_the_same_topic(text, topic):
    verdict = check(text)
    assert 1 <= len(verdict.suggestions) <= 3
    assert all(about(suggestion, verdict.language, topic) for suggestion in verdict.suggestions)


@pytest.mark.parametrize("text, suggestion", [
    ("Läser vi tillräckligt för våra barn?", "Hur kan vi läsa tillräckligt för våra barn?"),
    ("Do we read enough to our children?", "How can we read enough to our children?"),
])
def test_a_yes_no_question_about_what_we_do_asks_how_we_can(text, suggestion):
    assert check(text).suggestion == suggestion


@pytest.mark.parametrize("text, suggestion", [
    ("Hur tycker ni att vi ska ordna fikat på mötet?", "Hur ska vi ordna fikat på mötet?"),
    ("How do you think we should arrange the coffee at the meeting?", "How should we arrange the coffee at the meeting?"),
])
def test_asking_what_they_think_we_should_do_becomes_what_we_should_do(text, suggestion):
    assert check(text).suggestion == suggestion


@pytest.mark.parametrize("text, suggestion", [
    ("Hur kan ni göra utflykten lugnare, för när ni kommer sent blir alla stressade?",
     "Hur kan vi göra utflykten lugnare?"),
    ("How can you make the trip calmer, because when you come late it takes longer?",
     "How can we make the trip calmer?"),
    ("Hur kan ni läsa för barnen på kvällen?", "Hur kan vi läsa för barnen på kvällen?"),  # "för" without comma
])
def test_a_reason_given_after_the_question_is_left_out_of_the_rewrite(text, suggestion):
    assert check(text).suggestion == suggestion


@pytest.mark.parametrize("text, language", [
    ("Hur kan vi ordna fikat? Vem tar med kakor? Och vem diskar?", "sv"),
    ("How can we arrange the coffee? Who brings cakes? And who washes the cups?", "en"),
])
def test_a_question_that_starts_with_and_is_still_a_question(text, language):
    verdict = check(text, language)
    assert "several_questions" in verdict.codes and "not_a_question" not in verdict.codes


@pytest.mark.parametrize("text, language", [
    ("Får barnen tillräckligt med frukt?", "sv"), ("Är det normalt att barn byter kompis varje vecka?", "sv"),
    ("Do children eat enough fruit these days?", "en"), ("Is it normal for kids to swap friends every week?", "en"),
])
def test_a_yes_no_question_about_whether_something_is_so_is_not_bent_into_how(text, language):
    verdict = check(text, language)
    assert not verdict.ok and verdict.suggestions
    assert not any(s.startswith(("Hur får", "På vilket sätt är det", "How do", "In what ways is"))
                   for s in verdict.suggestions)


@pytest.mark.parametrize("text, language, topic", [
    ("Barn som har tunna tygskor i snön.", "sv", "clothing"),  # a compound is about its last part
    ("Hur kan vi hjälpa till med middagsbordet?", "sv", "food"),
    ("Kids who never pick up after themselves.", "en", "chores"),  # the longer phrase wins
    ("Parents who are late for pick-up.", "en", "pickup_dropoff"),
    ("Varför vill barnen aldrig gå ut på eftermiddagen?", "sv", "outdoor"),
    ("Varför drar barnen ut på allting vid frukosten?", "sv", "mornings"),  # "ut" alone is no outing
    ("Why are the kids so tired after the Easter break?", "en", "holidays"),  # "tired" only hints
    ("Varför är barnen så trötta efter sportlovet?", "sv", "holidays"),
    ("Should twelve-year-olds be allowed on TikTok?", "en", "social_media"),  # not an allowance
    ("Barn som inte lär sig att hälsa på vuxna.", "sv", "respect"),
    ("Should we pay kids for doing the dishes?", "en", "chores"),  # paying for it is about the dishes
    ("Hur kan vi lära barnen att behandla andra väl?", "sv", None),  # "behandla" is not "handla"
    ("Borde vi förbjuda läsk på vardagar?", "sv", "food"),  # "förbjuda" is no invitation
    ("Teenagers who post selfies all day.", "en", "social_media"),
    ("Varför glömmer barnen alltid bort praoveckan?", "sv", "work_experience"),  # first part, no other topic
    ("Hur kan vi förebygga att barnen springer iväg?", "sv", None),  # "förebygga" is not building
    ("Why can't kids get along with each other?", "en", None),  # "along" is not "alone"
    ("Why do we restrict everything at the restaurant?", "en", None),  # neither is rest
    ("Varför är det så jobbigt att diskutera trots att vi vill?", "sv", None),  # no job, no dishes, no defiance
    ("Hur får vi barnen att prova nya grönsaker?", "sv", "food"),  # trying is no test
    ("Hur blir vi av med nappen?", "sv", "dummy"),
    ("Parents who never come to parents' evenings.", "en", "school_contact"),
])
def test_the_topic_is_read_from_phrases_compounds_and_strong_words(text, language, topic):
    assert (topics_of(text, language) or (None,))[0] == topic


@pytest.mark.parametrize("text, language, suggestion", [
    ("Ska vi ordna en gemensam fest för klassen?", "sv", "Hur tänker vi kring att ordna en gemensam fest för klassen?"),
    ("Should we organise a trip with the whole class?", "en",
     "What do we think about organising a trip with the whole class?"),
    ("Barn som klättrar högt i träden.", "sv", "Hur kan vi hjälpa barn som klättrar högt i träden?"),
    ("Kids who climb high in the trees.", "en", "How can we help kids who climb high in the trees?"),
    ("Varför springer barnen iväg i affären?", "sv", "Hur kan vi hjälpa våra barn när de springer iväg i affären?"),
    ("Why do kids run off in the shop?", "en", "How can we help our children when they run off in the shop?"),
])
def test_with_no_topic_the_teachers_own_words_are_asked_openly(text, language, suggestion):
    assert topics_of(text, language) == () and check(text, language).suggestion == suggestion


@pytest.mark.parametrize("verb, form", [("have", "having"), ("stop", "stopping"), ("lie", "lying"),
                                        ("open", "opening"), ("plan", "planning"), ("see", "seeing"),
                                        ("pay", "paying"), ("make", "making")])
def test_the_ing_form_of_an_english_verb(verb, form):
    assert gerund(verb) == form


def test_the_goal_that_shares_most_words_with_the_question_comes_first():
    assert goals("friendship", "sv", near="Barn som aldrig får vara med och leka.")[0] == \
        "Vad kan vi göra för att alla barn ska få vara med och ha någon att leka med?"
    assert goals("friendship", "sv") == goals("friendship", "sv", near="Kompisar.")  # no shared word: file order


def test_a_bank_question_is_offered_only_on_its_main_topic():
    verdict = check("Why are kids so stressed about grades?")
    assert verdict.suggestions and all(main_topic(s, "en") == "grades" or s in goals("grades", "en")
                                       for s in verdict.suggestions)


@pytest.mark.parametrize("text", ["Sömn och vila", "Varför sover inte Kalle?",
                                  "Många barn har problem med sömnen. Hur kan vi hjälpa dem?"])
def test_every_suggestion_passes_the_check(text):
    verdict = check(text)
    assert not verdict.ok and verdict.suggestions
    assert all(check(suggestion, verdict.language).ok for suggestion in verdict.suggestions)


# --- untrusted input ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [None, 42, b"Hur kan vi?", ["Hur kan vi hjälpa barnen?"], {"text": "x"}])
def test_a_question_that_is_not_text_is_refused(text):
    with pytest.raises(TypeError):
        check(text)


def test_a_language_that_is_not_swedish_or_english_is_refused():
    with pytest.raises(ValueError):
        check("Hur kan vi hjälpa barnen?", language="de")
    with pytest.raises(TypeError):
        check("Hur kan vi hjälpa barnen?", language=1)


@pytest.mark.parametrize("text", ["", "   ", "\n\t", "\x00\x01"])
def test_an_empty_question_says_so(text):
    verdict = check(text)
    assert verdict.codes == ["empty"] and not verdict.ok and verdict.suggestion is None


@pytest.mark.parametrize("size", [MAX_LENGTH + 1, 10 * MAX_LENGTH, 1_000_000])
def test_a_huge_question_is_too_long(size):
    verdict = check("Hur kan vi " + "x" * size + "?")
    assert verdict.codes == ["too_long"] and verdict.suggestion is None


def test_odd_characters_do_not_break_the_check():
    assert check("Hur kan vi\x00 hjälpa barnen?").ok
    assert check("Hur kan vi hja\u0308lpa barnen?").ok  # decomposed ä
    assert check("How can we help our children’s sleep?").ok  # typographic apostrophe
    assert not check("كيف يمكننا مساعدة أطفالنا؟").ok


# --- the bank -----------------------------------------------------------------------------------

def test_the_bank_has_200_questions_in_25_themes_in_both_languages():
    for language in ("sv", "en"):
        questions = bank(language=language)
        assert len(questions) >= 200 and all(isinstance(q, BankQuestion) for q in questions)
        assert len({question.text for question in questions}) == len(questions)  # no question twice
        assert len({question.theme for question in questions}) >= 25
        assert len(themes(language)) >= 25
    assert SCHOOL_THEMES <= {theme.id for theme in themes("sv")}


@pytest.mark.parametrize("question", bank(), ids=lambda question: question.text[:40])
def test_every_bank_question_passes_the_check(question):
    verdict = check(question.text)
    assert verdict.ok, verdict.as_dict()
    assert verdict.language == question.language


def test_every_bank_question_is_tagged():
    for question in bank():
        assert question.dialogue in {"emotional", "meaning-making", "regulating"}
        assert question.age_group in {"1-5", "5-6", "6-12", "13-20"}
        assert question.age_groups and set(question.age_groups) <= set(AGE_GROUPS)
        assert question.theme_name and question.theme_name != question.theme


def test_the_bank_is_filtered_by_theme_and_language():
    sleep = bank("sleep", "sv")
    assert sleep and {(q.theme, q.language, q.theme_name) for q in sleep} == {("sleep", "sv", "Sömn och vila")}
    assert bank("no-such-theme") == []
    assert {theme.name for theme in themes("en")} >= {"Sleep and rest", "Social media"}
    with pytest.raises(ValueError):
        bank(language="xx")


def test_bank_entries_give_json():
    question = bank("prao", "sv")[0]
    assert question.as_dict()["theme_name"] == "Kommunprao"
    assert themes("sv")[0].as_dict() == {"id": "sleep", "name": "Sömn och vila", "language": "sv",
                                         "age_group": "1-5", "age_groups": ("förskola", "lågstadiet")}


def test_the_bank_is_filtered_by_age_group():
    preschool = bank(language="sv", age="förskola")
    assert preschool and all("förskola" in q.age_groups for q in preschool)
    assert "grading" not in {theme.id for theme in themes("sv", age="förskola")}
    assert "grading" in {theme.id for theme in themes("sv", age="högstadiet")}
    for age in AGE_GROUPS:
        assert bank(language="en", age=age) and themes("en", age=age)
    with pytest.raises(ValueError):
        bank(age="1-5")
