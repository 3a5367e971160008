"""The output schema: pydantic models exactly as in the scoring contract, plus what users need.

Field names and meanings of ``Article``, ``Metric``, ``Quote``, ``Claim`` and ``Term`` follow
``shared/eval/CONTRACT.md``; everything else is additive. ``schemas/article.schema.json`` is generated
from these models (``extractor schema``) and a test fails when it drifts.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

Qualifier = Literal["exact", "approx", "over", "under", "at_least", "at_most"]
Per = Literal["year", "half", "quarter", "month", "week", "day", "hour"]
SpanT = tuple[int, int]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)


class Warning(_Model):  # noqa: A001 - the name users see in the JSON
    """A degradation recorded as data: a fallback used, text too short, an unsure unit, ..."""

    code: str = Field(description="W1xx ingest, W2xx normalize, W3xx extract")
    stage: str = Field(description="the pipeline stage that recorded it", examples=["ingest", "metrics"])
    message: str = Field(description="what happened, in words")


class Metric(_Model):
    text: str = Field(description="surface form as it stands in text, e.g. '約 5,000 億美元'")
    span: SpanT = Field(description="[start, end) character offsets of `text` in the article text", examples=[[1751, 1762]])
    value: float | None = Field(None, description="point value in base units (null for a range)", examples=[5.0e11])
    low: float | None = Field(None, description="lower bound of a range in base units, else null")
    high: float | None = Field(None, description="upper bound of a range in base units, else null")
    unit: str = Field("", description="ISO 4217 code, '%', 'pp', 'bp', '' for counts, else as written")
    qualifier: Qualifier = Field("exact", description="how the figure is hedged: exact, approx (約, about), over (超過, more than), under (不到, less than), at_least, at_most")
    per: Per | None = Field(None, description="rate period (每年, /Year -> year), or null when the figure is not a rate")
    label: str | None = Field(None, description="what is measured, in the article's words")
    label_span: SpanT | None = Field(None, description="offsets of `label` when it is taken from the text")
    period: str | None = Field(None, description="reference period, e.g. '2026 Estimates', '2026年'")
    kind: Literal["money", "percent", "count", "measure"] = Field("count", description="money (a currency code), percent (%, pp, bp), count (things), measure (any other unit)")
    fact_id: str | None = Field(None, description="shared by metrics that state the same fact (cross-lingual pairs)")
    id: str | None = Field(None, description="item id within the article: m1, m2, ...", examples=["m5"])


class Quote(_Model):
    text: str = Field(description="the quoted words without quotation marks")
    span: SpanT = Field(description="[start, end) offsets of `text` in the article text")
    kind: Literal["direct", "indirect"] = Field(description="direct: inside quotation marks; indirect: reported speech after a cue")
    speaker: str | None = Field(None, description="canonical speaker: the full name when the article gives it, else the words naming the source", examples=["Bradley Tusk"])
    cue: str | None = Field(None, description="the reporting word", examples=["指出", "said"])
    speaker_span: SpanT | None = Field(None, description="offsets of the speaker mention at this quote")
    speaker_text: str | None = Field(None, description="the speaker as written at this mention")
    speaker_role: str | None = Field(None, description="title or role given with the speaker", examples=["執行長", "analyst"])
    speaker_org: str | None = Field(None, description="organisation given with the speaker")
    entity_id: str | None = Field(None, description="id of the speaker in `entities`")
    id: str | None = Field(None, description="item id within the article: q1, q2, ...")


class Evidence(_Model):
    kind: Literal["metric", "quote"] = Field(description="what kind of item supports the claim")
    id: str = Field(description="the supporting item's id (m… or q…)")
    span: SpanT = Field(description="offsets of the supporting item in the article text")


class Claim(_Model):
    text: str = Field(description="the content clause(s) asserted, without claimant, cue or quotation marks")
    span: SpanT = Field(description="[start, end) offsets of `text` in the article text")
    claimant: str | None = Field(None, description="who holds it (person, organisation, group), or null for the article's own voice", examples=["多頭", "analysts"])
    claimant_span: SpanT | None = Field(None, description="offsets of the claimant mention")
    cue: str | None = Field(None, description="the stance or reporting word", examples=["認為", "warned"])
    hedge: str | None = Field(None, description="hedge word: 可能, 恐, may, could ...")
    evidence: list[Evidence] = Field(default_factory=list, description="metrics and quotes in the same passage that support it")
    entity_id: str | None = Field(None, description="id of the claimant in `entities`")
    id: str | None = Field(None, description="item id within the article: c1, c2, ...")


class Term(_Model):
    zh: str = Field(description="Chinese form, Traditional (Taiwan) script")
    en: str | None = Field(None, description="the English form", examples=["artificial intelligence"])
    abbr: str | None = Field(None, description="the abbreviation", examples=["GPUs"])
    text: str | None = Field(None, description="the gloss as it stands in text")
    span: SpanT | None = Field(None, description="offsets of `text` in the article text")
    zh_hans: str | None = Field(None, description="the Chinese form as written on a Simplified page")


class Entity(_Model):
    id: str = Field(description="entity id within the article: e1, e2, ...")
    name: str = Field(description="canonical (fullest) name")
    kind: Literal["person", "org", "group"] = Field(description="person, organisation, or a group (分析師, 多頭, analysts)")
    aliases: list[str] = Field(default_factory=list, description="other forms used in the article (surname, pronoun-free mentions)")
    spans: list[SpanT] = Field(default_factory=list, description="offsets of every mention")
    role: str | None = Field(None, description="title or role")
    org: str | None = Field(None, description="organisation the person speaks for")
    en: str | None = Field(None, description="English name given in a gloss, e.g. 沃克（Kent Walker）")


class TableCellOut(_Model):
    text: str = Field(description="cell text as it stands in the article text")
    span: SpanT = Field(description="offsets of the cell in the article text")
    header: bool = Field(False, description="true for a header cell")


class TableOut(_Model):
    caption: str | None = Field(None, description="the table caption, if any")
    rows: list[list[TableCellOut]] = Field(description="rows of cells in reading order")


class Source(_Model):
    url: str | None = Field(None, description="the page URL given with the input (record url, WARC-Target-URI, --url)")
    canonical_url: str | None = Field(None, description="the page's own canonical URL (<link rel=canonical>, og:url)")
    path: str | None = Field(None, description="the input file the article was read from")
    fetched: str | None = Field(None, description="when the page was fetched (WARC-Date), ISO 8601")


class Article(_Model):
    schema_version: str = Field(SCHEMA_VERSION, description="version of this output schema")
    extractor_version: str = Field(description="version of the extractor that wrote the article")
    id: str = Field(description="the input id, unchanged (file name without extension for files)")
    title: str | None = Field(None, description="headline (record title, <h1>, og:title, <title> without the site name)")
    published: str | None = Field(None, description="publication date, ISO 8601 date or datetime", examples=["2026-02-02"])
    language: str = Field(description="BCP 47 language of the text", examples=["zh-Hant", "zh-Hans", "en"])
    site: str | None = Field(None, description="site or outlet name", examples=["經濟日報"])
    authors: list[str] = Field(default_factory=list, description="bylines")
    category: str | None = Field(None, description="the section or category the input record gives (JSON Lines `category`)")
    source: Source = Field(default_factory=Source, description="where the input came from")
    text: str = Field(description="normalized main text; every span points into it")
    metrics: list[Metric] = Field(default_factory=list, description="figures with value, unit, qualifier and label")
    quotes: list[Quote] = Field(default_factory=list, description="direct and indirect quotes with their speakers")
    claims: list[Claim] = Field(default_factory=list, description="disputable assertions with their claimants")
    terms: list[Term] = Field(default_factory=list, description="bilingual glosses such as 人工智慧(artificial intelligence)")
    entities: list[Entity] = Field(default_factory=list, description="people, organisations and groups named")
    tables: list[TableOut] = Field(default_factory=list, description="data tables found in the page")
    warnings: list[Warning] = Field(default_factory=list, description="degradations recorded as data (code, stage, message)")
    producers: dict[str, int] = Field(default_factory=dict, description="stage name -> stage version")
