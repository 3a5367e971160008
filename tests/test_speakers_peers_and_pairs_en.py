"""British titles: "Lord Hale" is a surname (the full name given before), "Sir Keith" / "Dame Judi" a given
name (the one "Keith Surname" the article writes); two surnames coordinated ("Edel and Kilner") each take
their full name; a firm named "X and Y" stays as written."""

from __future__ import annotations

from extractor.extractors.quotes import extract_quotes
from extractor.testing import make_doc


def speakers(text: str) -> list[str | None]:
    quotes, _ = extract_quotes(make_doc(text))
    return [q.speaker for q in quotes]


def test_lord_takes_the_surname() -> None:
    assert speakers("Kenneth Hale was trade secretary then. Lord Hale said the tariffs were far too high for "
                    "small firms.") == ["Kenneth Hale"]


def test_sir_takes_the_given_name() -> None:
    assert speakers("Keith Morrow ran the ministry. Sir Keith said the old exams ranked pupils in merit "
                    "order.") == ["Keith Morrow"]


def test_two_surnames_each_expand() -> None:
    assert speakers("Paula Edel and Lutz Kilner wrote the paper. Edel and Kilner said that fuel prices hit "
                    "household spending hard.") == ["Paula Edel and Lutz Kilner"]


def test_firm_with_and_stays() -> None:
    assert speakers("Marks and Spencer said its food sales would rise this winter.") == ["Marks and Spencer"]
