"""Reporting-cue patterns, compiled once from the lexicons in ``extractor/data/cues_<lang>.json``."""

from __future__ import annotations

import re
from functools import lru_cache

from ..speakers.lexicon import alternation, lexicon


@lru_cache(maxsize=1)
def _zh_res() -> dict[str, re.Pattern[str]]:
    lx = lexicon("zh")
    cues = alternation(lx["cues"]) + "|" + _finding(lx)
    return {
        "cue": re.compile(cues),
        # cue right before the opening mark: 表示：「 / 說，「 / 指出「
        "cue_before": re.compile(rf"(?P<cue>{cues})\s*[：:，,]?\s*$"),
        # the one told between the cue and the mark: 告訴法新社：「 (the speaker stands before 告訴)
        "tell_before": re.compile(rf"(?P<cue>{alternation(lx['telling'])})[^，。！？：:「」\n]{{1,16}}?[：:，,]\s*$"),
        "cue_end": re.compile(f"(?:{alternation(lx['framing_cues'])})$"),
        "noun_follow": re.compile(alternation(lx["cue_noun_followers"])),
    }


_FINDING_ADVERBS = ("", "也", "則", "更", "亦", "還", "均", "都", "中", "結果", "並", "同時")


def _finding(lx: dict) -> str:
    """顯示 / 發現 as cues only right after a report noun (調查顯示, 研究也發現): a survey's or study's finding
    is reported words; 警方發現 is not. The verb comes first and the look-behinds (noun + adverb + verb, each
    of fixed width) after it, so the pattern still opens with a literal and the regex engine skips ahead fast."""
    out = []
    for v in sorted(lx["finding_cues"], key=lambda w: (-len(w), w)):
        behind = "|".join(f"(?<={re.escape(n + a + v)})" for n in sorted(lx["report_nouns"]) for a in _FINDING_ADVERBS)
        out.append(f"{re.escape(v)}(?:{behind})")  # one branch per verb, each opening with its literal
    return "|".join(out)


@lru_cache(maxsize=2)
def _stance_words(lang: str) -> frozenset[str]:
    lx = lexicon(lang)
    return frozenset(w.lower() for w in lx.get("stance_cues" if lang == "zh" else "stance_verbs", []))


def cue_stance(cue: str | None, lang: str) -> str:
    """"stance" when the cue reports a position the speaker takes (認為, 質疑, argued, warned), else
    "speech" (說, 表示, said, told): claims are positions, so a stance cue marks claim-like words."""
    if not cue:
        return "speech"
    c = cue.strip().lower()
    words = _stance_words("zh" if lang.startswith("zh") else "en")
    if c in words:
        return "stance"
    # 今批評 / 也認為 / "also argued": an adverb before the verb
    return "stance" if any(c.endswith(w) for w in words if len(w) >= 2) else "speech"


@lru_cache(maxsize=1)
def _blocked() -> dict[str, str]:
    blocked: dict[str, str] = lexicon("zh")["cue_blocked_after"]
    return blocked


@lru_cache(maxsize=1)
def _need_comma() -> frozenset[str]:
    return frozenset(lexicon("zh").get("cues_need_comma", []))


@lru_cache(maxsize=1)
def _org_end() -> re.Pattern[str]:
    return re.compile(f"(?:{alternation(lexicon('zh')['org_suffixes'])})$")


@lru_cache(maxsize=1)
def _en_res() -> dict[str, re.Pattern[str]]:
    lx = lexicon("en")
    verbs = alternation(lx["verbs"])
    roles = alternation([r for r in lx["roles"] if r.islower() and " " not in r])
    filler = (r"(?:\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?"
              r"(?:\s+(?:on|in|at|during|this|last|late|earlier|later|in a|to|of|about|after|before|following|"
              r"outside|aboard|from|near|inside|via|by phone|by telephone|by email)\b[^,.;:\"“”]{0,60}?)?")
    # name characters: a dot only inside a word (Edmunds.com) or after an honorific (Dr. Ann Lee, Sen. Warren)
    nm = r"(?:(?:Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Gen|Prof|Lt|Col|Sgt|Jr|St)\.|[^,.;:\"“”]|\.(?=\w)|\.(?=\)))"  # (D-Calif.)
    not_hon = "".join(f"(?<!{h})" for h in "Dr Mr Mrs Ms Sen Rep Gov Gen Prof Lt Col Sgt".split())
    # the person told: "he told reporters", "Smith told The Associated Press"
    obj = (r"(?:(?<=told)\s+(?:reporters|journalists|him|her|them|us|me|(?:the\s+)?[A-Za-z][\w.&'’\-]*"
           r"(?:\s+[A-Z][\w.&'’\-]*){0,3}))?")
    return {
        # a lower-case first letter: "the United States", "Consumer Reports" are names, not reporting verbs
        "verb": re.compile(rf"\b(?=(?-i:[a-z]))(?:{verbs})\b", re.I),
        # "X said(, | that | on Tuesday that)" right before an opening mark or content
        "before": re.compile(rf"(?P<cue>\b(?:{verbs}))\b{obj}{filler}(?:\s*[,:]|\s+that)?\s*$"),
        "according_before": re.compile(r"\b[Aa]ccording to\s+(?P<sp>[^,;\"“”]{1,80}),\s*$"),
        "adding": re.compile(r"\b(?:adding|added|continuing|continued)\s*[,:]?\s*$"),
        # ", said Jessica Caldwell, …" / ", InfoNation President Dan McDowell said"
        "inv": re.compile(rf"(?:^|,)\s*(?P<cue>{verbs})\s+(?P<sp>(?=[A-Z]|(?:van|von|de|da|di|du|del|der|le|la|al|bin|ten|ter)\s+[A-Z]|(?:an?|the|one|two|three)\s|(?:{roles})\s+[A-Z]){nm}{{1,61}}?){not_hon}(?=\s*(?:[,.;:!?]|$)|\s+(?:at|during|after|before|while|when)\s+(?:an?|the|his|her|their)\s+[a-z])"),
        # ", Jessica Caldwell, Edmunds' executive director, said": the name before the appositive
        # (the comma closing the aside may be missing: ", a physical oceanographer in Sydney told Reuters")
        "appos": re.compile(rf"^\s*,?\s*(?P<sp>[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|van|von|de|da|du|der|le|la)){{0,3}}),"
                            rf"\s*[^,;\"“”]{{1,100}}?,?"
                            rf"\s+(?P<cue>{verbs})\b"),
        "post": re.compile(rf"(?:^|,)\s*(?P<sp>{nm}{{1,100}}?)\s+(?P<cue>{verbs})\b{obj}{filler}\s*(?=[,.;:!?]|$)"),
        "according": re.compile(r"(?:^|,\s*)(?P<cue>according to|as reported by)\s+(?P<sp>" + nm + r"{1,100}?)"
                                r"(?=\s*(?:,|\.?$|\.\s))", re.I),
        "according_lead": re.compile(r"^(?P<cue>According to)\s+(?P<sp>[^,;:\"“”]{1,100}?),\s*", re.I),
        # "As Maria Lopez puts it, …": the source's own framing of what follows
        # "As Lorenz later recalled, …", "But, as the committee has pointed out, …", "As Jo Lee, chair of the
        # board, noted in a release, …": any reporting verb, after auxiliaries or adverbs, before a comma
        "as_puts": re.compile(rf"^(?:(?:And|But|Or|So|Yet)\s*,?\s+)?[Aa]s\s+(?P<sp>[^,;:\"“”]{{1,60}}?)"
                              rf"(?:,[^;:\"“”]{{1,100}}?,)?\s+(?:(?:has|have|had|would|will|also|already|once|\w+ly)\s+){{0,3}}"
                              rf"(?P<cue>puts it|put it|{verbs})(?:\s+(?:in|on|at|during|to|earlier|later)\b[^,;:\"“”]{{0,40}}?)?,\s*"),
        # ", saying (in a statement) that …" / ", while arguing that …": a participle frame after the main
        # clause (any participle but "saying" needs its "that")
        "saying": re.compile(r"(?:,|\s[—–])\s*(?:while\s+|by\s+)?(?:(?P<cue>saying)(?:\s+(?:in|on|at|during)\s+[^,;:\"“”]{1,40}?\s+that|"
                             r"\s+that)?|(?P<cue2>" + alternation(_PARTICIPLES) + r")(?:\s+(?:in|on|at|during)\s+"
                             r"[^,;:\"“”]{1,40}?)?(?:\s+that|" + _BARE_AHEAD + r"))\s+"),
        "and_say": re.compile(r"\band\s+(?P<cue>say|says|said)(?:\s+that)?\s+"),
        "subject": re.compile(r"^(?P<sp>(?:The\s+|the\s+)?[A-Za-z][\w'’&.\-]*(?:\s+[\w'’&.\-]+){0,4}?)\s+"
                              r"(?:also\s+|have\s+|has\s+|had\s+)*(?:is|are|was|were|has|have|had|would|could|will|can|did|does|"
                              r"may|might|should|must|\w+ed|wrote|struck|said|told|made|took|gave|went|came|saw|got|ran|held|left|kept|"
                              r"sent|spoke|met|put|set|cut|hit|rose|fell|grew|won|lost|paid|sold|bought|found|brought|"
                              r"stood|began|became|broke|chose|drove|flew|knew|led|read|shook|threw|fought|sought)\b"),
        "src_prefix": re.compile(r"^(?:the|a|an)\s+.*?\b(?:report|data|survey|study|analysis|figures|estimates|"
                                 r"statement|filing)\s+(?:from|by|of)\s+", re.I),
    }


_WORD = re.compile(r"[a-z]+")


# a clause opening without "that" (a subject, then an auxiliary or "be" within a few words): "insisting she was …"
_BARE_AHEAD = (r"(?=\s+(?:the|a|an|it|he|she|they|we|there|this|these|those|his|her|its|their)\s+(?:\S+\s+){0,5}?"
               r"(?:is|are|was|were|will|would|could|can|had|has|have|may|might|should|must)\b)")


@lru_cache(maxsize=1)
def _verb_words() -> frozenset[str]:
    """First words of the reporting verbs, for a cheap "could this sentence report speech?" test."""
    return frozenset(v.split()[0] for v in lexicon("en")["verbs"])


def _determiners() -> frozenset[str]:
    return frozenset(lexicon("en")["determiners"])


@lru_cache(maxsize=1)
def _need_that() -> frozenset[str]:
    return frozenset(lexicon("en").get("verbs_need_that", []))


@lru_cache(maxsize=1)
def _en_same_subject() -> re.Pattern[str]:
    verbs = alternation([v for v in lexicon("en")["verbs"] if v.endswith("ed") or v in ("said", "told", "forecast")])
    # "…, insisting that B": a participle of a second reporting verb, same subject
    part = alternation(_PARTICIPLES)
    # "…, while saying that B" / "…, by saying that B": a subordinating word may open the participle
    return re.compile(rf"(?:,?\s+(?:and|but)\s+(?:also\s+)?|,\s+(?:while\s+|by\s+)?(?=(?:{part})\b))"
                      rf"(?P<cue>{verbs}|{part})(?:\s+(?:in|on|at|during)\s+[^,;:\"“”]{{1,40}}?\s+that|\s+that)?\s+"
                      rf"(?=[a-z]|[A-Z][a-z]*\s+[a-z])")


_PARTICIPLES = ["adding", "insisting", "arguing", "noting", "warning", "claiming", "explaining", "stressing",
                "contending", "predicting", "acknowledging", "conceding", "maintaining", "saying", "suggesting",
                "mentioning", "stating", "asserting", "announcing", "disclosing", "complaining"]
