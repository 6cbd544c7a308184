"""The question's own details kept in a goal: which school break, which school stage the teacher named."""
import re

# Terms of which a question names one: a goal written for another ("after the Christmas break" for a question about
# the summer break, "secondary school" for one about moving up to middle school) states a wrong fact.
KINDS = {
    "sv": [re.compile(r"\b(sommar|jul|höst|sport|påsk|vinter)(lov(?:et|en)?)\b", re.IGNORECASE),
           re.compile(r"\b(låg|mellan|hög)(stadiet)\b", re.IGNORECASE)],
    "en": [re.compile(r"\b(summer|christmas|autumn|easter|sports|winter|half-term)( (?:break|holidays?))\b",
                      re.IGNORECASE),
           re.compile(r"\b(middle|secondary|upper secondary|high)( school)\b", re.IGNORECASE)],
}
EITHER = {"sv": "eller", "en": "or"}
PROPER = {"christmas", "easter"}


def kept(goal, text, language):
    """Return a goal with the break or school stage the question names in place of another one."""
    for kind in KINDS[language]:
        named = {found[1].lower() for found in kind.finditer(text)}
        if len(named) != 1:
            continue  # none named, or several ("från jullovet till sportlovet"): nothing to put right
        (mine,) = named
        # "inför mellanstadiet eller högstadiet" for a question about högstadiet hedges: it is that one.
        either = re.compile(rf"\b(\w+) {EITHER[language]} (\w+)\b", re.IGNORECASE)
        goal = either.sub(lambda pair: _the_one(pair, kind, mine), goal)
        goal = kind.sub(lambda found: (mine.capitalize() if mine in PROPER else mine) + found[2], goal)
    return goal


def _the_one(pair, kind, mine):
    """Return of "A or B", both of a kind, the one the question names; else the pair as it was."""
    terms = [kind.fullmatch(word) for word in (pair[1], pair[2])]
    if all(terms) and mine in {term[1].lower() for term in terms}:
        return next(term[0] for term in terms if term[1].lower() == mine)
    return pair[0]
