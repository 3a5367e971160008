"""A reporter named in a credit line (記者王小明/攝影) is no person of the story (speakers/prescan._credit),
with invented sentences."""

from __future__ import annotations

import importlib

import pytest

from extractor.extractors.speakers.prescan import prescan
from extractor.testing import make_doc, quotes_of

TEXT = "球隊總教練李大同今天表示，今年目標是拿下冠軍。\n記者王小明／攝影\n他也說，球員們這一季都很努力。"


def test_a_credited_reporter_is_not_registered():
    doc = make_doc(TEXT)
    assert prescan(doc).lookup("王小明") is None


def test_he_after_a_credit_line_is_the_coach():
    assert [q.speaker for q in quotes_of(TEXT)] == ["李大同", "李大同"]


def test_a_reporter_quoted_in_the_story_is_still_a_person():
    doc = make_doc("記者王小明表示，現場非常混亂。")
    assert prescan(doc).lookup("王小明") is not None


def test_without_the_check_the_reporter_is_registered(monkeypatch: pytest.MonkeyPatch):
    prescan_mod = importlib.import_module("extractor.extractors.speakers.prescan")
    monkeypatch.setattr(prescan_mod, "_credit", lambda text, folded, start, end: False)
    assert prescan(make_doc(TEXT)).lookup("王小明") is not None
