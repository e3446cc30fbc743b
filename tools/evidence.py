#!/usr/bin/env python3
"""Fill or repair evidence selectors in the curated seed data.

For every evidence object in the given JSON files, locate `exact` in the source text
named by `sourceId` and write `start`, `end` (Unicode code point offsets), `prefix` and
`suffix` (the words just before and after the passage). When `exact` occurs more than
once, the occurrence nearest to an existing `start` is taken; without one the tool stops
and asks for a hint. The files are rewritten in place with two-space indentation.

Usage: python3 tools/evidence.py seeds/data/projects.json seeds/data/metrics.json ...
"""
import json
import pathlib
import sys

CONTEXT = 32  # code points of context kept on each side, cut back to a word boundary

root = pathlib.Path(__file__).resolve().parent.parent
sources = {s["id"]: (root / "seeds" / s["file"]).read_text(encoding="utf-8")
           for s in json.loads((root / "seeds/data/sources.json").read_text(encoding="utf-8"))}


def context_before(text, start):
    chunk = text[max(0, start - CONTEXT):start]
    if start - CONTEXT > 0 and " " in chunk:
        chunk = chunk[chunk.index(" ") + 1:]
    return chunk


def context_after(text, end):
    chunk = text[end:end + CONTEXT]
    if end + CONTEXT < len(text) and " " in chunk:
        chunk = chunk[:chunk.rindex(" ")]
    return chunk


def fill(evidence, where):
    text = sources.get(evidence["sourceId"])
    if text is None:
        sys.exit(f"{where}: unknown sourceId {evidence['sourceId']!r}")
    exact = evidence["exact"]
    hits = []
    i = text.find(exact)
    while i >= 0:
        hits.append(i)
        i = text.find(exact, i + 1)
    if not hits:
        sys.exit(f"{where}: exact not found verbatim in {evidence['sourceId']}: {exact!r}")
    if len(hits) > 1 and "start" not in evidence:
        sys.exit(f"{where}: exact occurs {len(hits)} times at {hits}; give a start hint")
    start = min(hits, key=lambda h: abs(h - evidence.get("start", h)))
    end = start + len(exact)
    evidence.update(prefix=context_before(text, start), suffix=context_after(text, end),
                    start=start, end=end)
    ordered = {k: evidence[k] for k in ("sourceId", "exact", "prefix", "suffix", "start", "end")}
    evidence.clear()
    evidence.update(ordered)


for name in sys.argv[1:]:
    path = pathlib.Path(name)
    records = json.loads(path.read_text(encoding="utf-8"))
    for record in records:
        for n, evidence in enumerate(record.get("evidence", [])):
            fill(evidence, f"{path.name} {record.get('id')} evidence[{n}]")
    path.write_text(json.dumps(records, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{path}: {len(records)} records")
