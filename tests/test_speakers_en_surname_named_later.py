"""A bare surname that speaks before the article gives the full name ('"…," Kovacs explained' … 'a photo posted
by Hal Kovacs') is that person, under the full name, not an organisation called Kovacs; a capitalised
sentence opener ('Both Kovacs and …') is no given name."""

from extractor.testing import quotes_of


def test_surname_before_the_full_name_is_the_person() -> None:
    text = ("The champion withdrew from practice.\n\n"
            "\"I have not been well with a fever this week,\" Kovacs explained on his blog.\n\n"
            "Both Kovacs and his teammate always speak to reporters on Thursdays.\n\n"
            "A photo posted by Hal Kovacs showed the damaged car outside the hotel.")
    found = [q.speaker for q in quotes_of(text, language="en") if q.kind == "direct"]
    assert found == ["Hal Kovacs"]
