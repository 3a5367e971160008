"""The learned choice of the person a Chinese 他 / 她 stands for (speakers/antecedent_zh.py), with invented
sentences, and the committed weights are what the trainer writes."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from extractor.dev import shared_dir
from extractor.extractors.speakers import antecedent_zh
from extractor.testing import make_doc, quotes_of

ROOT = Path(__file__).resolve().parent.parent
# a first coach speaks; a second one is introduced in the next sentence, then "he" speaks: the one just
# introduced, not the last speaker
NEW_PERSON = ("山貓隊總教練王大明表示，這次新人實力平均。"
              "海豚隊總教練李建成已經看完所有新人的影片，他說，首輪若有好捕手一定不會放過。")


def test_he_is_the_person_just_introduced_not_the_last_speaker():
    qs = quotes_of(NEW_PERSON)
    assert [q.speaker for q in qs if q.text.startswith("首輪若有")] == ["李建成"]


def test_without_the_model_the_last_speaker_is_taken(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(antecedent_zh, "_model", lambda: {})
    qs = quotes_of(NEW_PERSON)
    assert [q.speaker for q in qs if q.text.startswith("首輪若有")] == ["王大明"]


def test_a_credit_line_is_marked():
    from extractor.document import Span
    from extractor.extractors.speakers.prescan import prescan

    doc = make_doc("記者陳小明/攝影\n老師表示，今年很辛苦。")
    reg = prescan(doc)
    reg.add("陳小明", "person", Span(2, 5))  # named elsewhere too: still marked where the credit stands
    feats = [f for rec, f in antecedent_zh.scored(reg, len(doc.text) - 3, "m") if rec.name == "陳小明"]
    assert feats and "credit" in feats[0]


def test_no_article_text_leaves_the_choice_to_the_rule():
    from extractor.extractors.speakers.registry import Registry

    assert antecedent_zh.choose(Registry(), 10, "m") is None


@pytest.mark.skipif(not (shared_dir() / "eval/score.py").exists(), reason="the shared scorer is not on this machine")
def test_retraining_writes_the_committed_weights(monkeypatch: pytest.MonkeyPatch):
    for knob in ("L2", "STEPS", "FOLDS"):
        monkeypatch.delenv(knob, raising=False)
    spec = importlib.util.spec_from_file_location("train_ante", ROOT / "benchmarks" / "train_speakers_zh_antecedent.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    committed = (ROOT / "extractor" / "data" / antecedent_zh.MODEL_FILE).read_text("utf-8")
    assert mod.retrain() == committed, "speakers_antecedent_zh.json is not what the trainer writes: retrain, commit"
