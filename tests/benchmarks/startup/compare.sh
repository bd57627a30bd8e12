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

# One run of one program: appends its wall time, peak RSS and first-paint figure to $home/NAME.*
run() {
    name=$1; shift
    start=$(date +%s%N)
    HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data XDG_CACHE_HOME=$home/cache \
        /usr/bin/time -v -o "$home/time" "$@" > "$home/out" 2>/dev/null
    end=$(date +%s%N)
    echo "$(( (end - start) / 100000 ))" | awk '{printf "%.1f\n", $1 / 10}' >> "$home/$name.wall"
    awk -F': ' '/Maximum resident set size/ {print $2}' "$home/time" >> "$home/$name.rss"
    head -n1 "$home/out" >> "$home/$name.paint"
}

report() {
    name=$1
    printf '%-12s wall %6s ms (best %6s)   peak RSS %7s KiB (best %7s)   first paint at %6s ms (median of %s runs)\n' \
        "$name" "$(median < "$home/$name.wall")" "$(best < "$home/$name.wall")" "$(median < "$home/$name.rss")" \
        "$(best < "$home/$name.rss")" "$(median < "$home/$name.paint")" "$runs"
}

# The two programs take turns, so that a machine that speeds up or slows down meanwhile affects both alike.
i=0
while [ $i -lt "$runs" ]; do
    run randnotiz "$build/app/randnotiz" --benchmark-startup "$file"
    run qlabel "$build/tests/bench_qlabelstartup" "$file"
    i=$((i + 1))
done
report randnotiz
report qlabel
awk -v a="$(median < "$home/randnotiz.wall")" -v b="$(median < "$home/qlabel.wall")" \
    -v c="$(median < "$home/randnotiz.rss")" -v d="$(median < "$home/qlabel.rss")" \
    'BEGIN {printf "ratio        wall %.2fx   peak RSS %.2fx (medians)\n", a / b, c / d}'
