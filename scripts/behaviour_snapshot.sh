#!/usr/bin/env bash
# Write every figure and output that a behaviour-preserving refactor must leave byte-identical into
# OUT (default ./snapshot): the demo's JSON and exports, each `geowire eval`, and a retrained decider.
# Compare two snapshots with `diff -r A B`.  Uses ../shared beside the repo.  ~6 minutes on 2 cores.
set -euo pipefail
OUT=${1:-snapshot}
PY=${PY:-.venv/bin/python}
gw() { "$PY" -c 'from geowire.cli import main; main()' "$@"; }
SHARED=$(cd "${SHARED:-../shared}" && pwd)
mkdir -p "$OUT"
DB="$OUT/demo.duckdb"
rm -f "$DB"
gw demo --db "$DB" --json examples | $PY -c 'import json,sys; d=json.load(sys.stdin); d["ingest"]=None; print(json.dumps(d, indent=1, sort_keys=True))' > "$OUT/demo.json"
gw events --db "$DB" --min-confidence 0 --format jsonl > "$OUT/events.jsonl"
for f in plover-jsonl gdelt gdelt-mentions ftm; do
  gw export --db "$DB" --format "$f" --out "$OUT/export.$f" >/dev/null
done
rm -f "$DB" "$DB.wal" "$DB".*.lock
# the GDELT exports carry the time they were added: masked
sed -i -E 's/\b20[0-9]{12}\b/DATEADDED/g' "$OUT/export.gdelt" "$OUT/export.gdelt-mentions"
gw eval news "$SHARED/eval/news_dev" --json > "$OUT/eval_news.json"
gw eval plv "$SHARED/eval/plv_dev.tsv" --json > "$OUT/eval_plv.json"
gw eval plover "$SHARED/eval/plover_gsr.jsonl" --json > "$OUT/eval_plover.json"
# lists in JSON compared as multisets (some are built from sets)
gw eval claims corpus/claims --split all --json | $PY -c '
import json, sys
def canon(x):
    if isinstance(x, dict):
        return {k: canon(v) for k, v in x.items()}
    if isinstance(x, list):
        return sorted((canon(v) for v in x), key=lambda v: json.dumps(v, sort_keys=True))
    return x
print(json.dumps(canon(json.load(sys.stdin)), indent=1, sort_keys=True))' > "$OUT/eval_claims.json"
gw train --out "$OUT/decider.json" --report "$OUT/decider.report.json" >/dev/null
