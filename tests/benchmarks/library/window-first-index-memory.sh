#!/usr/bin/env bash
# Benchmark: the window's memory while it indexes a folder for the first time (`randnotiz FOLDER` with an empty
# data folder), sampled from /proc every second: resident now (VmRSS) and at its peak (VmHWM).
# Usage: tests/benchmarks/library/window-first-index-memory.sh CORPUS [BUILD_DIR=build/release] [SECONDS=40]
# A corpus: build/release/tests/benchmarks/randnotiz_gencorpus DIR 100000
set -euo pipefail
cd "$(dirname "$0")/../../.."
corpus=$1
build=${2:-build/release}
seconds=${3:-40}

cmake --build "$build" --target randnotiz >/dev/null
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/config" QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
"$build/app/randnotiz" --no-restore --offline --data-dir "$work/data" "$corpus" >/dev/null 2>&1 &
pid=$!
for ((t = 1; t <= seconds; ++t)); do
    sleep 1
    awk -v t="$t" '/^VmRSS|^VmHWM/ { v[$1] = $2 } END { printf "%3d s  resident %4d MB  peak %4d MB\n", t, v["VmRSS:"] / 1024, v["VmHWM:"] / 1024 }' "/proc/$pid/status"
done
