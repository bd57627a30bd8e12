#!/bin/sh
# Side-by-side startup of randnotiz and a plain QLabel program showing the same file.
# Prints, per program, the median over RUNS of the whole-process wall time and of the peak RSS (/usr/bin/time -v)
# and the median of the milliseconds each program printed at its first paint.
#   tests/benchmarks/startup/compare.sh BUILD_DIR [FILE] [RUNS]
# Run it under a display, e.g.: xvfb-run -a -s '-screen 0 1400x900x24' tests/benchmarks/startup/compare.sh build/release
set -eu
build=$1
file=${2:-$(dirname "$0")/../../../resources/samples/klimagipfel-bonn.txt}
runs=${3:-9}
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

measure() {
    name=$1; shift
    : > "$home/wall"; : > "$home/rss"; : > "$home/paint"
    i=0
    while [ $i -lt "$runs" ]; do
        HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data XDG_CACHE_HOME=$home/cache \
            /usr/bin/time -v -o "$home/time" "$@" > "$home/out" 2>/dev/null
        awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(k=1;k<=n;k++) s=s*60+t[k]; print s*1000}' "$home/time" >> "$home/wall"
        awk -F': ' '/Maximum resident set size/ {print $2}' "$home/time" >> "$home/rss"
        head -n1 "$home/out" >> "$home/paint"
        i=$((i + 1))
    done
    printf '%-12s wall %6s ms   peak RSS %7s KiB   first paint at %6s ms (median of %s runs)\n' "$name" \
        "$(median < "$home/wall")" "$(median < "$home/rss")" "$(median < "$home/paint")" "$runs"
}

measure randnotiz "$build/app/randnotiz" --benchmark-startup "$file"
measure qlabel "$build/tests/bench_qlabelstartup" "$file"
