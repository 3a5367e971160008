"""Fields that quote the article hold the page's own characters, also on Simplified pages."""

from __future__ import annotations

from extractor import Pipeline

HANS = "分析师王大明说，今年房价可能继续上涨。他认为，利率将维持低位。\n经济部官员李小华担心，出口恐放缓。\n"


def test_cues_on_a_simplified_page_are_the_pages_characters():
    art = Pipeline().run(HANS, doc_id="hans")
    assert art.language == "zh-Hans"
    cues = [q.cue for q in art.quotes] + [c.cue for c in art.claims]
    assert cues and {"说", "认为"} <= set(cues)
    for item in list(art.quotes) + list(art.claims):
        for field in ("cue", "speaker_text", "hedge"):
            value = getattr(item, field, None)
            if value:
                assert value in art.text, (field, value)
    assert not {"說", "認為"} & set(cues)
