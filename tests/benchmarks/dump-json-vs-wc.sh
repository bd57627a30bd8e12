#!/usr/bin/env bash
# Benchmark: `randnotiz --dump-json CORPUS` against `wc -w CORPUS/*.txt` on a generated corpus of 5,000
# articles, side by side. The two commands take turns (one warm-up run each first, so both read from the page
# cache), RUNS times; prints the median and the best wall and CPU time of each, the median of the per-turn ratios
# (a machine that speeds up or slows down meanwhile affects both commands of a turn alike) and the parser's
# throughput, with the load average before and after.
# Usage: tests/benchmarks/dump-json-vs-wc.sh [BUILD_DIR=build/release] [COUNT=5000] [RUNS=11]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/release}
count=${2:-5000}
runs=${3:-11}

cmake --preset release >/dev/null
cmake --build "$build" --target randnotiz randnotiz_gencorpus >/dev/null
corpus=$(mktemp -d)
results=$(mktemp -d)
trap 'rm -rf "$corpus" "$results"' EXIT
"$build/tests/benchmarks/randnotiz_gencorpus" "$corpus" "$count"
bytes=$(cat "$corpus"/*.txt | wc -c)
files=("$corpus"/*.txt)

# Wall and CPU (user + sys) time in ms of one run of "$@", output discarded. The CPU time is the fairer
# side-by-side figure on a loaded machine, where a wall time mostly measures the wait for a core.
run() {
    local TIMEFORMAT='%R %U %S' t
    t=$( { time "$@" >/dev/null; } 2>&1 | tail -1)
    awk -v t="$t" 'BEGIN { split(t, f, " "); printf "%d %d\n", f[1] * 1000, (f[2] + f[3]) * 1000 }'
}
wc_cmd() { wc -w "${files[@]}"; }
dump_cmd() { "$build/app/randnotiz" --dump-json "$corpus"; }

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
wc_cmd >/dev/null
dump_cmd >/dev/null
for ((i = 0; i < runs; i++)); do
    read -r wc_wall wc_cpu < <(run wc_cmd)
    read -r dump_wall dump_cpu < <(run dump_cmd)
    echo "$wc_wall" >>"$results/wc.wall"
    echo "$wc_cpu" >>"$results/wc.cpu"
    echo "$dump_wall" >>"$results/dump.wall"
    echo "$dump_cpu" >>"$results/dump.cpu"
    awk -v d="$dump_wall" -v w="$wc_wall" 'BEGIN { printf "%.3f\n", d / (w > 0 ? w : 1) }' >>"$results/ratio.wall"
    awk -v d="$dump_cpu" -v w="$wc_cpu" 'BEGIN { printf "%.3f\n", d / (w > 0 ? w : 1) }' >>"$results/ratio.cpu"
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

median() { sort -g "$1" | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
best() { sort -g "$1" | head -n1; }

echo "corpus: $count articles, $((bytes / 1024)) KiB; $runs turns; $(nproc) cores; LANG=${LANG:-} LC_ALL=${LC_ALL:-}"
echo "load average: $load_before before, $load_after after"
for name in wc dump; do
    label=$([ "$name" = wc ] && echo "wc -w:      " || echo "--dump-json:")
    echo "$label median $(median "$results/$name.wall") ms wall, $(median "$results/$name.cpu") ms CPU;" \
        "best $(best "$results/$name.wall") ms wall, $(best "$results/$name.cpu") ms CPU"
done
awk -v rw="$(median "$results/ratio.wall")" -v rc="$(median "$results/ratio.cpu")" \
    -v bw="$(best "$results/dump.wall")" -v bww="$(best "$results/wc.wall")" \
    -v d="$(median "$results/dump.wall")" -v b="$bytes" 'BEGIN {
    printf "ratio:       %.2f x wc -w (wall, median of the turns), %.2f x (CPU); best against best %.2f x (wall)\n", rw, rc, bw / bww
    printf "throughput:  %.1f MB/s (median wall)\n", b / 1e6 / (d / 1000) }'
