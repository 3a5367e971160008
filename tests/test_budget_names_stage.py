"""When the time budget stops a document, the message names the stage that was running."""

from __future__ import annotations

import dataclasses
import time

import pytest

from extractor import InputError, Pipeline
from extractor.limits import time_budget


def _stuck(doc):  # type: ignore[no-untyped-def]
    while True:  # busy: the budget counts CPU time
        time.monotonic()


def test_the_budget_message_names_the_running_stage() -> None:
    pipe = Pipeline(time_budget=0.3)
    i = pipe.stage_names.index("quotes")
    pipe.specs[i] = dataclasses.replace(pipe.specs[i], fn=_stuck)
    with pytest.raises(InputError) as err:
        pipe.run("The board said revenue rose 5% in 2025. Analysts agreed.", doc_id="slow")
    assert err.value.code == "E150"
    assert "in stage 'quotes'" in str(err.value)


def test_without_a_stage_the_message_is_as_before() -> None:
    with pytest.raises(InputError) as err, time_budget(0.05, source="x", where=lambda: None):
        _stuck(None)
    assert "exceeded after" in str(err.value) and "stage" not in str(err.value)


def _out_of_memory(doc):  # type: ignore[no-untyped-def]
    raise MemoryError()


def test_running_out_of_memory_in_a_core_stage_names_it() -> None:
    pipe = Pipeline()
    i = pipe.stage_names.index("normalize")
    pipe.specs[i] = dataclasses.replace(pipe.specs[i], fn=_out_of_memory)
    with pytest.raises(InputError) as err:
        pipe.run("Revenue rose 5% in 2025.", doc_id="big")
    assert err.value.code == "E152" and "in stage 'normalize'" in str(err.value)
