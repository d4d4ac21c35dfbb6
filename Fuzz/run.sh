#!/usr/bin/env bash
# Builds the libFuzzer targets and runs each for a share of the given time.
#
#   Fuzz/run.sh            60 seconds in all (20 s per target): the short run CI does
#   Fuzz/run.sh 3600       an hour in all (20 minutes per target)
#
# SECONDS is the total, split evenly among the three targets (at least 1 s each). Exits non-zero when a
# target crashes, fails an assertion or times out; the input that did it is kept under
# Fuzz/.build/fuzz-artifacts/<target>/ (crash-*, timeout-*, oom-*). New inputs libFuzzer finds go to
# Fuzz/.build/fuzz-corpus/<target>/ (ignored by git); the committed seeds in Fuzz/Corpus/<target>/ are only read.
# To replay one input: Fuzz/.build/release/FuzzProgress Fuzz/.build/fuzz-artifacts/progress/crash-...
set -euo pipefail
cd "$(dirname "$0")"

total=${1:-60}
targets=(progress guide sanitize)
per=$(( total / ${#targets[@]} ))
[ "$per" -ge 1 ] || per=1

flags=(-c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library)
started=$(date +%s)
swift build "${flags[@]}"
bin=$(swift build "${flags[@]}" --show-bin-path)
echo "fuzz: built in $(( $(date +%s) - started )) s; ${per} s per target"

# Swift's own backtracer would take a crash before libFuzzer can save the input.
export SWIFT_BACKTRACE=enable=no
# LeakSanitizer reports Swift's lazily initialised globals (e.g. GuideShape's `static let`s) as leaks, at the
# first input that builds them and again at exit; ARC code has no leak worth a failed run here.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
failed=0
summary=()
for name in "${targets[@]}"; do
    case "$name" in
        progress) exe=FuzzProgress ;;
        guide) exe=FuzzGuide ;;
        sanitize) exe=FuzzSanitize ;;
    esac
    work=.build/fuzz-corpus/$name
    artifacts=.build/fuzz-artifacts/$name/
    log=.build/fuzz-$name.log
    mkdir -p "$work" "$artifacts"
    status=0
    "$bin/$exe" -max_total_time="$per" -timeout=10 -rss_limit_mb=4096 -detect_leaks=0 -print_final_stats=1 \
        -dict=Dictionaries/json.dict -artifact_prefix="$artifacts" "$work" "Corpus/$name" >"$log" 2>&1 || status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    corpus=$(ls "$work" | wc -l)
    if [ "$status" -ne 0 ]; then
        failed=1
        echo "fuzz: $exe FAILED (exit $status); the end of its log ($log):"
        tail -40 "$log"
    fi
    summary+=("$exe: ${runs:-?} inputs in ${per} s, exit $status, ${corpus} new corpus inputs")
done
echo "fuzz summary ($(( $(date +%s) - started )) s in all):"
printf '  %s\n' "${summary[@]}"
exit "$failed"
