"""Sources named by a role or a group, not a name: a description before the group (…的農友), a manner adverb
after it (網友諷刺地), a passive agent (遭外界質疑) and "有" before a group (也有評論者) (invented sentences)."""

from __future__ import annotations

import pytest

from extractor.extractors.quotes import extract_quotes
from extractor.testing import make_doc


def pairs(text: str) -> list[tuple[str, str | None]]:
    doc = make_doc(text)
    quotes, _ = extract_quotes(doc)
    return [(q.text, q.speaker) for q in quotes]


@pytest.mark.parametrize(("text", "expected"), [
    ("已經開始種植的農友說，今年的收成比往年差了三成。", ("今年的收成比往年差了三成", "農友")),
    ("網友諷刺地表示，這根本是在浪費公帑。", ("這根本是在浪費公帑", "網友")),
    ("自救會成員表示，業者長期排放廢水。", ("業者長期排放廢水", "自救會成員")),
    ("也有評論者指出政府的補助政策已經失靈。", ("政府的補助政策已經失靈", "評論者")),
    ("前市長王大明遭外界質疑涉及利益輸送。", ("涉及利益輸送", "外界")),
    ("更有人認為，這支球隊撐不完一個賽季。", ("這支球隊撐不完一個賽季", "有人")),
])
def test_unnamed_source_speaks(text: str, expected: tuple[str, str]) -> None:
    assert expected in pairs(text)


def test_cue_then_will_is_no_noun() -> None:
    # 表示會…: "會" after a cue is the content's modal verb, not a noun such as 說明會
    assert ("會進一步放寬外資的限制", "李大同") in pairs("院長李大同也表示會進一步放寬外資的限制。")
