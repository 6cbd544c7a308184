"""The mechanisms tuned on holdout14's misses and false alarms, each with new examples of its own class (not
holdout14's texts) and an ordinary text it must leave alone (or, for a false alarm, a name it must still hold)."""
from qpm.domain.privacy import personal_data


def test_possessive_standing_for_the_child_is_no_name():
    # "min"/"vår" (mine, ours) for the child, in a person's state: the Korean name Min is not meant
    assert personal_data("pratade ni om olyckan? min blev rädd på riktigt") == []
    assert personal_data("vår är sjuk igen, tredje gången i månaden") == []
    assert "name" in personal_data("bo är rädd för hundar")  # a word-name in the same place still is one


def test_comics_are_a_story_whose_lone_name_is_a_character():
    assert personal_data("my daughter loves Mafalda, she has all the comics") == []
    assert personal_data("a mi hijo le encanta Mafalda, tiene todos los tebeos") == []
    assert "name" in personal_data("Mafalda har ont i magen idag")  # no story, a child


def test_name_given_by_a_naming_verb_is_a_child_though_a_story_is_told():
    assert "name" in personal_data("nya tjejen heter Ronja och hon läser mycket böcker")
    assert "name" in personal_data("la niña nueva se llama Mafalda y lee cómics")
    assert personal_data("vi läser boken om Ronja varje kväll") == []  # the story's Ronja


def test_figures_of_jokes_are_no_children():
    assert personal_data("Haso i Mujo su glavni likovi u vicevima koje tata priča") == []
    assert personal_data("min son berättar skämt om Suljo hela tiden") == []
    assert "name" in personal_data("Haso je bolestan danas, ne ide u školu")  # no joke told: a boy


def test_english_feast_before_its_noun_is_the_day():
    assert personal_data("will the Lucia procession be in the gym this year?") == []
    assert personal_data("the kids loved the Valborg bonfire") == []
    assert "name" in personal_data("Lucia cried all morning at drop-off")  # a girl


def test_flower_that_is_a_name_is_the_plant_where_it_blooms():
    assert personal_data("w przedszkolu kwitnie róża, dzieci ją podlewają") == []
    assert personal_data("la rosa del patio ya florece, qué bonito") == []
    assert "name" in personal_data("Róża nie chce jeść obiadu")  # nothing blooms: a girl
    assert "name" in personal_data("Viola blommar ut på fritids, hon är så glad")  # a child flourishes


def test_persian_word_name_before_when_it_becomes_is_a_time():
    assert personal_data("بهار که شد میریم پارک بازی") == []  # when spring comes we go and play in the park
    assert "name" in personal_data("ستاره که بیاد با هم بازی می\u200cکنن")  # when Setareh comes: a person


def test_word_name_before_a_preschool_group_and_a_verb_is_a_child():
    # a group is named by a Swedish noun in the definite form; a street or a town is not
    assert "name" in personal_data("Sten på Myran har varit hemma med feber")
    assert "name" in personal_data("saga i Ugglorna vill inte sova")
    assert personal_data("Liv på Ekorren är lugnt på fredagar") == []  # life there is calm


def test_given_name_with_whose_child_it_is_in_brackets_is_a_name():
    assert "name" in personal_data("sten (vår son alltså) vill inte gå till skolan")
    assert "name" in personal_data("Rosa (my daughter) has been sick all week")
    assert personal_data("fritids (min son går där) stänger tidigt") == []  # no given name before the bracket
    assert personal_data("björn (djuret) är temat i veckan") == []


def test_tigrinya_mum_or_dad_and_a_name_ending_the_text_sign_it():
    assert "name" in personal_data("ጽባሕ ኣኼባ ኣሎ። ምስ ሰላምታ፡ ኣዴ ስምሃር")  # with greetings, Semhar's mum
    assert "name" in personal_data("ጽባሕ ኣኼባ ኣሎ። ምስ ሰላምታ፡ ኣቦይ ዮናስ 🙏")
    assert personal_data("ኣዴ ሕማቕ ተሰሚዕዋ ሎሚ") == []  # mum felt ill today: no name after her


def test_lower_case_cyrillic_name_before_a_habit_or_time_and_a_verb():
    assert "name" in personal_data("оля вчора плакала цілий вечір")
    assert "name" in personal_data("тарас постійно забуває шапку")
    assert personal_data("віра постійно допомагає") == []  # faith helps: a noun that is a name


def test_pair_of_names_before_a_foreign_doing_though_one_is_a_swedish_word():
    assert "name" in personal_data("sten i lena stalno plaču")
    assert "name" in personal_data("kasia i lena płakały rano")
    assert personal_data("dzieci i rodzice zawsze pytają o obiad") == []  # children and parents


def test_slavic_possessive_of_a_name_before_a_relative_is_a_name():
    assert "name" in personal_data("Amirova mama je zvala jutros")
    assert "name" in personal_data("lejlin tata dolazi po nju")
    assert "name" in personal_data("Олина мама принесе торт")
    assert personal_data("naša mama je bolesna") == []  # "our mum": a pronoun's possessive


def test_word_name_before_a_class_and_then_she_or_he_is_a_child():
    assert "name" in personal_data("vet nån var liv är? liv i 2B, hon har inte kommit hem")
    assert "name" in personal_data("sten på fritids, han som är ny, är så snäll")
    assert personal_data("maten i 2B, den är kall") == []  # "it": a thing


def test_word_name_with_an_aside_saying_he_or_she_before_a_verb():
    assert "name" in personal_data("sten, ni vet han med rött hår, har slutat på fritids")
    assert "name" in personal_data("saga, hon i 2B, vill byta grupp")
    assert personal_data("maten, som han tyckte om, är slut") == []  # no name before the aside


def test_lower_case_two_letter_name_before_a_persons_verb():
    assert "name" in personal_data("bo vill inte sova i egen säng")
    assert "name" in personal_data("lo gråter varje morgon vid lämningen")
    assert personal_data("bo har vi aldrig haft problem med") == []  # the subject after the verb: no name
    assert personal_data("nu vill barnen bara vara ute") == []  # an adverb


def test_children_with_a_trait_in_the_families_languages_point_at_no_one():
    assert personal_data("الاطفال الذين لديهم سكري يحتاجون وجبة خفيفة في الصف") == []
    assert personal_data("niños con autismo necesitan más calma en la clase") == []
    assert "indirect" in personal_data("ابني عنده توحد والأطفال في الصف يضايقونه")  # my son, though children too


def test_turkish_word_name_that_always_exists_is_the_word():
    assert personal_data("Sevgi hep var, merak etmeyin") == []  # there is always love
    assert personal_data("Umut yine var, belki yarın olur") == []  # there is hope again
    assert "name" in personal_data("Deniz hep ağlıyor sabahları")  # a child cries


def test_somali_word_before_darro_is_a_noun():
    assert personal_data("Ayaan darro, basku wuu daahay maanta") == []  # bad luck, the bus was late today
    assert personal_data("Nasiib darro waa in uu jiran yahay") == []
    assert "name" in personal_data("Ayaan waa jiran maanta")  # Ayaan is ill today


def test_name_that_is_a_noun_written_as_the_noun_elsewhere_is_the_noun():
    assert personal_data("Віра в дітей важлива, без віри нічого не буде") == []  # faith, and "without faith"
    assert personal_data("Любов до книжок — це любов на все життя") == []
    assert "name" in personal_data("Віра сьогодні плакала весь день")  # no noun elsewhere: a girl


def test_persian_word_name_after_my_child_before_is_or_became_is_the_childs_state():
    assert personal_data("پسرم عاشق فوتبال شده و هر روز بازی می\u200cکنه") == []  # has fallen in love with football
    assert personal_data("دخترم عاشق کارتون است") == []
    assert "name" in personal_data("دخترم امید همیشه گریه می\u200cکنه")  # my daughter Omid always cries
    assert "name" in personal_data("پسرم امید مریض شده")  # my son Omid has got ill: a name, not a state
