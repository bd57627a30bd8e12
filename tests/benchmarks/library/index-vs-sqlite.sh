#!/usr/bin/env bash
# Benchmark: `randnotiz --index` over the generated benchmark corpus, cold and again unchanged, against
# Python's sqlite3 module inserting the same files' raw text into an FTS5 table (the same engine, no parsing).
# Prints the best of three runs of each and the ratios the README quotes.
# Usage: tests/benchmarks/library/index-vs-sqlite.sh [BUILD_DIR=build/release] [COUNT=5000]
set -euo pipefail
cd "$(dirname "$0")/../../.."
build=${1:-build/release}
count=${2:-5000}

cmake --preset release >/dev/null
cmake --build "$build" --target randnotiz randnotiz_gencorpus >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build/tests/benchmarks/randnotiz_gencorpus" "$work/corpus" "$count"

ms() { local start end; start=$(date +%s%N); "$@" >/dev/null; end=$(date +%s%N); echo $(((end - start) / 1000000)); }
best3() { local best=999999999 t; for _ in 1 2 3; do t=$("$@"); [ "$t" -lt "$best" ] && best=$t; done; echo "$best"; }

cold() { rm -rf "$work/data"; ms "$build/app/randnotiz" --index "$work/corpus" --data-dir "$work/data"; }
again() { ms "$build/app/randnotiz" --index "$work/corpus" --data-dir "$work/data"; }
python_fts() {
    rm -f "$work/raw.sqlite"
    ms python3 - "$work/corpus" "$work/raw.sqlite" <<'PY'
import os, sqlite3, sys
corpus, db = sys.argv[1], sys.argv[2]
con = sqlite3.connect(db)
con.execute("PRAGMA journal_mode = WAL")
con.execute("CREATE VIRTUAL TABLE t USING fts5 (text, tokenize='unicode61 remove_diacritics 2')")
with con:
    for name in sorted(os.listdir(corpus)):
        with open(os.path.join(corpus, name), 'rb') as f:
            con.execute("INSERT INTO t (text) VALUES (?)", (f.read().decode('utf-8', 'replace'),))
con.close()
PY
}

cold_ms=$(best3 cold)
again_ms=$(best3 again)
python_ms=$(best3 python_fts)
echo "corpus:            $count articles"
echo "python sqlite3:    ${python_ms} ms (raw text into FTS5)"
echo "--index, cold:     ${cold_ms} ms"
echo "--index, again:    ${again_ms} ms (nothing changed)"
awk -v c="$cold_ms" -v a="$again_ms" -v p="$python_ms" 'BEGIN {
    printf "cold / python:    %.2f x\nagain / python:   %.2f x\n", c / p, a / p }'
