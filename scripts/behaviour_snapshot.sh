#!/usr/bin/env bash
# Write every figure and output that a behaviour-preserving refactor must leave byte-identical into
# OUT (default ./snapshot): the demo's JSON and exports, each `geowire eval`, and a retrained decider.
# Compare two snapshots with `diff -r A B`.  Uses ../shared beside the repo.  ~6 minutes on 2 cores.
set -euo pipefail
OUT=${1:-snapshot}
PY=${PY:-.venv/bin/python}
gw() { "$PY" -c 'from geowire.cli import main; main()' "$@"; }
SHARED=${SHARED:-../shared}
mkdir -p "$OUT"
DB="$OUT/demo.duckdb"
rm -f "$DB"
gw demo --db "$DB" --json examples | $PY -c 'import json,sys; d=json.load(sys.stdin); d["ingest"]=None; print(json.dumps(d, indent=1, sort_keys=True))' > "$OUT/demo.json"
gw events --db "$DB" --min-confidence 0 --format jsonl > "$OUT/events.jsonl"
for f in plover-jsonl gdelt gdelt-mentions ftm; do
  gw export --db "$DB" --format "$f" --out "$OUT/export.$f" >/dev/null
done
rm -f "$DB" "$DB.wal"
gw eval news "$SHARED/eval/news_dev" --json > "$OUT/eval_news.json"
gw eval plv "$SHARED/eval/plv_dev.tsv" --json > "$OUT/eval_plv.json"
gw eval plover "$SHARED/eval/plover_gsr.jsonl" --json > "$OUT/eval_plover.json"
gw eval claims corpus/claims --split all --json > "$OUT/eval_claims.json"
gw train --out "$OUT/decider.json" --report "$OUT/decider.report.json" >/dev/null
