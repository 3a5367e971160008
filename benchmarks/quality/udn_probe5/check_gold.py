"""Assert every gold text/speaker/cue/claimant/term field is an exact substring of the article text."""
import json, pathlib, sys
d = pathlib.Path(__file__).parent
arts = {json.loads(l)["id"]: json.loads(l) for l in open(d / "input.jsonl", encoding="utf-8")}
bad = 0
for line in open(d / "gold.jsonl", encoding="utf-8"):
    g = json.loads(line); t = arts[g["id"]]["text"]
    assert g["title"] == arts[g["id"]]["title"] and g["published"] == arts[g["id"]]["published"]
    fields = [("metric", m["text"]) for m in g["metrics"]]
    for q in g["quotes"]:
        assert q["kind"] in ("direct", "indirect")
        fields += [("quote", q["text"]), ("speaker", q["speaker"]), ("cue", q["cue"])]
    for c in g["claims"]:
        fields += [("claim", c["text"]), ("claimant", c["claimant"])]
    for tm in g["terms"]:
        fields += [("zh", tm["zh"]), ("en", tm["en"]), ("abbr", tm["abbr"])]
    for m in g["metrics"]:
        assert m["qualifier"] in ("exact", "approx", "over", "under", "at_least", "at_most")
    for kind, s in fields:
        if s is not None and s not in t:
            bad += 1; print("NOT IN TEXT", g["id"], kind, s)
print("bad:", bad); sys.exit(1 if bad else 0)
