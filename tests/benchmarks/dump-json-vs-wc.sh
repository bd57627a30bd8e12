#!/usr/bin/env bash
# Benchmark: `randnotiz --dump-json CORPUS` against `wc -w CORPUS/*.txt` on a generated corpus of 5,000
# articles, side by side. Prints the best of five runs of each, their ratio and the parser's throughput.
# Usage: tests/benchmarks/dump-json-vs-wc.sh [BUILD_DIR=build/release] [COUNT=5000]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/release}
count=${2:-5000}

cmake --preset release >/dev/null
cmake --build "$build" --target randnotiz randnotiz_gencorpus >/dev/null
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
"$build/tests/benchmarks/randnotiz_gencorpus" "$corpus" "$count"
bytes=$(cat "$corpus"/*.txt | wc -c)

best() { # best wall time in ms of five runs of "$@", output discarded
    local best_ms=999999999
    for _ in 1 2 3 4 5; do
        local start end ms
        start=$(date +%s%N)
        "$@" >/dev/null
        end=$(date +%s%N)
        ms=$(((end - start) / 1000000))
        [ "$ms" -lt "$best_ms" ] && best_ms=$ms
    done
    echo "$best_ms"
}

wc_ms=$(best wc -w "$corpus"/*.txt)
dump_ms=$(best "$build/app/randnotiz" --dump-json "$corpus")
echo "corpus: $count articles, $((bytes / 1024)) KiB"
echo "wc -w:       ${wc_ms} ms"
echo "--dump-json: ${dump_ms} ms"
awk -v d="$dump_ms" -v w="$wc_ms" -v b="$bytes" 'BEGIN {
    printf "ratio:       %.2f x wc -w\nthroughput:  %.1f MB/s\n", d / w, b / 1e6 / (d / 1000) }'
