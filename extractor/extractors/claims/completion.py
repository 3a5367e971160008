"""Claim runs completed by their connectives (GUIDE: a clause that only completes another stays with it).

Two shapes no clause labeller should leave cut, whatever its weights:

* a run that ends on a condition clause (若不加緊投資，… / 一旦需求轉弱，…): the condition holds no
  assertion on its own; the run goes on to the clause after it;
* a run that opens on an additive cause (加上運費居高不下，…): the cause it adds to is the clause
  before, which joins the run.

Only adjacent clauses (same sentence and source, no semicolon between: ``judge._adjacent``) that the
judge did not skip are taken in; runs that meet are merged.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

CONDITION = "condition"
ADDITIVE = "additive"


def complete(runs: Sequence[list[int]], opens: Sequence[frozenset[str]], joinable: Callable[[int], bool]) -> list[list[int]]:
    """``runs``: claims as sorted runs of clause indices; ``opens[k]``: the word classes clause ``k`` opens
    with; ``joinable(k)``: clause ``k`` may continue the claim of clause ``k - 1``."""
    n = len(opens)
    taken = {k for r in runs for k in r}
    out: list[list[int]] = []
    for run in runs:
        r = list(run)
        if ADDITIVE in opens[r[0]] and r[0] > 0 and joinable(r[0]):
            r.insert(0, r[0] - 1)
        last = r[-1]
        if CONDITION in opens[last] and last + 1 < n and last + 1 not in taken and joinable(last + 1):
            r.append(last + 1)
        if out and (out[-1][-1] >= r[0] or (out[-1][-1] + 1 == r[0] and CONDITION in opens[out[-1][-1]]
                                            and joinable(r[0]))):
            out[-1] = sorted(set(out[-1]) | set(r))
        else:
            out.append(r)
    return out
