"""English-only judgements: is a bare number a count of things, are "pounds" sterling or weight."""

from __future__ import annotations

import re

from .context import Ctx
from .patterns import HIRE_VERB_EN, NOT_NOUN_EN, POUND_MONEY


def count_context_en(ctx: Ctx, s: int, e: int) -> bool:
    """A bare English number counts things only when a noun follows and it is no date, year or name."""
    f, lx = ctx.f, ctx.lx
    if f[s:e].isalpha() and _REFERRING.search(f, max(0, s - 8), s):
        return False  # "the two sides", "these three": a pronoun for things named before, no new count
    word = f[s:e]
    if word.lower() == "two" and re.search(r"(?i:\bthe)[ ]$", f[max(0, s - 4):s]):
        return False  # "between the two brands", "the two projects": the pair named before, no new count
    if "." in word:
        return False  # "the 2.8 release", "2.8 has been labeled": a fraction counts no things, it is a version
    if word[:1].isupper() and word.isalpha() and s > 0 and not re.search(r"(?:^|[.!?:\n\"“‘(][ ]*)$", f[max(0, s - 3):s]) \
            and re.match(r"[ ](?:of[ ])?[A-Z]", f[e:e + 5]):
        return False  # "Ninety Mile Beach", "the Nine of Swords": a capitalized number inside a sentence is a name
    if f[s - 1:s] == "-" or re.search(r"(?i:\ba[ ][a-z]+[ ]or[ ])$", f[max(0, s - 20):s]):
        return False  # "a one-two punch", "a thing or two": idioms
    if _BASE_OF.search(f, max(0, s - 30), s):
        return False  # "12 of the 13 states": the 13 is the whole the share is taken from, the count is the 12
    if re.match(r"[ ](?:on[ ]board|aboard|onboard)\b", f[e:e + 12]) and f[s:e].replace(",", "").isdigit():
        return True  # "killed all 228 on board": the people aboard are counted
    part = _PART_OF.match(f, e)
    if part and part.group(1).lower() not in lx.time_en and part.group(1).lower() not in NOT_NOUN_EN:
        return True  # "29 of 50 states", "four of the 10 members": the part is the figure
    qs = lx.re_q_en_suffix.match(f, e)  # "5 or more members"
    base = qs.end() if qs else e
    nxt = re.match(r"\+? (?:of )?[\"“]?([A-Za-z][\w'-]*)", f[base:base + 40])  # "30,154 new cars", two "choice targets"
    via_model = False
    if not nxt:
        nxt = lx.re_model_then_noun.match(f[base:base + 60])  # "400 737 Max jets": count the jets, skip the model
        via_model = nxt is not None
    if not nxt or f[e:e + 1] == "-":
        return False
    word = nxt.group(1).lower()
    if word in _BRIDGE_EN:  # "two more years", "three straight months": the word after the bridge says what is counted
        after = re.match(r"[ ]([A-Za-z][\w'-]*)", f[base + nxt.end():base + nxt.end() + 30])
        if after and (after.group(1).lower() in lx.time_en or after.group(1).lower().rstrip("s") in lx.time_en):
            return False
    if via_model and (word in NOT_NOUN_EN or word in lx.time_en):
        return True  # "35 787 Dreamliners in the quarter": the capitalized plural after the model is the noun
    if word in lx.time_en or word.rstrip("s") in lx.time_en or word in lx.months_en or word in NOT_NOUN_EN:
        return False  # "fell to 14 in the quarter": no noun says what is counted
    acronym_then_noun = re.match(r"[ ][a-z]+s\b", f[base + nxt.end():base + nxt.end() + 20]) and not lx.re_model_after.match(f, e)
    if (len(nxt.group(1)) > 1 and nxt.group(1).isupper() and nxt.group(1).isalpha() and not acronym_then_noun) \
            or lx.re_model_after.match(f, e):
        return False  # "737 MAX", "3 GT", "737 Max": a model name (but "two NASA astronauts", "two USB ports" count)
    if re.search(r"[0-9][ ]$", f[max(0, s - 2):s]):
        return False  # "400 737 Max jets": a number right after a count is the model, the count was read before
    before = f[max(0, s - 24):s]
    if re.search(r"(?i:\b(?:day|level|phase|round|stage|chapter|episode|season|game|part|act)[ ])$", before):
        return False  # "on day two", "Level 3 out of 5": a label in a sequence, no count
    if re.search(r"(?i:\b(?:day|level|phase|round|stage)[ ][0-9a-z]+[ ]out[ ]of[ ])$", f[max(0, s - 30):s]):
        return False  # "Level 3 out of 5": the scale the label is read on
    if re.search(r"(?i:\bnumber|\bno\.|#)\s*$", before):
        return False  # "the number eight" names a number, it counts nothing
    if word in lx.sourcing_en and _FEW(f[s:e]) and re.match(r"[ ](?:" + "|".join(("briefed", "familiar", "with knowledge", "who", "said",
                                                                 "told", "close to")) + ")",
                                             f[nxt.end() + base:nxt.end() + base + 20]):
        return False  # "two people familiar with the talks" is attribution, not a figure
    if f[e:e + 4].lower() in (" a.m", " p.m"):
        return False
    prev_word = re.search(r"([A-Za-z][\w.&'-]*)[ ]$", before)
    if prev_word and any(c.isupper() for c in prev_word.group(1)) and not re.search(r"[.!?:\n\"“][ ]*[A-Za-z][\w.&'-]*[ ]$", before):
        pw = prev_word.group(1)
        if pw.lower() not in lx.q_en and pw.lower() not in ("about", "some", "nearly", "more", "than"):
            return False  # "Group 1 Auto", "Gen 2", "Route 66": part of a name
    if (s == 0 or f[s - 1] == "\n") and f[s:e].isdigit() and nxt.group(1)[:1].isupper():
        return False  # "2 Human trafficking ...": list numbering at the start of a line
    return True


def _FEW(word: str) -> bool:  # noqa: N802 - reads as a phrase at the call site
    """A handful (two, 3): "two people familiar with the talks" is attribution; "25,000 people who marched" a crowd."""
    w = word.replace(",", "")
    return not w.isdigit() or int(w) <= 12


_BRIDGE_EN = frozenset("more other additional extra straight consecutive full long whole solid successive".split())
_REFERRING = re.compile(r"(?i:\b(?:these|those|both))[ ]$")
_NUMBER_WORD = r"(?:[0-9][0-9,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_DETERMINER = r"(?:the|its|their|those|these|our|his|her)[ ]"
# "12 of the 13 states", "four of 10 members": a part of a counted whole.
_PART_OF = re.compile(rf"[ ]of[ ](?:{_DETERMINER})?(?i:{_NUMBER_WORD})[ ](?:[a-z]+[ ]){{0,2}}?([a-z][\w'-]*)")
_BASE_OF = re.compile(rf"(?i:\b{_NUMBER_WORD})[ ]of[ ](?:{_DETERMINER})?$")


def pounds_money(ctx: Ctx, p: int, end: int) -> bool:
    """"64 pounds a week", "2 billion pounds of savings": pounds are sterling in a money context, weight otherwise."""
    f = ctx.f
    if re.match(r"[ ]of[ ](?!(?:savings|spending|funding|investment|revenue|income|debt|tax|cash|support|aid)\b)", f[end:end + 30],
                re.I):
        return False  # "40 pounds of beef": a weight
    if re.search(r"(?i:\bweigh(?:s|ed|ing)?\b|\bheav(?:y|ier)\b|\blight(?:er)?\b)[^.;!?]{0,20}$", f[max(0, p - 40):p]) \
            or re.match(r"[ ](?:heavier|lighter|less|more)?[ ]?(?:heavier|lighter)\b", f[end:end + 20]):
        return False  # "weighs two pounds less", "five pounds lighter": a weight even in a story with £ in it
    if ctx.has_pound_sign:
        return True
    if "$" in f:
        return False  # a story that counts money in dollars weighs in pounds ("capped at 29.4 million pounds" of fish)
    clause = f[max(0, p - 80):p]
    return bool(POUND_MONEY.search(clause) or POUND_MONEY.match(f, end))


def qualified_count_en(ctx: Ctx, s: int, e: int, core: str) -> bool:
    """A bare whole number after a qualifier, at the end of its clause or before a preposition: the noun was named
    before ("it had more than 100 as of July", "the number can expand to more than 60.")."""
    f, lx = ctx.f, ctx.lx
    if "." in core or not _QUALIFIED_END.match(f, e):
        return False
    qm = lx.re_q_en.search(f, max(0, s - 30), s)
    return bool(qm) and lx.q_en[qm.group(1).lower()] in ("over", "under", "at_least", "at_most")


_QUALIFIED_END = re.compile(r"(?:[.,;:!?)\]—–]|[ ](?:as|since|in|on|at|by|so|last|this|each|per|from|of[ ]them)\b|[ ][—–])")


# "killed 1,200 and took 250 hostages", "has killed more than 39,000, according to": the victims are the counted
# noun a casualty verb leaves out.
_CASUALTY_VERB_EN = re.compile(r"(?i:\b(?:killed|killing|kills|wounded|wounding|injured|injuring|left[ ]dead)[ ]"
                               r"(?:(?:about|some|nearly|roughly|around|almost|at[ ]least|more[ ]than|over)[ ])?)$")


def casualty_count_en(ctx: Ctx, s: int, e: int, core: str) -> bool:
    """A bare whole number right after a casualty verb, ending its clause or before "and": a count of people."""
    f = ctx.f
    if "." in core or not re.match(r"[.,;]|[ ]and[ ]|[ ]—|[ ]–", f[e:e + 5]):
        return False
    return bool(_CASUALTY_VERB_EN.search(f, max(0, s - 40), s))


def elided_count_en(ctx: Ctx, s: int, e: int, core: str) -> bool:
    """A bare number right after a hiring verb and before the clause ends, in a sentence that has already
    named what is counted ("... added 44,000 jobs, while retailers added 34,000")."""
    f, lx = ctx.f, ctx.lx
    if not (f[e:e + 1] in ".,;" and f[e + 1:e + 2] in (" ", "\n", "") and ("," in core or len(core) <= 3)):
        return False
    if not HIRE_VERB_EN.search(f, max(0, s - 20), s):
        return False
    a = max(0, s - 200)
    sent = f[a:s]
    cut = max(sent.rfind(". "), sent.rfind("\n"))
    words = re.findall(r"[a-z]+", sent[cut + 1:].lower())
    return any(w in lx.count_en for w in words)
