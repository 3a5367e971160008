"""Articles for the store tests, built from text so every span is exact by construction."""

from __future__ import annotations

from extractor.model import Article, Claim, Entity, Metric, Quote, Term


def _span(text: str, needle: str) -> tuple[int, int]:
    i = text.index(needle)
    return (i, i + len(needle))


def make_article(
    id: str, text: str, *, version: str = "0.1.0", published: str | None = "2026-02-02", language: str = "zh-Hant",
    site: str | None = "AI News", url: str | None = None, claims: tuple[tuple[str, str | None], ...] = (),
    quotes: tuple[tuple[str, str | None], ...] = (), metrics: tuple[dict, ...] = (),
    people: tuple[tuple[str, tuple[str, ...]], ...] = (), terms: tuple[tuple[str, str], ...] = (),
) -> Article:
    """claims/quotes: (substring of text, who); metrics: dict(text=substring, **Metric fields); people:
    (canonical name, aliases) whose first mention in text becomes the entity's span."""
    ents = []
    eid = {}
    for n, (name, aliases) in enumerate(people):
        eid[name] = f"e{n + 1}"
        spans = [_span(text, name)] if name in text else []
        ents.append(Entity(id=f"e{n + 1}", name=name, kind="person", aliases=list(aliases), spans=spans))
    return Article(
        extractor_version=version, id=id, language=language, published=published, site=site, text=text,
        source={"url": url or f"https://news.example.com/{id}"},
        claims=[Claim(text=t, span=_span(text, t), claimant=w, entity_id=eid.get(w or "")) for t, w in claims],
        quotes=[Quote(text=t, span=_span(text, t), kind="direct", speaker=w, cue="指出", entity_id=eid.get(w or ""))
                for t, w in quotes],
        metrics=[Metric(span=_span(text, m["text"]), **m) for m in metrics],
        terms=[Term(zh=zh, en=en, text=f"{zh}({en})", span=_span(text, f"{zh}({en})")) for zh, en in terms],
        entities=ents,
    )


TUSK_TEXT = (
    "領頭發出謹慎呼聲的是Tusk Ventures的執行長Bradley Tusk,他指出人工智慧生態系中愈來愈明顯的結構性風險。"
    "Tusk指出他所稱的「循環支出」——也就是許多人工智慧公司的營收,主要來自回流到生態系的風投資金。"
    "「我們看到一個封閉迴圈,新創公司募資後再拿錢去向那些投資它們的科技巨頭購買雲端額度,」Tusk指出。"
    "全球資本支出(capital expenditure)約5,000億美元。"
)
TUSK_CLAIM = "Tusk指出他所稱的「循環支出」——也就是許多人工智慧公司的營收,主要來自回流到生態系的風投資金"
TUSK_QUOTE = "我們看到一個封閉迴圈,新創公司募資後再拿錢去向那些投資它們的科技巨頭購買雲端額度,"


def tusk_article(id: str = "ai-roi-bubble", **kw: object) -> Article:
    return make_article(
        id, TUSK_TEXT, claims=((TUSK_CLAIM, "Bradley Tusk"),), quotes=((TUSK_QUOTE, "Bradley Tusk"),),
        metrics=({"text": "約5,000億美元", "value": 5e11, "unit": "USD", "qualifier": "approx", "label": "全球資本支出",
                  "kind": "money", "fact_id": "capex-2026"},),
        people=(("Bradley Tusk", ("Tusk",)),), terms=(("資本支出", "capital expenditure"),), **kw,
    )


# The same claim reported in Simplified script by another outlet, with different punctuation.
SIMP_TEXT = "科技评论:Tusk指出他所称的“循环支出”——也就是许多人工智能公司的营收,主要来自回流到生态系的风投资金。" \
            "报道称全球资本支出约5000亿美元。"
SIMP_CLAIM = "Tusk指出他所称的“循环支出”——也就是许多人工智能公司的营收,主要来自回流到生态系的风投资金"


def simplified_article(id: str = "cn-tusk", **kw: object) -> Article:
    return make_article(
        id, SIMP_TEXT, language="zh-Hans", published="2026-02-05", site="科技日报",
        url=f"https://tech.example.cn/{id}", claims=((SIMP_CLAIM, "Tusk"),),
        metrics=({"text": "约5000亿美元", "value": 5e11, "unit": "USD", "qualifier": "approx", "label": "全球资本支出",
                  "kind": "money", "fact_id": "capex-2026"},), **kw,
    )


EN_TEXT = ("Bradley Tusk, chief executive of Tusk Ventures, warned about Circular Spending in AI. "
           "\"Startups raise money and spend it on cloud credits,\" Tusk said. Global capex is about $500 billion.")


def english_article(id: str = "en-tusk", **kw: object) -> Article:
    return make_article(
        id, EN_TEXT, language="en", published="2026-01-30", site="Wire", url=f"https://wire.example.org/{id}",
        claims=(("warned about Circular Spending in AI", "Bradley Tusk"),),
        quotes=(("Startups raise money and spend it on cloud credits,", "Bradley Tusk"),),
        metrics=({"text": "about $500 billion", "value": 5e11, "unit": "USD", "qualifier": "approx",
                  "label": "Global capex", "kind": "money", "fact_id": "capex-2026"},),
        people=(("Bradley Tusk", ("Tusk",)),), **kw,
    )


def filler_article(n: int, version: str = "0.1.0") -> Article:
    text = f"第{n}篇報導:分析師指出,晶片需求第{n}季成長{n % 90 + 5}%,市場預期持續樂觀。"
    return make_article(
        f"filler-{n:05d}", text, version=version, published=f"2025-{n % 12 + 1:02d}-{n % 28 + 1:02d}",
        claims=((f"晶片需求第{n}季成長{n % 90 + 5}%", "分析師"),),
        metrics=({"text": f"{n % 90 + 5}%", "value": float(n % 90 + 5), "unit": "%", "label": "晶片需求",
                  "kind": "percent"},),
    )
