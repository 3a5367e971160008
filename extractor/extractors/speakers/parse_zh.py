"""Chinese speaker phrases: the words before a cue analysed into organisation, role and name
(台新投顧副總黃文清, 中華徵信所, 立委余宛如), pronouns, anaphors and groups."""

from __future__ import annotations

import re

from ...document import Span
from .described_name_zh import described_name
from .lexicon import _HAN, _zh
from .names_zh import (
    _cue_re,
    _is_titled_name,
    _is_zh_name,
    _name_after_title,
)
from .parse_en import _en_orgish
from .registry import EntityRec, Registry, Speaker
from .sources_zh import parse_source
from .tidy_zh import tidy_source
from .zh_words import is_clause, opens_modifier, words

# a manner adverb before the cue (非常明顯地, 信心滿滿地), but not a place ending in 地 (當地, 土地)
_MANNER = re.compile(r"(?:非常|很|十分|相當|極為|頗為|更|也)?[^，。、「」\s]{2,4}地$")
_PLACES = ("在地", "當地", "各地", "本地", "土地", "外地", "內地", "基地", "產地", "大地", "陸地", "原地", "兩地", "異地", "天地", "園地", "場地", "營地", "高地", "山地", "林地", "農地", "綠地", "濕地", "腹地", "重地", "境地", "田地")


def _manner_end(folded: str, start: int, end: int) -> int | None:
    """Where a manner adverb ending in 地 starts at the end of a phrase (非常明顯地), or None (當地, 土地)."""
    if folded[end - 2:end] in _PLACES:
        return None
    for s in range(max(start + 2, end - 7), end - 2):
        if _MANNER.fullmatch(folded, s, end):  # the longest adverb that leaves a speaker (網友諷刺地)
            return s
    return None


_TRAIL_REACH = 24  # longer than any match of lexicon.py's "trail" (its longest alternative, 透過…時, is 19)


def _trim_zh(text: str, folded: str, start: int, end: int) -> tuple[int, int]:
    """Drop connectives before and adverbs / time words after a speaker phrase (但于學軍也 -> 于學軍)."""
    zh = _zh()
    for _ in range(6):
        while start < end and folded[start] in " 　\t」』”\"":
            start += 1  # 」教育部也(坦承): a closing mark glued before the speaker
        while end > start and folded[end - 1] in " 　\t":
            end -= 1
        m = zh["lead"].match(folded, start, end)
        if m and m.end() < end:
            start = m.end()
            continue
        if folded[start] == "有" and (zh["group_end"].search(folded, start + 1, end)
                                     or zh["report_end"].search(folded, start + 1, end)) and end - start <= 10:
            start += 1  # 有分析師(警告): "there are analysts who" -> the group
            continue
        m = _cue_re().search(folded, start + 2, end) if end - start > 2 else None
        if m and m.end() == end and not zh["roles"].search(folded, m.start(), end):
            end = m.start()  # 新聞稿澄清(指出): a first cue before the one that introduces the words
            continue
        m = _manner_end(folded, start, end)
        if m is not None:
            end = m  # 葉倫非常明顯地(表示), 信心滿滿地(說): a manner adverb
            continue
        # a trailing word or time phrase is at most _TRAIL_REACH long: searching only the phrase's tail finds
        # the same leftmost match, without trying every position of a long phrase
        m = zh["trail"].search(folded, max(start, end - _TRAIL_REACH), end)
        if m and m.start() == start:  # 在野黨團則: the leftmost trail match is the whole phrase; try past it
            m = zh["trail"].search(folded, max(start + 1, end - _TRAIL_REACH), end)
        if m and m.start() > start:
            end = m.start()
            continue
        break
    return start, end


_THIS_BODY = re.compile(r"(?:該|此|這個|這家)([\u4e00-\u9fff]{2,4})")


def parse_zh(reg: Registry, text: str, folded: str, start: int, end: int, at: int) -> Speaker | None:
    """Analyse the Chinese phrase ``text[start:end]`` that stands before a cue; None if it names no source.
    A body or group taken as written keeps only its name (``tidy_zh``)."""
    sp = _parse(reg, text, folded, start, end, at)
    return tidy_source(sp, text, folded) if sp is not None else None


def _parse(reg: Registry, text: str, folded: str, start: int, end: int, at: int) -> Speaker | None:
    end0 = end
    zh = _zh()
    start, end = _trim_zh(text, folded, start, end)
    if end < end0 and _ends_with_titled_name(folded, start, end0, end):
        end = end0  # 汐止在地青年律師代表黃靖芸: "在…" was part of the description, not where it was said
    if end - start < 1 or end - start > 80:
        return None
    phrase, fphrase = text[start:end], folded[start:end]
    whole = Span(start, end)
    m = _COUNTED.match(fphrase) or _AGE.match(fphrase)
    if m and m.end() < len(fphrase):  # 1名政治觀察人士, 兩位學者: the count is not part of the source's name
        return parse_zh(reg, text, folded, start + m.end(), end, at)
    if zh["quantified_group"].fullmatch(fphrase):
        return Speaker(phrase, "group", whole, text=phrase)  # 其他網友, 不少學者: a share of a group speaks
    if _SURNAMED.fullmatch(fphrase) and fphrase[0] in zh["surnames"] and not _stops(fphrase[2:]) \
            and not _clause_words(fphrase[2:], named=True):
        return Speaker(phrase, "group", whole, text=phrase)  # 劉姓男子, 林姓雙胞胎兄弟: a person named by surname
    k = fphrase.rfind("的")
    bare = _GLOSS_END.sub("", fphrase)  # 億滋國際公司（Mondelez International）: the ending before the gloss
    if 0 < k < len(bare) - 1 and (fphrase[k + 1:] in zh["pronouns"] or reg.lookup(phrase[k + 1:], kinds=("person",))
                                  or zh["org_end"].search(bare, k + 1) and len(bare) - k - 1 <= 12
                                  and not any(c in zh["stop"] for c in bare[k + 1:-1])):
        return parse_zh(reg, text, folded, start + k + 1, end, at)  # 白髮蒼蒼的他, 72歲的某某: a description, then the person
    if 0 < k < len(bare) - 1 and k + 1 < end - start and not zh["report_end"].search(fphrase):
        # (勞動部的最新統計報告: the report's owner speaks, found below)
        sub = parse_zh(reg, text, folded, start + k + 1, end, at)
        if sub is not None and (sub.kind in ("person", "persons", "surname_role", "role", "group")
                                or sub.kind == "org" and _LATIN_LED.match(sub.name)):
            owner = phrase[:k].strip()
            if sub.kind == "person" and sub.role and sub.org is None and 2 <= len(owner) <= 20 \
                    and not _clause_words(owner, named=True):
                sub.org = owner  # Harbor Capital的執行長Nina Patel: the organisation the title belongs to
            return sub  # 任職逾十年的王老師, 英文科老師小新, 製鞋的Marc Fisher鞋業: a description, then the source
    c = _PASSIVE.search(fphrase)
    if c and c.start() >= 2 and end - start - c.end() >= 2:
        sub = parse_zh(reg, text, folded, start + c.end(), end, at)
        if sub is not None and sub.kind in ("group", "person", "persons"):
            return sub  # 馬英九遭外界(質疑), 公司被員工(控訴): the agent of the passive speaks
    c = zh["telling"].search(fphrase)
    if c and c.start() >= 1:  # 前川告訴法新社(：「…」): the one telling speaks, never the one told
        return parse_zh(reg, text, folded, start, start + c.start(), at)
    c = _towards(fphrase)
    if c >= 2:  # 工廠的員工向美聯社(爆料), 他對記者(說): the one speaking, not the one spoken to
        sub = parse_zh(reg, text, folded, start, start + c, at)
        if sub is not None and (sub.kind in ("person", "persons", "pronoun", "group")
                                or sub.kind == "org" and _named_org(reg, sub.name)):
            return sub
    c = zh["citing"].search(fphrase)
    if c and c.start() >= 2:  # 歐盟引述數字(稱), The Information網站引述消息來源(表示): the one citing speaks
        return parse_zh(reg, text, folded, start, start + c.start(), at)
    src = parse_source(phrase, fphrase, start)
    if src is not None:
        return src  # 據「鏡週刊」(報導), 根據主計總處的統計(指出): the report's owner
    if zh["bad_start"].match(fphrase):
        return None  # 根據X報導 / 被稱為 / 對該領域…: a source phrase or a clause, not the speaker
    if fphrase in zh["pronouns"]:
        # 他們 / 她們: a plural names no one person; the words themselves are the source
        return Speaker(phrase, "group" if fphrase.endswith("們") else "pronoun", whole, text=phrase)
    if fphrase in zh["anaphors"]:
        return Speaker(phrase, "anaphor", whole, text=phrase, head=fphrase if fphrase in zh["anaphor_heads"] else None)
    m = _THIS_BODY.fullmatch(fphrase)
    kind = zh["org_end"].search(m.group(1)) if m else None
    if kind is not None and len(kind.group()) >= 2:
        # 該聯盟 / 該協會 / 此基金會: the body of that kind named before (resolved by its name's ending)
        return Speaker(phrase, "anaphor_head", whole, text=phrase, head=kind.group())
    m = zh["report_end"].search(fphrase)
    if m and len(phrase) <= 12 and not _stops(fphrase) and not re.search(r"[，,：:。]", phrase) \
            and not any(t.startswith(("p", "c", "r")) or t.startswith("v") and not zh["report_end"].fullmatch(w)
                        for w, t in words(fphrase[:m.start()])):
        return Speaker(phrase, "group", whole, text=phrase)  # 最新統計調查(顯示), 科學研究(指出): the study speaks
    if "、" in phrase:
        parts: list[Speaker] = []
        pos = start
        for piece in phrase.split("、"):
            sp = parse_zh(reg, text, folded, pos, pos + len(piece), at) if piece else None
            pos += len(piece) + 1
            if sp is None or sp.kind != "person":
                parts = []
                break
            parts.append(sp)
        if parts:
            return Speaker("、".join(p.name for p in parts), "persons", whole, text=phrase)
    # a descriptor before an organisation: 外資摩根士丹利, 信評機構穆迪
    m = zh["descriptor"].match(fphrase)
    if m and 2 <= len(bare) - m.end() <= 12 and not any(c in zh["stop"] for c in bare[m.end():]):
        rest = phrase[m.end():]
        if not zh["group_end"].search(folded[start + m.end():end]):
            kind = "person" if reg.lookup(rest, kinds=("person",)) else "org"
            return Speaker(rest, kind, Span(start + m.end(), end), role=m.group(), text=phrase)
    # role + name: 國發會經濟發展處處長吳明蕙, Tusk Ventures的執行長Bradley Tusk, Google資深副總裁暨法務長沃克（Kent Walker）
    roles = list(zh["roles"].finditer(fphrase))
    for m in reversed(roles):
        rest = phrase[m.end():].strip()
        frest = fphrase[m.end():].strip()  # the checks read the Traditional view (趙, not 赵)
        if rest and (_is_zh_name(frest) or _is_titled_name(frest)):
            nstart = start + len(phrase) - len(phrase[m.end():].lstrip())
            org = re.sub(r"(?:資深|首席|前任|現任|代理|[的之暨兼、])+$", "", phrase[: roles[0].start()]).strip() or None
            if org and len(org) > 20:
                org = None
            first = roles[0].group()
            if org and first[0] in "部局署院處會府" and not org.endswith(first[0]):
                org += first[0]  # 經濟部長 = 經濟部 + 部長: the title shares the organisation's last character
            return Speaker(rest, "person", Span(nstart, nstart + len(rest)), role=m.group(), org=org, text=phrase)
    sp = _titled_prefix(text, folded, start, end, roles)
    if sp is not None:
        return sp
    sp = _grouped_name(text, folded, start, end)
    if sp is not None:
        return sp
    if roles and roles[-1].end() == len(fphrase) and _org_title(reg, phrase, fphrase, roles[-1]):
        # 英國最高法院法官, 中鋼市研專家: a title of a named body, no name: the last person so titled there,
        # else the body's official as written
        return Speaker(phrase, "role", whole, role=roles[-1].group(), org=phrase[:roles[-1].start()], text=phrase)
    if roles and roles[-1].end() == len(fphrase):
        # surname + title (吳處長) -> that person; a bare title (發言人) -> the last person holding it
        head = phrase[: roles[-1].start()]
        if 1 <= len(head) <= 2 and (head in zh["surnames"] or head in zh["compound"]):
            return Speaker(phrase, "surname_role", whole, role=roles[-1].group(), org=head, text=phrase)
        if not head or re.fullmatch("(?:該|這名|這位|該名|該位)", head):
            return Speaker(phrase, "role", whole, role=roles[-1].group(), text=phrase)
        # an unnamed official of a named body: 商務部有關負責人, 市府相關主管 (the phrase is the source)
        body = re.sub(r"(?:有關|相關)$", "", fphrase[: roles[-1].start()])
        if body != fphrase[: roles[-1].start()] and len(phrase) <= 14 and 2 <= len(body) <= 8 \
                and not any(c in zh["stop"] for c in body):
            return Speaker(phrase, "group", whole, role=roles[-1].group(), org=phrase[: len(body)], text=phrase)
    g = zh["group_end"].search(fphrase)
    if g and g.start() > 4 and any(t == "v" or t.startswith("t") for _, t in words(fphrase[:g.start()])):
        return None  # 新北地院考量當時有媒體(報導): a clause that ends in a group word, not a group
    if zh["group_end"].search(fphrase) and len(phrase) <= 12 and not any(c in "的是" for c in phrase) \
            and (zh["group_end"].fullmatch(fphrase) or not _clause_words(phrase, named=True)):
        return Speaker(phrase, "group", whole, text=phrase)
    rec = reg.lookup(phrase)
    if rec is not None:
        return Speaker(phrase, rec.kind, whole, ent=rec, text=phrase)
    rec = _only_person_starting(reg, phrase)
    if rec is not None:  # 前川 after 前川秀鄉 was named: one person only, else ambiguous and left alone
        return Speaker(rec.name, "person", whole, ent=rec, text=phrase)
    if fphrase in zh["surnames"] or fphrase in zh["compound"]:
        # a surname alone (陳表示) after the full name was given: the last person of that surname
        rec = reg.last(at, ("person",), surname=phrase)
        if rec is not None:
            return Speaker(rec.name, "person", whole, ent=rec, text=phrase)
        # not known yet (named earlier without a title, resolved in text order later): decided by resolve
        return Speaker(phrase, "surname", whole, text=phrase)
    # a clause led by a pronoun or a known name: 他出現在CNBC上(指出), 歐盟引述數字(稱)
    for p in zh["pronouns"]:
        if fphrase.startswith(p):
            return Speaker(phrase[: len(p)], "pronoun", Span(start, start + len(p)), text=phrase)
    for n in range(min(len(phrase), 20), 1, -1):
        rec = reg.lookup(phrase[:n])
        if rec is not None and rec.kind != "group" and (n == len(phrase) or not _glued(phrase, n)):
            if n < len(phrase) and (_subordinate_rest(folded[start + n:end]) or _verb_rest(folded[start + n:end])):
                return None  # 葉倫一向以(預測…), 新北地院考量當時有媒體(報導): a clause the cue is buried in
            named = described_name(text, folded, start + n, end) if rec.kind == "org" and n < len(phrase) else None
            if named is not None:
                return named  # 某賣場公關王小明: the body's spokesperson speaks, not the body
            return Speaker(phrase[:n], rec.kind, Span(start, start + n), ent=rec, text=phrase)
    sp = _subject_before_adverbials(reg, text, folded, start, end, at)
    if sp is not None:
        return sp
    if zh["event_end"].search(fphrase):
        return None  # 舉辦記者會, 旭然股東會: an event, not a source
    m = zh["org_end"].search(fphrase)
    if m and len(phrase) <= 15 and m.start() >= 2 and not _stops(fphrase[:m.start()]) \
            and (zh["group_end"].fullmatch(fphrase) or not _clause_words(phrase, named=True)):
        return Speaker(phrase, "org", whole, text=phrase)  # 中華徵信所: a function character only in the suffix
    if _stops(fphrase):
        return None
    if _is_zh_name(fphrase) and re.search(f"[{_HAN}]", phrase) and len(phrase) >= 3:
        return Speaker(phrase, "person", whole, text=phrase)
    m = _LATIN_MEDIA.fullmatch(phrase)
    if m and m.group(1).strip():  # The Information 網站, Reuters社: a Latin name and what kind of body it is
        return Speaker(m.group(1).strip(), "org", Span(start, start + len(m.group(1).rstrip())), text=phrase)
    if _LATIN_LED.fullmatch(phrase) and not _clause_words(re.sub(r"^[A-Za-z0-9.&'’\- ]+", "", phrase)):
        return Speaker(phrase, "org", whole, text=phrase)  # Marc Fisher鞋業, Google公司: a Latin name and its trade
    bare = _GLOSS_END.sub("", phrase)
    if bare != phrase and 2 <= len(bare) <= 8 and re.fullmatch(f"[{_HAN}]+", bare) and not _clause_words(bare) \
            and not any(c in zh["stop"] for c in bare):
        return Speaker(bare, "org", Span(start, start + len(bare)), text=phrase)  # 臉書（Facebook）
    m = _HAN_THEN_LATIN.fullmatch(phrase)
    if m and (zh["org_end"].search(folded, start, start + m.end(1)) or zh["group_end"].search(folded, start, start + m.end(1))):
        # 資安公司Group IB, 研調機構IDC: what kind of body, then its Latin name
        return Speaker(m.group(2), "org", Span(start + m.start(2), end), role=m.group(1), text=phrase)
    if re.fullmatch(r"[A-Za-z][A-Za-z0-9.&'’\- ]{0,40}", phrase):
        kind = "person" if len(phrase.split()) in (2, 3) and not _en_orgish(phrase) else "org"
        return Speaker(phrase, kind, whole, text=phrase)
    # an organisation by its ending or a short noun: only when the words read as a name, not as a clause
    # (就已經向內部, 訴狀中, 相關說法 are character blocks that end before a cue, not sources)
    if zh["org_end"].search(fphrase) and len(phrase) <= 15 and not _clause_words(phrase, named=True):
        return Speaker(phrase, "org", whole, text=phrase)
    if 2 <= len(phrase) <= 6 and re.fullmatch(f"[{_HAN}A-Za-z0-9《》〈〉&]+", phrase) and not _clause_words(phrase):
        return Speaker(phrase, "org", whole, text=phrase)
    if 3 <= len(phrase) <= 8 and re.fullmatch(f"[{_HAN}]+", phrase) and reg.text.count(phrase, max(0, start - _COUNT_REACH), end + _COUNT_REACH) >= 3 \
            and _boundary_at(folded, start, end) \
            and not any(t.startswith(("d", "p", "c", "u", "r", "t", "m", "f")) for _, t in words(fphrase)):
        return Speaker(phrase, "org", whole, text=phrase)  # 中國勞工觀察 again and again: a name, verbs and all
    g = _GLOSS_END.search(phrase)
    if g and g.start() >= 2:  # 法國國家資訊系統安全局（ANSSI）: the name before the gloss, which may be long
        return parse_zh(reg, text, folded, start, start + g.start(), at)
    return described_name(text, folded, start, end)  # 救生分隊助理幹事吳欽緯: a description the titles miss


_PASSIVE = re.compile(r"(?:遭到|遭|被|受到)")
# how far around a phrase its repetitions are counted (an article's length; keeps long input linear)
_COUNT_REACH = 5000
_GLOSS_END = re.compile(r"\s*[（(][A-Za-z][^（）()]{0,60}[）)]$")


_TEMPORAL_END = re.compile(r"(?:時|之後|之際|期間)$")
_LATIN_LED = re.compile(f"[A-Za-z][A-Za-z0-9.&'’\\- ]{{0,40}}[{_HAN}]{{1,3}}")
_LATIN_MEDIA = re.compile(r"([A-Za-z][A-Za-z0-9.&'’\- ]{0,40}?)\s*(?:網站|網|雜誌|週刊|周刊|社|報|電視台|通訊社)")


_AGE = re.compile(r"[0-9]{1,3}歲(?:的)?")
_SURNAMED = re.compile(f"[{_HAN}]姓[{_HAN}]{{1,6}}")
_HAN_THEN_LATIN = re.compile(f"([{_HAN}]{{2,8}})([A-Z][A-Za-z0-9.&'’\\- ]{{1,40}})")
_COUNTED = re.compile(r"(?:[0-9]+|[一兩二三四五六七八九十數多幾])(?:名|位|個)")


def _stops(s: str) -> bool:
    """True when ``s`` holds a function character (這, 的, 所 …) outside the words of an organisation's
    name that hold one (鄉公所, 研究所)."""
    stop = _zh()["stop"]
    return any(c in stop for c in _zh()["org_inner"].sub("", s))


def _grouped_name(text: str, folded: str, start: int, end: int) -> Speaker | None:
    """A group word, then a name (示範田農友王大同, 網友陳小明): the named person speaks."""
    fphrase = folded[start:end]
    for m in reversed(list(_zh()["group_any"].finditer(fphrase))):
        rest = fphrase[m.end():]
        if m.start() == 0 or not rest or m.start() > 12 or not _is_zh_name(rest) or len(rest) < 3 \
                or _stops(fphrase[:m.start()]):
            continue
        ns = start + m.end()
        return Speaker(text[ns:end], "person", Span(ns, end), role=m.group(), text=text[start:end])
    return None


def _org_title(reg: Registry, phrase: str, fphrase: str, role: re.Match[str]) -> bool:
    """True when the words before a closing title name an organisation (英國最高法院 + 法官)."""
    head, fhead = phrase[:role.start()], fphrase[:role.start()]
    if not 2 <= len(head) <= 14 or _stops(fhead) or _zh()["roles"].search(fhead):
        return False
    if reg.lookup(head, kinds=("org",)) is not None:
        return True
    return _zh()["org_end"].search(fhead) is not None and not _clause_words(head, named=True)


def _clause_words(phrase: str, named: bool = False) -> bool:
    """True when a Han phrase reads as a clause (see ``zh_words.is_clause``); Latin-only phrases never do."""
    return bool(re.search(f"[{_HAN}]", phrase)) and is_clause(phrase, named)


def _titled_prefix(text: str, folded: str, start: int, end: int, roles: list[re.Match[str]]) -> Speaker | None:
    """A titled name opening a longer phrase, the rest being adverbials before the cue:
    臉書執行長祖克柏（Mark Zuckerberg）在他的粉絲專頁上發文(強調), 駐菲代表林松煥今天(說), 大使海理在會中(要求)."""
    for m in roles:
        ns = start + m.end()
        while ns < end and folded[ns] in " \u3000":
            ns += 1  # 總統 川普: a space between title and name
        name = _name_after_title(text, folded, ns, end)
        if name is None:
            continue
        ne = ns + len(name)
        if ne >= end or not opens_modifier(folded[ne:end]):
            continue
        sp_phrase = text[start:ne]
        org = re.sub(r"(?:資深|首席|前任|現任|代理|[的之暨兼、])+$", "", text[start:start + roles[0].start()]).strip() or None
        return Speaker(name, "person", Span(ns, ne), role=m.group(), org=org if org and len(org) <= 20 else None,
                       text=sp_phrase)
    return None


def _subject_before_adverbials(reg: Registry, text: str, folded: str, start: int, end: int, at: int
                               ) -> Speaker | None:
    """A name, then adverbials up to the cue (王大明今天稍早在記者會上, 呂某某信心滿滿地): the name speaks.
    Only a person's name or an organisation with a name ending, so that a clause subject (油價今年上漲…)
    is not taken for a source."""
    pos = 0
    for w, _ in words(folded[start:min(end, start + 20)]):
        pos += len(w)
        if pos < 2 or pos >= end - start:
            continue
        if not opens_modifier(folded[start + pos:end]) and not (
                _TEMPORAL_END.search(folded, start + pos, end) and (_is_zh_name(folded[start:start + pos])
                                                                    and pos >= 3)):
            continue  # 馬英九離開地檢署時(表示): a name, then a time clause of what the person did
        rest = [(w, t) for w, t in words(folded[start + pos:end]) if t != "w"]
        if rest and rest[-1][1].startswith(("c", "p")):
            return None  # IMF今年1月因(預期…): a cue inside a subordinate clause is no attribution
        temporal = _TEMPORAL_END.search(folded, start + pos, end) is not None
        if rest and not rest[0][1].startswith("p") and not temporal \
                and any(t == "v" and len(w) >= 2 for w, t in rest):
            return None  # IMF今年1月…上調經濟(預測): a verb of its own makes it a clause, not adverbials
        head = folded[start:start + pos]
        if not (_is_zh_name(head) and len(head) >= 3 or reg.lookup(text[start:start + pos], kinds=("person",))
                or _zh()["org_end"].search(head) and not _clause_words(head, named=True)):
            return None
        return parse_zh(reg, text, folded, start, start + pos, at)
    return None


def _subordinate_rest(rest: str) -> bool:
    """True when the words between a name and the cue end with a preposition or conjunction (以, 因, 對)."""
    ws = [t for _, t in words(rest) if t != "w"]
    return bool(ws) and ws[-1].startswith(("c", "p"))


def _ends_with_titled_name(folded: str, start: int, end: int, trimmed: int) -> bool:
    """True when ``folded[start:end]`` ends with a title and a name (…律師代表黃靖芸)."""
    core = _GLOSS_END.sub("", folded[start:end])
    for m in _zh()["roles"].finditer(core):
        rest = core[m.end():]
        if start + m.start() < trimmed:
            continue  # the title was kept by the trimming: only a title cut off with its name counts
        if rest and _is_zh_name(rest) and len(rest) in (2, 3):
            return True
    return False


def _boundary_at(folded: str, start: int, end: int) -> bool:
    """True when jieba's words of the phrase and what follows it break at ``end`` (模擬地震發|現 does not)."""
    pos = start
    for w, _ in words(folded[start:min(len(folded), end + 3)]):
        if pos == end:
            return True
        pos += len(w)
        if pos > end:
            return False
    return pos == end


def _towards(fphrase: str) -> int:
    """Where 向/對 (as a word of its own) introduces the person addressed at the end of the phrase, or -1."""
    if "向" not in fphrase and "對" not in fphrase:
        return -1  # no such word can be among its words: skip segmenting the phrase (most phrases)
    pos = 0
    found = -1
    for w, _ in words(fphrase):
        if w in ("向", "對") and 2 <= len(fphrase) - pos - 1 <= 8 and fphrase[pos + 1] not in "外此內於":
            found = pos
        pos += len(w)
    return found


def _named_org(reg: Registry, name: str) -> bool:
    return reg.lookup(name) is not None or _zh()["org_end"].search(name) is not None


def _verb_rest(rest: str) -> bool:
    """True when the words after a name are a clause of their own whose last words are another source
    (新北地院|考量當時有媒體(報導)): that source, not the name, goes with the cue."""
    ws = [(w, t) for w, t in words(rest) if t != "w"]
    return bool(ws) and any(t == "v" and len(w) >= 2 for w, t in ws) and _zh()["group_end"].search(rest) is not None


def _only_person_starting(reg: Registry, phrase: str) -> EntityRec | None:
    """The one registered person whose Han name starts with ``phrase`` (2 characters) and is longer."""
    if not re.fullmatch(f"[{_HAN}]{{2}}", phrase):
        return None
    found = {id(r): r for r in reg.recs if r.kind == "person" and r.name.startswith(phrase)
             and len(re.sub(r"[（(].*$", "", r.name)) > len(phrase)}
    return next(iter(found.values())) if len(found) == 1 else None


def _glued(phrase: str, n: int) -> bool:
    """True when a Latin prefix match runs on into more Latin letters ("Tusk" inside "Tuskegee")."""
    return phrase[n - 1].isascii() and phrase[n - 1].isalpha() and phrase[n].isascii() and phrase[n].isalpha()
