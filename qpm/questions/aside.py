"""What a positive question sets aside: the contrast, who the children are, a hard feeling it wants gone; not its aim."""
import re

# Owning up to a mistake or learning from it is the goal, not the problem ("erkänna sina misstag").
OWNING_UP = {"sv": re.compile(r"\b(erkänna|erkänner|lära sig av|lär sig av|lära av) (ett |sina |sitt |egna )?misstag\w*"),
             "en": re.compile(r"\b(own(ing|s)? up to|admit(ting|s)?|learn(ing|s)? from) (a |an |their |our )?mistakes?\b")}
# What a goal is set against ("hjälpa varandra i stället för att bråka", "tell the truth even when they have done
# something wrong", "even after a failed test", "även de kvällar då alla är trötta", "without it turning into
# nagging", "så att det inte bara blir bråk") is the contrast, not the aim: the rest of that sentence is not read
# for problems.
CONTRAST = {"sv": re.compile(r"\b(i ?stället för|snarare än|även (när|om|efter)|även (\w+ ){1,3}(då|när)|utan att|inte bara blir)\b.*"),
            "en": re.compile(r"\b(instead of|rather than|even (when|if|after)|even on (\w+ ){1,3}(when|that)"
                             r"|without|not just (be|become|turn into))\b.*")}
# Who the children are ("barn som bråkar mycket", "kids who always complain", "children who have accidents") says
# whom the goal is for, in a question that asks how we can help them: the relative clause's first words are not
# its aim. Later words still count: "help kids who fight stop fighting" aims at the fighting.
WHO = {"sv": re.compile(r"^((?:hur|vad) kan vi .*?\b(?:barn|barnen|barnet|syskon|syskonen|ungdomar|elever|eleverna"
                        r"|tonåringar|de|dem|kusiner|kusinerna|kompisar|kompisarna|vänner|killar|tjejer|pojkar|flickor)) som( \w+){1,3}"),
       "en": re.compile(r"^((?:how|what) can we .*?\b\w+) who( \w+){1,3}")}
# A hard feeling the goal wants gone is a good feeling ("so that they don't feel ashamed", "så att de inte skäms");
# "alla är slut" are tired, not stopping.
FEELING_GONE = {"sv": re.compile(r"\b(inte|aldrig) (känner sig|känna sig|skäms|skämmas|behöver skämmas|är rädda"
                                 r"|ska vara rädda|blir rädda)\b"),
                "en": re.compile(r"\b(not|never) (feel|feels|be|get) (ashamed|embarrassed|afraid|scared|alone|left out"
                                 r"|lonely|stupid|guilty|bad|worried)\b")}
# A problem turned into a chance ("så att ett bråk blir ett tillfälle att lära sig", "turn a setback into a chance to
# learn") is the goal.
CHANCE = {"sv": re.compile(r"\b(göra )?(\w+ ){1,2}(blir|kan bli|till) (ett tillfälle|en chans|en möjlighet)\b"),
          "en": re.compile(r"\b((turn|make) (\w+ ){1,3}into|(\w+ ){1,2}(becomes?|can become)) (a chance|an opportunity"
                           r"|a moment)\b")}
TIRED = {"sv": re.compile(r"\b(är|blir|känns|helt|så) slut\b"), "en": re.compile(r"$^")}


def set_aside(joined, language):
    """Return a question's lower-case words (one string) without what it sets aside."""
    joined = OWNING_UP[language].sub(" ", joined)
    joined = CONTRAST[language].sub(" ", joined)
    joined = WHO[language].sub(r"\1", joined)
    joined = FEELING_GONE[language].sub(" ", joined)
    joined = CHANCE[language].sub(" ", joined)
    return TIRED[language].sub(" ", joined)
