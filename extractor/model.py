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
    stage: str
    message: str


class Metric(_Model):
    text: str = Field(description="surface form as it stands in text, e.g. '約 5,000 億美元'")
    span: SpanT
    value: float | None = Field(None, description="point value in base units")
    low: float | None = None
    high: float | None = None
    unit: str = Field("", description="ISO 4217 code, '%', 'pp', 'bp', '' for counts, else as written")
    qualifier: Qualifier = "exact"
    per: Per | None = None
    label: str | None = Field(None, description="what is measured, in the article's words")
    label_span: SpanT | None = None
    period: str | None = Field(None, description="reference period, e.g. '2026 Estimates', '2026年'")
    kind: Literal["money", "percent", "count", "measure"] = "count"
    fact_id: str | None = Field(None, description="shared by metrics that state the same fact (cross-lingual pairs)")
    id: str | None = None


class Quote(_Model):
    text: str = Field(description="the quoted words without quotation marks")
    span: SpanT
    kind: Literal["direct", "indirect"]
    speaker: str | None = None
    cue: str | None = None
    speaker_span: SpanT | None = None
    speaker_text: str | None = Field(None, description="the speaker as written at this mention")
    speaker_role: str | None = None
    speaker_org: str | None = None
    entity_id: str | None = None
    id: str | None = None


class Evidence(_Model):
    kind: Literal["metric", "quote"]
    id: str
    span: SpanT


class Claim(_Model):
    text: str
    span: SpanT
    claimant: str | None = None
    claimant_span: SpanT | None = None
    cue: str | None = None
    hedge: str | None = Field(None, description="hedge word: 可能, 恐, may, could ...")
    evidence: list[Evidence] = Field(default_factory=list)
    entity_id: str | None = None
    id: str | None = None


class Term(_Model):
    zh: str = Field(description="Chinese form, Traditional (Taiwan) script")
    en: str | None = None
    abbr: str | None = None
    text: str | None = Field(None, description="the gloss as it stands in text")
    span: SpanT | None = None
    zh_hans: str | None = None


class Entity(_Model):
    id: str
    name: str = Field(description="canonical (fullest) name")
    kind: Literal["person", "org", "group"]
    aliases: list[str] = Field(default_factory=list)
    spans: list[SpanT] = Field(default_factory=list)
    role: str | None = None
    org: str | None = None
    en: str | None = Field(None, description="English name given in a gloss, e.g. 沃克（Kent Walker）")


class TableCellOut(_Model):
    text: str
    span: SpanT
    header: bool = False


class TableOut(_Model):
    caption: str | None = None
    rows: list[list[TableCellOut]]


class Source(_Model):
    url: str | None = None
    canonical_url: str | None = None
    path: str | None = None
    fetched: str | None = Field(None, description="when the page was fetched (WARC-Date), ISO 8601")


class Article(_Model):
    schema_version: str = SCHEMA_VERSION
    extractor_version: str
    id: str
    title: str | None = None
    published: str | None = None
    language: str
    site: str | None = None
    authors: list[str] = Field(default_factory=list)
    category: str | None = Field(None, description="the section or category the input record gives (JSON Lines `category`)")
    source: Source = Field(default_factory=Source)
    text: str
    metrics: list[Metric] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    terms: list[Term] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    tables: list[TableOut] = Field(default_factory=list)
    warnings: list[Warning] = Field(default_factory=list)
    producers: dict[str, int] = Field(default_factory=dict, description="stage name -> stage version")
