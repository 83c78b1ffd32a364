#!/usr/bin/env bash
# Runs the libFuzzer targets one after the other, each on a corpus seeded from the project's
# cases (tests/cases, tests/cases/public), hostile files (tests/bad-cases) and parameters.
#   bash tests/fuzz/run-fuzz.sh BUILDDIR SECONDS [TARGET...]   (TARGET: case-file, batch-line,
#                                                               parameters, decision, whatif;
#                                                               default all)
# BUILDDIR is configured with CC=clang -Dfuzzing=true. A crash, leak, sanitizer report or
# timeout fails the run (exit 1); the crashing input is kept in BUILDDIR/fuzz-artifacts/.
# Extra libFuzzer flags: FUZZ_FLAGS="-runs=10000000" (default: -max_total_time=SECONDS).
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
builddir=$(cd "${1:?usage: run-fuzz.sh BUILDDIR SECONDS [TARGET...]}" && pwd)
seconds=${2:?usage: run-fuzz.sh BUILDDIR SECONDS [TARGET...]}
shift 2
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(case-file batch-line parameters decision whatif)

work="$builddir/fuzz-corpus"
artifacts="$builddir/fuzz-artifacts"
mkdir -p "$artifacts"

seed () {
  local target=$1 dir="$work/$1"
  mkdir -p "$dir"
  case "$target" in
    case-file)
      cp "$src"/tests/cases/*.simris.json "$src"/tests/cases/public/*.simris.json \
         "$src"/tests/bad-cases/*.simris.json "$src"/data/examples/*.simris.json "$dir"/ 2>/dev/null ;;
    decision)
      # The first byte chooses the language (odd: Dutch).
      for f in "$src"/tests/cases/*.simris.json "$src"/tests/cases/public/*.simris.json \
               "$src"/data/examples/*.simris.json; do
        { printf 'f'; cat "$f"; } > "$dir/fr-$(basename "$f")"
      done ;;
    whatif)
      # Five header bytes (language and parts, timeline length, sweep step, postcode), then the
      # case: every part on; French, 12 months, 50 € steps, postcode 1000 (Brussels) for the
      # cases with scenarios or a timeline; Dutch, 120 months, 250 € steps, 9000 (Ghent) for
      # the public ones.
      for f in "$src"/tests/cases/scenarios-*.simris.json "$src"/tests/cases/timeline/*.simris.json; do
        { printf '\x0e\x0b\x00\x03\xe8'; cat "$f"; } > "$dir/fr-$(basename "$f")"
      done
      for f in "$src"/tests/cases/public/*.simris.json; do
        { printf '\x0f\x77\x04\x23\x28'; cat "$f"; } > "$dir/nl-$(basename "$f")"
      done ;;
    batch-line)
      # Each case on one line, several to a file, as simris-cli batch reads them.
      /usr/bin/python3 - "$dir" "$src"/tests/cases/*.simris.json "$src"/tests/cases/public/*.simris.json <<'PY'
import json, sys, os
out, files = sys.argv[1], sys.argv[2:]
lines = []
for f in files:
    with open(f, encoding='utf-8') as fh:
        lines.append(json.dumps(json.load(fh), ensure_ascii=False, separators=(',', ':')))
for i in range(0, len(lines), 4):
    with open(os.path.join(out, 'lines-%03d.jsonl' % i), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(lines[i:i + 4]) + '\n')
PY
      cp "$src"/tests/bad-cases/*.simris.json "$dir"/ ;;
    parameters)
      cp "$src"/data/parameters.json "$dir"/shipped.json
      printf '%s\n' '{ "index_coefficients": [ { "from": "2026-10-01", "coefficient": "1.8114", "source": "user" } ] }' \
        > "$dir"/newer-index.json
      printf '%s\n' '{ "index_coefficients": [ { "from": "2026-10-01", "coefficient": "abc" } ] }' > "$dir"/broken.json ;;
  esac
}

failed=0
for t in "${targets[@]}"; do
  exe="$builddir/tests/fuzz/fuzz-$t"
  if [ ! -x "$exe" ]; then
    echo "run-fuzz: $exe is missing (configure with CC=clang -Dfuzzing=true)" >&2
    failed=1
    continue
  fi
  seed "$t"
  echo "run-fuzz: $t for ${seconds}s"
  # -timeout: one input may take at most 10 s (FUZZ_TIMEOUT; raise it on a loaded machine, where a
  # niced fuzzer can wait seconds for the CPU);
  # -rss_limit_mb: the CLI refuses files over 10 MiB, so 2 GB means a leak or a blow-up.
  LSAN_OPTIONS=suppressions=$src/tests/lsan.supp:print_suppressions=0 \
  ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=0 \
       UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
       G_DEBUG=fatal-criticals \
       "$exe" "$work/$t" -dict="$here/simris.dict" -max_len=65536 -timeout="${FUZZ_TIMEOUT:-10}" -rss_limit_mb=2048 \
              -max_total_time="$seconds" -print_final_stats=1 -artifact_prefix="$artifacts/$t-" \
              ${FUZZ_FLAGS:-} 2>&1 | tee "$builddir/fuzz-$t.log" | grep -E '^#[0-9]+[[:space:]]+(INITED|DONE)|^stat::|ERROR|SUMMARY|Test unit written|^=='
  rc=${PIPESTATUS[0]}
  if [ "$rc" -ne 0 ] || grep -qE 'ERROR: libFuzzer|ERROR: AddressSanitizer|ERROR: LeakSanitizer|runtime error:|Test unit written' "$builddir/fuzz-$t.log"; then
    echo "run-fuzz: $t FAILED (log: $builddir/fuzz-$t.log)"
    failed=1
  else
    echo "run-fuzz: $t ok"
  fi
done
exit $failed
