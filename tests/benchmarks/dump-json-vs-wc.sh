#!/usr/bin/env bash
# Benchmark: `randnotiz --dump-json CORPUS` against `wc -w CORPUS/*.txt` on a generated corpus of 5,000
# articles, side by side. Prints the best of five runs of each (wall and CPU time), their ratios and the
# parser's throughput.
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

# Wall and CPU (user + sys) time in ms of one run of "$@", output discarded. The CPU time is the fairer
# side-by-side figure on a loaded machine, where a wall time mostly measures the wait for a core.
run() {
    local TIMEFORMAT='%R %U %S' t
    t=$( { time "$@" >/dev/null; } 2>&1 | tail -1)
    awk -v t="$t" 'BEGIN { split(t, f, " "); printf "%d %d\n", f[1] * 1000, (f[2] + f[3]) * 1000 }'
}
best() { # best wall and best CPU time of five runs
    local best_wall=999999999 best_cpu=999999999 wall cpu
    for _ in 1 2 3 4 5; do
        read -r wall cpu < <(run "$@")
        [ "$wall" -lt "$best_wall" ] && best_wall=$wall
        [ "$cpu" -lt "$best_cpu" ] && best_cpu=$cpu
    done
    echo "$best_wall $best_cpu"
}

read -r wc_ms wc_cpu < <(best wc -w "$corpus"/*.txt)
read -r dump_ms dump_cpu < <(best "$build/app/randnotiz" --dump-json "$corpus")
echo "corpus: $count articles, $((bytes / 1024)) KiB; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "wc -w:       ${wc_ms} ms wall, ${wc_cpu} ms CPU"
echo "--dump-json: ${dump_ms} ms wall, ${dump_cpu} ms CPU ($(nproc) cores)"
awk -v d="$dump_ms" -v w="$wc_ms" -v dc="$dump_cpu" -v wc="$wc_cpu" -v b="$bytes" 'BEGIN {
    printf "ratio:       %.2f x wc -w (wall), %.2f x (CPU)\nthroughput:  %.1f MB/s\n", d / w, dc / wc, b / 1e6 / (d / 1000) }'
