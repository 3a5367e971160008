"""'State Sen. Ann Bly (R-Warren) said …' / '," Rep. Tom Ode (D-Calif.) said': the party-and-place aside after a
name is no part of the speaker; a ticker in brackets ('Quill Corp (QLL.N)') is not such an aside."""

from extractor.testing import quotes_of


def test_party_aside_before_leading_verb() -> None:
    text = ("The budget passed on Friday.\n\n"
            "State Sen. Ann Bly (R-Warren) said the governor had failed to cut taxes for rural families.")
    found = [(q.speaker, q.text) for q in quotes_of(text, language="en") if q.kind == "indirect"]
    assert found == [("Ann Bly", "the governor had failed to cut taxes for rural families")]


def test_party_aside_with_dot_before_trailing_verb() -> None:
    text = ("The budget passed on Friday.\n\n"
            "“We never got the roads we were promised,” Rep. Tom Ode (D-Calif.) said.")
    found = [q.speaker for q in quotes_of(text, language="en") if q.kind == "direct"]
    assert found == ["Tom Ode"]
