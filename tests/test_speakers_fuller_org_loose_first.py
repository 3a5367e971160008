"""speakers/resolve.py looks for the fuller form of a short organisation name (縣府 -> 某某縣政府) with a pattern
whose compiling is costly; a loose pattern (any character for a name letter) is tried first at each clause
opening, and the exact one is compiled only where the loose one matches. Invented sentences."""

from __future__ import annotations

import importlib

import pytest

resolve = importlib.import_module("extractor.extractors.speakers.resolve")


def test_exact_pattern_not_compiled_when_loose_finds_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    real = resolve._fuller_pattern

    def only_loose(short: str, han: str = resolve._NAME_LETTER):  # type: ignore[no-untyped-def]
        assert han == resolve._ANY_LETTER, "exact pattern compiled"
        return real(short, han)

    monkeypatch.setattr(resolve, "_fuller_pattern", only_loose)
    text = "今天天氣晴朗，市場人潮眾多。店家表示生意不錯，政府也很滿意。"
    assert resolve._fuller_in_text(text, "縣府") is None


def test_fuller_form_still_found() -> None:
    text = "颱風來襲，青山縣政府宣布停班停課。縣府表示，各地已做好準備。"
    assert resolve._fuller_in_text(text, "縣府") == "青山縣政府"


@pytest.mark.parametrize("short", ["縣府", "氣象局", "金星基金會", "市府"])
@pytest.mark.parametrize("text", ["，青山縣政府宣布", "。中央氣象局發布", "，金星文教基金會捐款", "，北海市政府與縣府",
                                  "，縣長與市府", "，白雲市\n政府", "，abc縣府", "，大大大大大氣象局"])
def test_loose_pattern_matches_wherever_the_exact_one_does(short: str, text: str) -> None:
    exact, loose = resolve._fuller_pattern(short), resolve._fuller_pattern(short, resolve._ANY_LETTER)
    for o in range(len(text)):
        if exact.match(text, o):
            assert loose.match(text, o)
