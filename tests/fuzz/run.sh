#!/usr/bin/env bash
# Builds the libFuzzer targets with clang-14 and runs each for a bounded time on a copy of its
# seed corpus (tests/fuzz/corpus/NAME); fails when a target finds a crash, a hang or a leak,
# leaving the reproducer in the work folder. Called by CTest (test "fuzz") as
#   run.sh CORE_LIB WORK_DIR [SECONDS_PER_TARGET]
# To reproduce a finding: WORK_DIR/build/fuzz_NAME WORK_DIR/crash-…
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
core_lib="$1"
work="$2"
seconds="${3:-20}"
mkdir -p "$work"
command -v clang++-14 >/dev/null || { echo "fuzz: clang++-14 is missing (./dev installs clang-14 and libclang-rt-14-dev)"; exit 1; }

cmake -S "$here" -B "$work/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 -DHC_CORE_LIB="$core_lib" \
    $(command -v ccache >/dev/null && echo -DCMAKE_CXX_COMPILER_LAUNCHER=ccache) >"$work/configure.log" ||
    { cat "$work/configure.log"; exit 1; }
cmake --build "$work/build" >"$work/build.log" 2>&1 || { tail -40 "$work/build.log"; exit 1; }

status=0
for target in csv idnumber fieldsheet xlsx pfif; do
    # A workbook seed is a zip of a few KiB: room for it and its mutations.
    max_len=4096
    if [ "$target" = xlsx ] || [ "$target" = pfif ]; then max_len=32768; fi
    corpus="$work/corpus-$target"
    rm -rf "$corpus" && mkdir -p "$corpus"
    echo "== fuzz_$target: $seconds s from $(ls "$here/corpus/$target" | wc -l) seeds"
    # Findings (crash-*, timeout-*, leak-*) land in $work; the seeds stay read-only.
    if ! (cd "$work" && QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0 \
        "$work/build/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len="$max_len" -print_final_stats=1 "$corpus" "$here/corpus/$target" >"$work/$target.log" 2>&1); then
        echo "fuzz_$target FOUND A PROBLEM:"
        grep -E "ERROR|SUMMARY|Test unit written|==[0-9]+==" "$work/$target.log" | head -20
        status=1
    fi
    grep -E "stat::number_of_executed_units|stat::new_units_added" "$work/$target.log" | tr '\n' ' '
    echo
done
exit $status
