"""Quotations laid out as blocks: a list after "X also said:" gives one indirect quote per item, and a
first-person passage without marks inside a third-person article is the block quotation of the person
the paragraph before reports; a first-person article is left alone."""

from __future__ import annotations

from extractor.extractors.quotes import extract_quotes
from extractor.testing import make_doc


def quotes(text: str) -> list[tuple[str, str | None, str]]:
    qs, _ = extract_quotes(make_doc(text))
    return [(q.kind, q.speaker, q.text) for q in qs]


LIST = ("Chancellor Ingrid Vahl visited the shipyard on Monday.\n\n"
        "In a long speech to the workers, Chancellor Vahl also said:\n\n"
        "The yard will get a new dry dock by 2027\n\n"
        "Wages in the sector must rise faster than prices\n\n"
        "The government will not sell its stake in the company\n\n"
        "She left for the capital in the evening.")


def test_list_after_said_colon() -> None:
    out = quotes(LIST)
    items = [(k, sp, t) for k, sp, t in out if t.startswith(("The yard", "Wages", "The government"))]
    assert items == [("indirect", "Ingrid Vahl", "The yard will get a new dry dock by 2027"),
                     ("indirect", "Ingrid Vahl", "Wages in the sector must rise faster than prices"),
                     ("indirect", "Ingrid Vahl", "The government will not sell its stake in the company")]
    assert not any(t.startswith("She left") for _, _, t in out)


BLOCK = ("A bug in a popular chat app lets strangers read private messages, researchers say.\n\n"
         "The flaw was found by security engineer Dana Kowalski, who said the company ignored her report. "
         "She described the problem in a blog post.\n\n"
         "When I first sent the report, nobody at the company answered our emails for six weeks.\n\n"
         "The server keeps every message in a cache that any logged-in account can query.\n\n"
         "We asked them twice to fix it before we went public.\n\n"
         "The company did not reply to a request for comment.")


def test_unmarked_block_quotation() -> None:
    out = quotes(BLOCK)
    block = [t for k, sp, t in out if k == "direct" and sp == "Dana Kowalski"]
    assert block == ["When I first sent the report, nobody at the company answered our emails for six weeks.",
                     "The server keeps every message in a cache that any logged-in account can query.",
                     "We asked them twice to fix it before we went public."]


def test_first_person_article_has_no_block_quotes() -> None:
    text = ("I have used the new headset for a week, and my eyes still hurt.\n\n"
            "We tested it in our office with three colleagues.\n\n"
            "The maker, Lumen Labs, said the lenses would improve. Its founder Omar Haddad said so too.\n\n"
            "I am not convinced that the second version will fix it.")
    assert all(k != "direct" for k, _, _ in quotes(text))
