#!/bin/sh
# Side-by-side startup of randnotiz and a plain QLabel program showing the same file.
# Prints, per program, the median and the best over RUNS of the whole-process wall time (to 0.1 ms; /usr/bin/time
# only has 10 ms) and of the peak RSS (/usr/bin/time -v), and the median of the milliseconds each program printed at
# its first paint. On a shared machine compare the best figures, and run it several times.
#   tests/benchmarks/startup/compare.sh BUILD_DIR [FILE] [RUNS]
# Run it under a display, e.g.: xvfb-run -a -s '-screen 0 1400x900x24' tests/benchmarks/startup/compare.sh build/release
set -eu
build=$1
file=${2:-$(dirname "$0")/../../../resources/samples/klimagipfel-bonn.txt}
runs=${3:-9}
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
best() { sort -n | head -n1; }

measure() {
    name=$1; shift
    : > "$home/wall"; : > "$home/rss"; : > "$home/paint"
    i=0
    while [ $i -lt "$runs" ]; do
        start=$(date +%s%N)
        HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data XDG_CACHE_HOME=$home/cache \
            /usr/bin/time -v -o "$home/time" "$@" > "$home/out" 2>/dev/null
        end=$(date +%s%N)
        echo "$(( (end - start) / 100000 ))" | awk '{printf "%.1f\n", $1 / 10}' >> "$home/wall"
        awk -F': ' '/Maximum resident set size/ {print $2}' "$home/time" >> "$home/rss"
        head -n1 "$home/out" >> "$home/paint"
        i=$((i + 1))
    done
    printf '%-12s wall %6s ms (best %6s)   peak RSS %7s KiB (best %7s)   first paint at %6s ms (median of %s runs)\n' \
        "$name" "$(median < "$home/wall")" "$(best < "$home/wall")" "$(median < "$home/rss")" "$(best < "$home/rss")" \
        "$(median < "$home/paint")" "$runs"
}

measure randnotiz "$build/app/randnotiz" --benchmark-startup "$file"
measure qlabel "$build/tests/bench_qlabelstartup" "$file"
