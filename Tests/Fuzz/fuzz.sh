#!/usr/bin/env bash
# Fuzz jixiao's readers with libFuzzer (it ships with the Swift toolchain on Linux).
#   Tests/Fuzz/fuzz.sh build                 # build .build/fuzz/jixiao-fuzz once
#   Tests/Fuzz/fuzz.sh run TARGET SECONDS    # TARGET: target declaration list csv xlsx rules scorecard score
#   Tests/Fuzz/fuzz.sh all SECONDS           # every target in turn
# Each target's corpus starts from the bad-input corpus and the samples (copied into
# .build/fuzz/corpus/TARGET); crashes are written to .build/fuzz/crashes/TARGET. Tests/Fuzz/jixiao.dict
# gives the mutator the edges: sheet rows and columns past Excel's, error values and formulas, numbers
# out of range, signs, exponents, JSON's special words and repeated keys.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=.build/fuzz
bin=$out/jixiao-fuzz
targets="target declaration list csv xlsx rules scorecard score"

build() {
  mkdir -p "$out"
  if [ -x "$bin" ] && [ -z "$(find Sources/Jixiao Tests/Fuzz -newer "$bin" -name '*.swift' | head -1)" ]; then return; fi
  echo "fuzz: building $bin"
  swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name Jixiao \
    -I Sources/CZlib -lz $(find Sources/Jixiao -name '*.swift' | sort) -D FUZZ Tests/JixiaoTests/Oracle/DecimalScorer.swift Tests/Fuzz/FuzzEntry.swift -o "$bin" 2>&1 \
    | { grep -v "Cannot export local symbol" || true; }
}

seed() {
  local target=$1 dir=$out/corpus/$1
  mkdir -p "$dir" "$out/crashes/$target"
  local bad=Tests/JixiaoTests/BadInputs
  case $target in
    target) for f in $bad/targets/*.txt; do [ -f "$f" ] && sed -n 6p "$f" | cut -f4 > "$dir/$(basename "$f")"; done
            printf '≤873.41(万元)' > "$dir/seed1"; printf '90%%～100%%' > "$dir/seed2"; printf '不低于９０（％）' > "$dir/seed3" ;;
    declaration) for f in samples/*/declaration.txt; do cp "$f" "$dir/$(basename "$(dirname "$f")").txt"; done
                 for f in samples/*/declaration-list.csv $bad/declarations/*.txt $bad/declarations/*.csv; do cp "$f" "$dir/"; done ;;
    csv) for f in samples/*/actuals.csv; do cp "$f" "$dir/$(basename "$(dirname "$f")").csv"; done
         for f in $bad/actuals/*.csv; do cp "$f" "$dir/"; done ;;
    xlsx) cp Tests/JixiaoTests/Fixtures/*.xlsx "$dir/"; for f in samples/*/*.xlsx $bad/declarations/*.xlsx; do cp "$f" "$dir/"; done ;;
    list) for f in samples/*/declaration-list.csv $bad/declarations/list-*.csv; do cp "$f" "$dir/"; done ;;
    rules) cp scoring-rules/*.json5 "$dir/"; for f in $bad/rules/*.json5; do cp "$f" "$dir/"; done ;;
    scorecard) cp Tests/JixiaoTests/Golden/*.score.json "$dir/" 2>/dev/null || true
               printf '{"unit": {"name": "u", "score": 1e400, "grade": "优", "budget": 0, "spent": -1, "projects": 1}}' > "$dir/seed1" ;;
    score) printf '≤873.41(万元)\n851.236\n3.12\n' > "$dir/seed1"; printf '≥95(%%)\n0.97\n16.67\n' > "$dir/seed2"
           printf '=100(%%)\n92\n7\n' > "$dir/seed3"; printf '10-20\n25.5\n2.5\n' > "$dir/seed4" ;;
  esac
}

run() {
  local target=$1 seconds=$2
  seed "$target"
  echo "fuzz: $target for ${seconds}s"
  # The Swift runtime's own crash reporter would read memory ASan guards; libFuzzer reports instead.
  SWIFT_BACKTRACE=enable=no JIXIAO_FUZZ_TARGET=$target "$bin" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=4096 \
    -dict=Tests/Fuzz/jixiao.dict \
    -artifact_prefix="$out/crashes/$target/" -print_final_stats=1 "$out/corpus/$target" > "$out/$target.log" 2>&1 || true
  grep -E '^(#[0-9]+.*(DONE|INITED)|stat::number_of_executed_units|stat::peak_rss_mb|==[0-9]+==ERROR|SUMMARY|Fatal|Test unit written)' \
    "$out/$target.log" || true
  local crashes
  crashes=$(find "$out/crashes/$target" -type f | wc -l)
  echo "fuzz: $target crashes: $crashes"
  # A run that never started (a bad flag or dictionary) is a failure too, not a clean pass.
  if ! grep -q '^stat::number_of_executed_units' "$out/$target.log"; then
    echo "fuzz: $target did not run:"; tail -5 "$out/$target.log"; return 1
  fi
  [ "$crashes" -eq 0 ]
}

case ${1:-} in
  build) build ;;
  run) build; run "$2" "$3" ;;
  all) build; status=0; for t in $targets; do run "$t" "$2" || status=1; done; exit $status ;;
  *) sed -n '2,8p' "$0"; exit 64 ;;
esac
