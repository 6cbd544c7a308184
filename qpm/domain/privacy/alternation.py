"""Long alternations regrouped by first letter, so the regex engine tries a few alternatives at a place, not all."""


def _scan(source):
    """Yield (index, character, depth) for each character outside escapes and classes: where a pattern nests."""
    depth, i, in_class = 0, 0, False
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]" or source[i - 1] == "["  # "[]…]" holds a "]"
        elif char == "[":
            in_class = True
            if source[i + 1:i + 2] == "^":
                i += 1
        else:
            depth += (char == "(") - (char == ")")
            yield i, char, depth
        i += 1


def _split(source):
    """Return the top-level alternatives of a pattern's source (escapes, classes and groups kept whole)."""
    cuts = [i for i, char, depth in _scan(source) if char == "|" and depth == 0]
    return [source[start + 1:end] for start, end in zip([-1] + cuts, cuts + [len(source)])]


def _whole_group(alternative, opening):
    """Return the inside of an alternative that is just `opening` … ")", one group to its end, or None."""
    if not alternative.startswith(opening) or not alternative.endswith(")"):
        return None
    inside = alternative[len(opening):-1]
    depths = [depth for _i, _char, depth in _scan(inside)]
    return inside if min(depths, default=0) >= 0 and (not depths or depths[-1] == 0) else None


def by_first_letter(source):
    """Return a pattern that matches somewhere in a text exactly when the source does, its alternatives grouped by
    their first letter, again and again ("astma|adhd" as "a(?:stma|dhd)"), and those after a word boundary under
    one "\\b". Which alternative matches first may change: use it where only whether it matches counts, or where
    what follows leaves one alternative to match at a place (a street's ending before its number)."""
    groups, bounded, others = {}, [], []
    alternatives = _split(source)
    while alternatives:
        alternative = alternatives.pop(0)
        inside = _whole_group(alternative, "(?:")
        if inside is not None:
            alternatives[:0] = _split(inside)  # "(?:a|b)" among alternatives is "a|b"
        elif alternative.startswith("\\b"):
            bounded.append(alternative[2:])
        elif alternative[:1].isalpha() and alternative[1:2] not in ("?", "*", "+", "{"):
            groups.setdefault(alternative[0], []).append(alternative[1:])
        else:
            others.append(alternative)
    grouped = [letter + (rests[0] if len(rests) == 1 else "(?:" + by_first_letter("|".join(rests)) + ")")
               for letter, rests in groups.items()]
    if bounded:
        grouped.append("\\b" + (bounded[0] if len(bounded) == 1 else "(?:" + by_first_letter("|".join(bounded)) + ")"))
    return "|".join(grouped + others)
