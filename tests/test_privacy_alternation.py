"""by_first_letter() regroups an alternation without changing where it finds a match."""
import re

import pytest

from qpm.domain.privacy.alternation import by_first_letter
from qpm.domain.privacy.indirect import QUICK_SINGLED_OUT, SINGLED_OUT

PATTERNS = [
    r"astma|adhd|add|autis\w*|\b(?:den|det)\s+enda\b|[ab]c|\Bx|(?:ab|cd)e?|a?b|ö(?:l|m)|\bcp\b|cp-\w+",
    r"\b(?:rom\b|romsk\w*|två\s+(?:mammor|pappor)|a|)|\bende\s+(?:barnet|flickan)\b|[]a]|[^|]x",
]
TEXTS = ["astma", "en adhd", "autistisk", "det enda", "den  enda barnet", "bc", "axe", "abe", "cd", "b", "öm", "cp",
         "cp-skada", "rom", "romska", "två  pappor", "ende barnet", "]", "|x", "yx", "", "x", "barn", "nothing here"]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_regrouped_pattern_matches_where_the_source_does(pattern):
    quick = re.compile(by_first_letter(pattern))
    source = re.compile(pattern)
    for text in TEXTS:
        assert (quick.search(text) is None) == (source.search(text) is None), text


def test_the_indirect_test_is_regrouped():
    assert len(QUICK_SINGLED_OUT.pattern) > 0 and QUICK_SINGLED_OUT.pattern != SINGLED_OUT.pattern
    for text in ["han i 2c har astma", "den enda med hijab", "vi har läxor", "nötallergi", "єдина", "تنها"]:
        assert (QUICK_SINGLED_OUT.search(text) is None) == (SINGLED_OUT.search(text) is None)


def test_street_endings_regrouped_find_the_same_addresses():
    from qpm.domain.privacy import addresses

    plain = re.compile(addresses.SWEDISH.pattern.replace(by_first_letter(addresses.ENDINGS), addresses.ENDINGS),
                       re.IGNORECASE)
    assert plain.pattern != addresses.SWEDISH.pattern
    endings = [e.replace("\\.", ".") for e in addresses.ENDINGS.split("|")]
    for text in [f"bor på {w}{e}{sep}{n}{tail}" for w in ("Stor", "Ek") for e in endings for sep in ("", " ", ".", ". ")
                 for n in ("3", "12 B", "4 tr 2") for tail in ("", " kr", ":e")]:
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in addresses.SWEDISH.finditer(text)], text
