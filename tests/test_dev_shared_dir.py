"""Benchmarks, trainers and data-backed tests find the shared eval/corpus folder through one function, so a
checkout elsewhere can point them at its copy with EXTRACTOR_SHARED."""

from extractor import dev


def test_the_environment_variable_wins(monkeypatch, tmp_path):
    monkeypatch.setenv("EXTRACTOR_SHARED", str(tmp_path))
    assert dev.shared_dir() == tmp_path


def test_the_nearest_shared_folder_with_eval_sets_is_found(monkeypatch, tmp_path):
    monkeypatch.delenv("EXTRACTOR_SHARED", raising=False)
    repo = tmp_path / "worktrees" / "branch"
    repo.mkdir(parents=True)
    (tmp_path / "shared" / "eval").mkdir(parents=True)
    monkeypatch.setattr(dev, "ROOT", repo)
    assert dev.shared_dir() == tmp_path / "shared"

