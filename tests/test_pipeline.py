from pathlib import Path

import pytest

from extractor import Article, ConfigError, InputError, Pipeline, extract
from extractor.export import dumps


def test_extract_from_str_bytes_and_path(tmp_path, seed_text):
    a = extract(seed_text, doc_id="s")
    b = extract(seed_text.encode("utf-8"), doc_id="s")
    p = tmp_path / "page.txt"
    p.write_text(seed_text, "utf-8")
    c = extract(p, doc_id="s")
    assert isinstance(a, Article)
    assert dumps(a) == dumps(b)
    assert a.text == c.text and c.source.path == str(p)
    assert a.language == "zh-Hant"
    assert a.title.startswith("投資人質疑人工智慧")


def test_output_is_deterministic(seed_text):
    assert dumps(Pipeline().run(seed_text, doc_id="x")) == dumps(Pipeline().run(seed_text, doc_id="x"))


def test_default_id_is_a_content_hash(seed_text):
    assert extract(seed_text).id == extract(seed_text).id
    assert extract(seed_text).id != extract(seed_text + "。").id


@pytest.mark.parametrize(
    "source, code",
    [("", "E104"), ("   \n\t ", "E104"), (b"\x00\x01\x02\x03" * 100, "E106"), ("<html><body><nav>x</nav></body></html>", "E105")],
)
def test_bad_input_is_an_input_error_naming_the_input(source, code):
    with pytest.raises(InputError) as err:
        Pipeline().run(source, doc_id="rec-7")
    assert err.value.code == code
    assert "rec-7" in str(err.value) or "<input>" in str(err.value)


def test_input_size_limit():
    with pytest.raises(InputError, match="--max-bytes"):
        Pipeline(max_bytes=100).run("字" * 200, doc_id="big")


def test_missing_file_is_an_input_error():
    with pytest.raises(InputError, match="cannot read file"):
        Pipeline().run(Path("/nonexistent/page.html"))


def test_unknown_stage_fails_before_any_document():
    with pytest.raises(ConfigError, match="unknown stage"):
        Pipeline(["normalize", "sentiment"])


def test_stage_dependencies_are_pulled_in():
    p = Pipeline(["terms"])
    assert p.stage_names[:2] == ["normalize", "segment"]
    art = p.run("廠商搶購圖形處理單元(Graphics Processing Units,GPUs)。", doc_id="t")
    assert art.terms and art.terms[0].abbr == "GPUs"
    assert art.producers == {"normalize": 1, "segment": 1, "terms": 1}


def test_every_span_is_exact(seed_text):
    art = extract(seed_text, doc_id="s")
    for kind in ("metrics", "quotes", "claims"):
        for it in getattr(art, kind):
            assert art.text[it.span[0] : it.span[1]] == it.text
    for t in art.terms:
        assert art.text[t.span[0] : t.span[1]] == t.text
    for table in art.tables:
        for row in table.rows:
            for cell in row:
                assert art.text[cell.span[0] : cell.span[1]] == cell.text
