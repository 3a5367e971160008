# One task runner. `make sample` and `make test` are the README's two commands.
VENV ?= .venv
PY := $(VENV)/bin/python
EXTRAS ?= dev

.PHONY: install sample test lint regen bench clean

$(VENV)/.installed-$(EXTRAS): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[$(EXTRAS)]"
	touch $@

$(VENV)/.installed-base: pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e .
	touch $@

install: $(VENV)/.installed-$(EXTRAS)

sample: $(VENV)/.installed-base
	$(VENV)/bin/extractor extract samples/zh-Hant/ai-roi-bubble/input.html

lint: install
	$(VENV)/bin/ruff check extractor tests benchmarks fuzz

regen: install
	$(PY) -m extractor.dev regen

test: lint
	$(PY) -m extractor.dev regen --check
	$(PY) -m pytest

bench: install
	for b in benchmarks/bench_*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
