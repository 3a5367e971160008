"""English speakers: a profession before a surname is a role and the surname takes the full name given earlier
(Oceanographer Lee -> Mara Lee); a name opening with a lowercase particle (van, de) after an inverted "said"
is still a name (invented sentences)."""

from __future__ import annotations

from extractor.testing import quotes_of


def pairs(text: str) -> list[tuple[str, str | None]]:
    lead = "Headline here\n\nFirst paragraph of the story.\n\n"
    return [(q.text, q.speaker) for q in quotes_of(lead + text, language="en")]


def test_profession_then_surname_takes_the_full_name() -> None:
    got = pairs("Mara Okonkwo, who teaches at the institute, studies tides. "
                "Geologist Okonkwo said the cliffs would keep eroding for decades.")
    assert ("the cliffs would keep eroding for decades", "Mara Okonkwo") in got


def test_inverted_said_before_a_particle_name() -> None:
    got = pairs('Officials said the road would reopen. "The bridge is far too weak to carry trucks now" '
                'said van Dalen, an engineer at the agency.')
    assert ("The bridge is far too weak to carry trucks now", "van Dalen") in got


def test_report_owner_is_the_source() -> None:
    got = pairs("Coastal towns lost jobs last year, according to a Harbor Analytics report in May.")
    assert ("Coastal towns lost jobs last year", "Harbor Analytics") in got


def test_data_maker_is_the_source() -> None:
    got = pairs("Freight volumes fell for a third month, according to data calculated for Reuters by the "
                "Denver-based Institute for Rail Studies.")
    assert ("Freight volumes fell for a third month", "Institute for Rail Studies") in got


def test_honorific_without_period_takes_the_full_name() -> None:
    got = pairs("Prime Minister Harriet Vale spoke in Leeds. Mrs Vale said the budget would protect pensions.")
    assert ("the budget would protect pensions", "Harriet Vale") in got


def test_name_said_pronoun_thought_is_the_name() -> None:
    got = pairs("Analyst Lena Brook spoke at the forum. Brook said she thought the merger was a “marriage of "
                "convenience and nothing more.”")
    assert ("marriage of convenience and nothing more.", "Lena Brook") in got
