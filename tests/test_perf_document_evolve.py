"""Document.evolve: the copy dataclasses.replace makes, built without calling __init__ per field."""

from __future__ import annotations

import dataclasses

import pytest

from extractor.document import Document, Meta, Span


def _doc() -> Document:
    return Document(doc_id="d1", text="港口吞吐量下滑。", source_text="港口吞吐量下滑。", language="zh-Hant",
                    meta=Meta(title="港口"), sentences=(Span(0, 8),), annotations={"metrics": ()})


def test_evolve_equals_replace_and_leaves_the_original_alone() -> None:
    doc = _doc()
    changes = {"language": "zh-Hans", "folded": "港口吞吐量下滑。", "warnings": ({"code": "W1"},)}
    new = doc.evolve(**changes)
    assert new == dataclasses.replace(doc, **changes)
    assert type(new) is Document and new is not doc
    assert doc.language == "zh-Hant" and doc.warnings == ()
    assert new.annotate("quotes", [1]).annotations == {"metrics": (), "quotes": (1,)}
    assert doc.annotations == {"metrics": ()}
    with pytest.raises(dataclasses.FrozenInstanceError):
        new.text = "x"  # type: ignore[misc]


def test_evolve_refuses_a_name_that_is_not_a_field() -> None:
    with pytest.raises(TypeError, match="no field"):
        _doc().evolve(txt="typo")


def test_evolve_does_not_run_init(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _doc()
    calls = []
    real_init = Document.__init__

    def counting_init(self, *a, **k):  # type: ignore[no-untyped-def]
        calls.append(1)
        real_init(self, *a, **k)

    monkeypatch.setattr(Document, "__init__", counting_init)
    assert doc.evolve(language="en").language == "en"
    assert calls == []


def test_a_subclass_keeps_its_type_and_fields() -> None:
    @dataclasses.dataclass(frozen=True)
    class Tagged(Document):
        tag: str = ""

    doc = Tagged(doc_id="t", text="x", tag="a")
    new = doc.evolve(tag="b", text="y")
    assert type(new) is Tagged and new.tag == "b" and new.text == "y" and doc.tag == "a"
