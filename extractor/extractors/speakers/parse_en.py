"""English speaker phrases: names, "role + name", organisations, pronouns, anaphors (the company) and groups."""

from __future__ import annotations

import re
from functools import lru_cache

from ...document import Span
from .en_names import described_person, full_role, fuller_name
from .en_people import (
    full_name_with_first,
    gender_of_name,
    is_given_name,
    salient_any_org,
    salient_org,
    salient_person,
)
from .lexicon import _en, lexicon
from .registry import Registry, Speaker

# Finite verbs and auxiliaries: a phrase holding one is a clause, not a speaker name.
_EN_VERBS = frozenset("is are was were be been has have had will would could can may might should shall did does do "
                      "not n't wants want seems".split())


# Lower-case words allowed inside a proper name ("Office of Emergency Services", "Bank of America").
_EN_PARTICLES = frozenset("of the and & de la van von der for du da di on in at".split())


# lower-case particles that open a surname written without the given name ("de Miranda", "van Sebille")
_SURNAME_PARTICLES = frozenset("de del della van von der den du da di le bin ibn al".split())


# Words that open an adverbial clause; a phrase starting with one is not a speaker.
_EN_NOT_SUBJECT = frozenset("at in on for with after before by from during as if when while although because since "
                            "to into of than despite under over about".split())


_EN_TIME = re.compile(r"\s+(?:on|in|this|last|late|earlier|later|at)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                      r"Saturday|Sunday|week|month|year|a statement|an interview|the statement)\b.*$|"
                      r"\s+(?:also|previously|recently|later|earlier|then|now|repeatedly|once|has|have|had)$")


# anaphors that any firm may be called, whatever its name: resolved by salience, not by name ending
_GENERIC_FIRM = frozenset(("company", "firm", "group", "startup", "retailer", "business"))
# heads of "the <kind> group" descriptions of an organisation named before
_BODY_HEADS = frozenset(("group", "organisation", "organization", "body", "association", "charity", "watchdog",
                         "firm", "company", "agency", "union", "coalition", "alliance", "network", "campaign"))
_PAREN_TAIL = re.compile(r"\s*\((?=[^()]*[a-z])[^()]{1,30}\)\s*$")  # (R-Warren), (D-Calif.); not a ticker (LART.NS)
_NEG_TAIL = re.compile(r"\s+(?:do|does|did)(?:n['’]t|\s+not)$|\s+(?:don['’]t|doesn['’]t|didn['’]t)$")
_INITIAL_TAIL = re.compile(r"\.\s+[A-Z][a-z][\w'’\-]*")
_SAID_PRONOUN = re.compile(r"\s+(?:said|says|told|added|wrote)\s+(?:he|she|they|it|that)$")
# contractions, subordinators and a trailing article or "to" mark a clause fragment
_CLAUSE_WORDS = re.compile(r"\w(?:n['’]t|['’](?:ve|re|ll|d|m))\b|\blet['’]s\b|^(?:even|if|though|although|unless)\b|"
                           r"\s(?:a|an|the|to)$", re.I)


def _full_name_before(reg: Registry, word: str, before: int) -> str | None:
    """The full personal name that ``word`` (a bare surname) shortens, from the text before ``before``.

    A Chinese/Korean/Vietnamese-order name puts the surname first ("Zhao Minghui" -> Zhao);
    other names put it last ("Priya Nandakumar" -> Nandakumar). The last such name before wins.
    """
    text = reg.text[max(0, before - 6000):before]
    if not text or not (re.fullmatch(r"[A-Z][\w'’\-]+", word) and word[1].islower()):
        return None
    w = re.escape(word)
    pats = [rf"(?<![\w-])[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?\s+{w}(?![\w'’-])"]
    if word.lower() in _east_asian_surnames():
        pats.insert(0, rf"(?<![\w-]){w}\s+[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?(?![\w'’&-])")
    best: tuple[int, str] | None = None
    en = _en()
    skip = en["roles"] | en["lead"] | en["groups"] | en["org_words"] | _EN_NOT_SUBJECT | _EN_NAME_SKIP
    for pat in pats:
        for m in re.finditer(pat, text):
            first, last = m.group().split()[0].lower(), m.group().split()[-1].lower()
            if first in skip or last in skip or m.group().lower().split()[0] in en["stop"]:
                continue
            if best is None or m.start() > best[0]:
                best = (m.start(), m.group())
    if best is None and re.search(r"[uoa]e", word):
        # "Mueller" for the "Gerhard Müller" the article names: the umlaut spelling
        umlaut = word.replace("ue", "ü").replace("oe", "ö").replace("ae", "ä")
        return _full_name_before(reg, umlaut, before)
    return best[1] if best else None


_EN_NAME_SKIP = frozenset("the a an this that these those his her its their our my mr mrs ms dr prof sen rep gov "
                          "january february march april may june july august september october november december "
                          "monday tuesday wednesday thursday friday saturday sunday new north south east west "
                          "said says told both either neither each every only even just".split())


@lru_cache(maxsize=1)
def _east_asian_surnames() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon("en").get("surnames_east_asian", []))


def _en_orgish(phrase: str) -> bool:
    words = [w.strip(".,").lower() for w in phrase.split()]
    org_words = _en()["org_words"]
    return any(w in org_words for w in words) or "&" in phrase


# the last word of a description before a one-word name: "data provider FactSet", "chipmaker Arcadia"
_EN_DESCRIPTOR_HEADS = frozenset("provider firm company group maker chipmaker automaker carmaker agency retailer bank "
                                 "carrier airline chain giant startup insurer lender developer operator broker "
                                 "consultancy researcher tracker publisher broadcaster manufacturer supplier".split())


def _trim_en(text: str, start: int, end: int) -> tuple[int, int]:
    en = _en()
    for _ in range(4):
        while start < end and not text[start].isalnum():
            start += 1
        while end > start and text[end - 1] in " ,;:—–-":
            end -= 1
        m = _EN_TIME.search(text, start, end)
        if m and m.start() > start:
            end = m.start()
            continue
        first = re.match(r"[A-Za-z]+", text[start:end])
        if first and first.group().lower() in en["lead"] and first.end() < end - start:
            start += first.end()
            continue
        break
    return start, end


_REPORT_NOUNS = r"(?:report|survey|study|analysis|data|estimates?|figures|statement|filing|research|poll|review|forecast)"
# "data compiled by Bloomberg", "data calculated for Bloomberg by the Ann Arbor-based Center for …": the agent
_SRC_AGENT = re.compile(r"(?:the\s+|a\s+|an\s+)?(?:\w+\s+){0,2}?(?:data|figures|statistics|numbers|estimates|research|analysis)"
                        r"\s+(?:compiled|calculated|gathered|collected|provided|published|released|prepared)\s+"
                        r"(?:for\s+[\w.&'’\-]+(?:\s+[\w.&'’\-]+)?\s+)?by\s+(?:the\s+)?(?:[\w.\- ]+?-based\s+)?"
                        r"(?P<o>[A-Z][^,;]*)")
# "a Moody's Analytics report in April", "the Moody's report", "Dallas Fed research cited by its president"
_SRC_OWNER = re.compile(r"(?:the\s+|a\s+|an\s+|new\s+|latest\s+)*(?P<o>[A-Z][\w.&'’\- ]*?)(?:['’]s?)?\s+(?:new\s+|latest\s+"
                        r"|annual\s+|monthly\s+|quarterly\s+)?" + _REPORT_NOUNS +
                        r"(?:\s+(?:in|on|from|last|this|published|released|issued|cited|quoted)\b.*)?")


def _source_core(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The owner or maker of a report, survey or data set named by the phrase ``text[start:end]``, or None."""
    m = _SRC_AGENT.fullmatch(text, start, end) or _SRC_OWNER.fullmatch(text, start, end)
    if m is None or m.group("o").strip() == text[start:end].strip():
        return None
    s, e = m.span("o")
    while e > s and text[e - 1] in " ,":
        e -= 1
    return (s, e) if e - s >= 2 else None


_SAID_PRONOUN_WHOLE = re.compile(r"(.+?)\s+(?:said|says|told|added|argued|insisted)\s+(?:he|she|they)")
_PRONOUN_LED = re.compile(r"(He|She|he|she)(?:['’]d|\s+(?:then|later|also|once|still|again|first|now)\b)")


# heads of a public body's description, and the endings of a company's name: the two never co-refer
_PUBLIC_HEADS = frozenset("agency ministry department commission committee council authority court government "
                          "administration office regulator parliament police army navy".split())
_CORPORATE = frozenset("corp corporation inc co ltd llc plc ag sa nv gmbh holdings".split())


# British titles of peers and knights: "Lord Baker" uses the surname, "Sir Keith" / "Dame Judi" the given name
_PEER = re.compile(r"(Lord|Lady|Baroness|Baron|Sir|Dame)\s+(?=[A-Z])")
# two surnames coordinated: "Edelstein and Kilian"
_NAME_PAIR = re.compile(r"([A-Z][a-z][\w'’\-]*)\s+and\s+([A-Z][a-z][\w'’\-]*)")


# a plain noun phrase: words of letters, or dotted initials ("the U.S. military", "U.N. inspectors")
_PLAIN_NP = re.compile(r"(?:[A-Za-z][A-Za-z'’\-]*|(?:[A-Z]\.)+)(?:\s+(?:[A-Za-z][A-Za-z'’\-]*|(?:[A-Z]\.)+))*")


def parse_en(reg: Registry, text: str, start: int, end: int, at: int) -> Speaker | None:
    """Analyse the English phrase ``text[start:end]`` next to a reporting verb; None if it names no source."""
    en = _en()
    start, end = _trim_en(text, start, end)
    paren = _PAREN_TAIL.search(text, start, end)
    if paren is not None and paren.start() > start:
        end = paren.start()  # "State Sen. Ann Bly (R-Warren)": the name without its aside
    if end <= start:
        return None
    core = _source_core(text, start, end)
    if core is not None:
        sp = parse_en(reg, text, core[0], core[1], at)
        if sp is not None:
            return sp  # "a Moody's Analytics report in April", "data compiled for X by Y": the body behind it
    if re.search(r"(?<![\w.])[A-Z]$", text[start:end]) and (ini := _INITIAL_TAIL.match(text, end)):
        end = ini.end()  # "William G" + ". Gale": the initial belongs to the name
    said = _SAID_PRONOUN.search(text, start, end)
    if said is not None and said.start() > start:
        end = said.start()  # "Reeves said he (thought)": the subject of the first verb speaks
    neg = _NEG_TAIL.search(text, start, end)
    if neg is not None and neg.start() > start:
        end = neg.start()  # "analysts don't (think)": the negated auxiliary is not part of the source
    phrase = text[start:end]
    if _CLAUSE_WORDS.search(phrase):
        return None  # "we need to", "even if those people don't", "let's": a clause, not a source
    low = phrase.lower()
    whole = Span(start, end)
    words = phrase.split()
    if len(words) > 12 or any(w.lower().strip(",") in _EN_VERBS for w in words):
        return None
    peer = _PEER.match(phrase)
    if peer is not None and len(words) >= 2 and all(w[:1].isupper() for w in words[1:]) and len(words) <= 4:
        # "Lord Baker" (a surname) / "Sir Keith" (a given name) / "Dame Ann Lee": the person, under the full name
        rest = " ".join(words[1:])
        full = None
        if len(words) == 2:
            full = (full_name_with_first(reg.text or text, rest) if peer.group(1) in ("Sir", "Dame")
                    else _full_name_before(reg, rest, start))
        name = full or rest
        rec = reg.lookup(name, kinds=("person",))
        return Speaker(rec.name if rec else name, "person", whole, role=peer.group(1).lower(), ent=rec, text=phrase,
                       gender="f" if peer.group(1) in ("Lady", "Dame", "Baroness") else "m")
    pair = _NAME_PAIR.fullmatch(phrase)
    if pair is not None:
        # "Edelstein and Kilian" after "Paul Edelstein and Lutz Kilian": each surname under its full name
        fulls = [_full_name_before(reg, pair.group(i), start) for i in (1, 2)]
        if all(fulls):
            return Speaker(f"{fulls[0]} and {fulls[1]}", "group", whole, text=phrase)
    # "Dr. Ann Lee", and the British forms without the dot ("Mr Obama", "Mrs Parry", "Prof Lee")
    hon = re.match(r"(?:(?:Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Gen|Prof|Lt|Col|Sgt)\.|(?:Dr|Mr|Mrs|Ms|Prof)(?=\s))\s+(?=[A-Z])", phrase)
    if hon and len(words) >= 2:
        # "Dr. Ann Lee": the name without the honorific, which becomes the role
        sp = parse_en(reg, text, start + hon.end(), end, at)
        if sp is not None and sp.kind == "org" and len(sp.name.split()) <= 3:
            # "Mr. Warner" with no first name given before: a person all the same, never an organisation
            rec = reg.lookup(sp.name, kinds=("person",))
            sp = Speaker(rec.name if rec else sp.name, "person", sp.span, ent=rec, text=sp.text)
        if sp is not None and sp.kind == "person":
            sp.role = sp.role or full_role(hon.group().strip())
            sp.gender = {"Mr": "m", "Mrs": "f", "Ms": "f"}.get(hon.group().strip().rstrip("."))
        return sp
    if 2 <= len(words) <= 3 and words[0].lower() in _SURNAME_PARTICLES and all(w[:1].isupper() for w in words[1:]):
        # "de Miranda", "van Sebille" (capitalised opening a sentence): a surname with its particle, a person
        # (its fuller form found later)
        name = " ".join([words[0].lower(), *words[1:]])
        rec = reg.lookup(name, kinds=("person",))
        return Speaker(rec.name if rec else name, "person", whole, ent=rec, text=phrase)
    if words[0].lower() in _EN_NOT_SUBJECT or words[-1].lower() in _EN_PARTICLES:
        return None  # "At the (reported pricing)", "If the": a clause opener, not a source
    lw = [w.lower().strip(",") for w in words]
    if all(w in en["lead"] or w in _EN_NOT_SUBJECT for w in lw):
        return None  # "but", "and then": a conjunction or adverb alone names nobody
    said = _SAID_PRONOUN_WHOLE.fullmatch(phrase)
    if said and said.group(1).strip():  # "Reeves said he (thought …)": the one who said it
        return parse_en(reg, text, start, start + len(said.group(1)), at)
    pro = _PRONOUN_LED.match(phrase)
    if pro and len(words) > 1:  # "He then started to", "He’d (told …)": the pronoun is the subject
        return parse_en(reg, text, start, start + len(pro.group(1)), at)
    if low in en["pron_person"]:
        rec = salient_person(reg, reg.text or text, start, {"he": "m", "she": "f"}.get(low))
        if rec is not None:  # resolved here by salience; the registry records the mention
            return Speaker(rec.name, "person", whole, role=rec.role, org=rec.org, ent=rec, text=phrase)
        return Speaker(phrase, "pronoun", whole, text=phrase)
    if low in en["pron_group"]:
        return Speaker(phrase, "pronoun_group", whole, text=phrase)
    if len(words) > 1 and lw[0] in ("he", "she", "they", "we", "i", "it", "you"):
        return None  # "she started to get comments": a pronoun and its clause, not a source phrase
    if low == "it":
        # "It said …" after an organisation: the one the nearest sentence names first
        rec = salient_any_org(reg, reg.text or text, start)
        if rec is not None:
            return Speaker(rec.name, "org", whole, ent=rec, text=phrase)
        return Speaker(phrase, "anaphor", whole, text=phrase)  # resolved in order; dropped if it names nobody
    if low in en["stop"] or low.split()[0] in ("it", "this", "which", "who", "that", "there"):
        return None
    if low in en["anaphor_role"]:
        role = low.split(" ", 1)[1]
        if reg.last(start, ("person",), role=role) is None:
            rec = described_person(reg, reg.text or text, lw[-1], start)
            if rec is not None:  # "the senator" after "Ann Lee, who was elected senator in 2012"
                return Speaker(rec.name, "person", whole, role=rec.role, org=rec.org, ent=rec, text=phrase)
        return Speaker(phrase, "role", whole, role=role, text=phrase)
    if lw[0] == "the" and 2 <= len(words) <= 3 and low not in en["anaphor_org"] and not lw[-1].endswith("s") \
            and lw[-1] not in en["org_words"] and lw[-1] not in _GENERIC_FIRM and re.fullmatch(r"[A-Za-z\- ]+", phrase) \
            and not re.fullmatch(r"[A-Z]{2,7}", words[-1]):  # "the BBA" is a body, not the person it describes
        rec = described_person(reg, reg.text or text, lw[-1], start)
        if rec is not None:  # "the Republican" after "Joan Pike, Republican of Ohio"
            return Speaker(rec.name, "person", whole, role=rec.role, org=rec.org, ent=rec, text=phrase)
    if lw[0] == "the" and len(words) == 3 and words[1].isalpha() and words[1].islower() and lw[-1] in _BODY_HEADS \
            and lw[1] not in en["groups"]:
        # "the lobby group", "the advocacy organisation", "the rights body": the organisation the nearest sentence
        # names, described by its kind
        rec = (salient_org if lw[-1] in ("firm", "company") else salient_any_org)(reg, reg.text or text, start)
        if rec is not None and rec.name.lower() not in low:
            return Speaker(rec.name, "org", whole, ent=rec, text=phrase)
    if low in en["anaphor_org"]:
        if lw[-1] in _GENERIC_FIRM:
            # "the company": any firm may be called so; the one the nearest sentence names first
            rec = salient_org(reg, reg.text or text, start)
            if rec is not None:
                return Speaker(rec.name, "org", whole, ent=rec, text=phrase)
        return Speaker(phrase, "anaphor", whole, text=phrase, head=words[-1].lower())
    if lw[0] == "the" and 3 <= len(words) <= 5 and words[1][:1].isupper() and all(w.islower() for w in words[2:]) \
            and lw[-1] in en["org_words"] and not lw[1].endswith(("'s", "’s")):
        # "the Russian space agency", "the Dutch carmaker": a description of the body the nearest sentence names
        rec = salient_any_org(reg, reg.text or text, start)
        if rec is not None and lw[-1] in _PUBLIC_HEADS and rec.name.split()[-1].lower().strip(".,") in _CORPORATE:
            rec = None  # "the Russian space agency" is no "Velkor Aerospace Corp."
        if rec is not None and rec.name.lower() not in low:
            return Speaker(rec.name, "org", whole, ent=rec, text=phrase)
    if lw[0] == "the" and len(words) <= 4 and all(w.islower() for w in words[1:]) and lw[-1] in en["org_words"]:
        # "the utilities commission": a definite description of an organisation named earlier
        return Speaker(phrase, "anaphor_head", whole, text=phrase, head=lw[-1])
    # role + name: "InfoNation President Dan McDowell", "company CEO Andy Vesey", "US President Donald Trump"
    role_at = None
    for i in range(len(words)):
        for n in (3, 2, 1):
            if i + n <= len(words) and " ".join(lw[i:i + n]) in en["roles"]:
                role_at = (i, i + n)
                break
    if role_at and role_at[1] < len(words):
        name_words = words[role_at[1]:]
        if all(w[:1].isupper() for w in name_words) and len(name_words) <= 4 and not _en_orgish(" ".join(name_words)):
            name = " ".join(name_words)
            nstart = start + phrase.index(name, len(" ".join(words[: role_at[1]])))
            org = " ".join(words[: role_at[0]]).strip() or None
            if org and org.lower() in ("the", "a", "an"):
                org = None
            if org:
                org = re.sub(r"^(?:the|The)\s+", "", org)
                org = re.sub(r"['’]s?$", "", org)
            rec = None
            if len(name_words) == 1:  # "Oceanographer Pattiaratchi" after "Charitha Pattiaratchi": the full name
                full = _full_name_before(reg, name, start)
                rec = reg.lookup(full, kinds=("person",)) if full else None
                name = rec.name if rec else full or name
            return Speaker(name, "person", Span(nstart, nstart + len(name_words[0]) if len(name_words) == 1
                                                 else nstart + len(name)),
                           role=full_role(" ".join(words[role_at[0]:role_at[1]])), org=org, ent=rec, text=phrase)
    if len(words) == 1 and lw[0] in en["groups"] and not reg.lookup(phrase):
        return Speaker(phrase, "group", whole, text=phrase)  # "Analysts said": capitalised, still a group
    lower = [i for i, w in enumerate(words) if not w[:1].isupper() and w != "&" and lw[i] not in _EN_PARTICLES]
    if lower and lower[-1] < 4 and lower[-1] + 1 < len(words) and words[lower[-1] + 1][:1].isupper() \
            and ((lw[lower[-1]] not in en["groups"] and lw[0] not in ("the", "a", "an"))
                 or len(words) - lower[-1] - 1 >= 2) \
            and all(w[:1].isupper() or w == "&" or w.lower() in _EN_PARTICLES for w in words[lower[-1] + 1:]):
        # "Department store chain Harwood & Co", "furniture retailer Oakfield", "the billionaire Max Ude",
        # "rescue group Project Jonah": the name after its description
        tail = " ".join(words[lower[-1] + 1:])
        if len(tail.split()) >= 2 or _en_orgish(tail) or reg.lookup(tail) or lw[lower[-1]] in _EN_DESCRIPTOR_HEADS:
            return parse_en(reg, text, end - len(tail), end, at) if text[end - len(tail):end] == tail else None
    if len(words) == 1 and gender_of_name(phrase) and reg.lookup(phrase, kinds=("org", "group")) is None:
        # a given name alone ("her mother, Fiona, said"): the person, under the full name the article gives
        full = full_name_with_first(reg.text or text, phrase) or phrase
        rec = reg.lookup(full, kinds=("person",))
        return Speaker(rec.name if rec else full, "person", whole, ent=rec, text=phrase, gender=gender_of_name(phrase))
    rec0 = reg.lookup(phrase) if len(words) == 1 else None
    if len(words) == 1 and words[0][:1].isupper() and (rec0 is None or rec0.kind == "person"
                                                       or reg.is_short_org_alias(phrase)) \
            and lw[0] not in en["org_words"]:
        full = _full_name_before(reg, words[0], start)
        if full is None and rec0 is None and re.fullmatch(r"[A-Z][a-z][\w'’\-]+", words[0]):
            later = fuller_name(reg.text or text, words[0])
            if later is not None and len(later.split()) == 2 and is_given_name(later.split()[0]):
                full = later  # '"…," Hamilton explained' with "Lewis Hamilton" written only further on
        if full is not None:  # "Zhao Minghui … Zhao said", "Priya Nandakumar … (later) Nandakumar said"
            rec = reg.lookup(full, kinds=("person",))
            return Speaker(rec.name if rec else full, "person", whole, ent=rec, text=phrase)
    proper = all(w[:1].isupper() or w.lower() in _EN_PARTICLES or w[:1].isdigit() for w in words)
    if proper and len(words) > 1 and lw[0] == "the" and words[1][:1].isupper():
        words = words[1:]  # "the Cycling Trade Association": the name without its article
    if proper and words[0][:1].isupper():
        s = end - len(" ".join(words)) if len(words) < len(phrase.split()) else start
        name = text[s:end]
        person, sep, org_part = name.partition(" of ")
        org_part = re.sub(r"^the\s+(?=[A-Z])", "", org_part)  # "Tom Reilly of the Resolution Foundation"
        if sep and 2 <= len(person.split()) <= 5 and not _en_orgish(person) and org_part[:1].isupper():
            # "Ann Ford of Kell Bank": a person and the organisation they speak for
            inner = parse_en(reg, text, s, s + len(person), at) if len(person.split()) >= 3 else None
            if inner is not None and inner.kind == "person" and inner.role:
                inner.org = inner.org or org_part  # "Senator Ann Ford of Ohio": the title is not the name
                return inner
            rec = reg.lookup(person, kinds=("person",))
            return Speaker(rec.name if rec else person, "person", Span(s, s + len(person)), org=org_part,
                           ent=rec, text=phrase)
        rec = reg.lookup(name)
        if rec is not None:
            return Speaker(name, rec.kind, Span(s, end), ent=rec, text=phrase)
        if _en_orgish(name) or len(words) == 1 or len(words) > 4:
            return Speaker(name, "org", Span(s, end), text=phrase)
        return Speaker(name, "person", Span(s, end), text=phrase)
    if len(words) == 2 and lw[0] == "the" and lw[1] in en["groups"] and lw[1].endswith("s"):
        # "the officials" after "Con Edison officials said": the group named before with that head
        rec = reg.last(start, ("group",), name_has=lw[1])
        if rec is not None and rec.name.lower() != low:
            return Speaker(rec.name, "group", whole, ent=rec, text=phrase)
    if any(w.strip(",.").lower() in en["groups"] for w in words) or lw[-1] in en["roles"]:
        return Speaker(phrase, "group", whole, text=phrase)
    # the frames that call this put the phrase in subject position, so a short plain noun phrase
    # ("farmers and truckers", "local dealers") is a collective source; adverbs and clause words are not
    if len(words) <= 5 and _PLAIN_NP.fullmatch(phrase) and not lw[-1].endswith("ly") \
            and lw[-1] not in en["stop"] and lw[0] not in ("it", "this", "that", "there", "which", "what"):
        return Speaker(phrase, "group", whole, text=phrase)
    return None
