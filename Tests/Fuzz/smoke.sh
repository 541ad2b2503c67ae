#!/usr/bin/env bash
# Builds the libFuzzer targets (Swift code under -sanitize=fuzzer,address, libyaml under the same clang flags)
# and runs each one for a short while from its seed corpus; fails on the first crash, hang or leak.
#   Tests/Fuzz/smoke.sh            # 20 s per target
#   FUZZ_SECONDS=600 Tests/Fuzz/smoke.sh FuzzTokenizer   # a long run of one target
# Build folder: $FUZZ_SCRATCH (default .build-fuzz at the repository root). Corpora, logs and crash reproducers:
# $FUZZ_WORK (default .build-fuzz-work), outside the build folder, which SwiftPM prunes.
set -euo pipefail

fuzz_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$fuzz_dir/../.." && pwd)"
scratch="${FUZZ_SCRATCH:-$root/.build-fuzz}"
work_root="${FUZZ_WORK:-$root/.build-fuzz-work}"
seconds="${FUZZ_SECONDS:-20}"
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzTokenizer FuzzTextDecoder FuzzRulePack)

seeds_of() {
    case "$1" in
        FuzzTokenizer) echo tokenizer ;;
        FuzzTextDecoder) echo decoder ;;
        FuzzRulePack) echo rulepack ;;
        *) echo "unknown fuzz target: $1" >&2; exit 2 ;;
    esac
}
dictionary_of() {
    case "$1" in
        FuzzRulePack) echo rulepack.dict ;;
        *) echo french.dict ;;
    esac
}

# One product at a time: a plain `swift build` would also build the root package's executable.
for target in "${targets[@]}"; do
    (cd "$fuzz_dir" && swift build -c release --scratch-path "$scratch" --product "$target" \
        -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address)
done

# Swift's own crash backtracer would race AddressSanitizer's report.
export SWIFT_BACKTRACE=enable=no
for target in "${targets[@]}"; do
    seeds="$(seeds_of "$target")"
    work="$work_root/corpus/$seeds" artifacts="$work_root/artifacts/$seeds" log="$work_root/logs/$target.log"
    mkdir -p "$work" "$artifacts" "$work_root/logs"
    echo "== $target: ${seconds}s"
    if ! "$scratch/release/$target" "$work" "$fuzz_dir/Seeds/$seeds" \
        -dict="$fuzz_dir/Dictionaries/$(dictionary_of "$target")" \
        -max_len=4096 -timeout=10 -rss_limit_mb=2048 -max_total_time="$seconds" \
        -artifact_prefix="$artifacts/" -print_final_stats=1 >"$log" 2>&1; then
        tail -n 80 "$log" >&2
        echo "$target failed; reproducer in $artifacts, full log in $log" >&2
        exit 1
    fi
    grep -E '^(#[0-9]+[[:space:]]+DONE|Done [0-9]+ runs|stat::peak_rss_mb)' "$log" || tail -n 5 "$log"
done
echo "fuzz smoke: ${#targets[@]} targets, ${seconds}s each, no crash"
