#!/usr/bin/env bash
# Limits, measured (run on demand, not a test): time and peak RSS of `simris-cli compute` and
# `simris-cli decision` on
#   - a 10 MiB case file (one unbroken 10 MiB word as the applicant's name: the largest file
#     the loader reads, SIMRIS_CASE_FILE_MAX_SIZE),
#   - a 100 MB case file of the same shape (must be refused before it is read whole),
#   - a household of 30 members × 50 resources each (a valid case: must compute within a second).
# Usage: bash tests/bench-limits.sh [BUILDDIR]   (default build; needs /usr/bin/time)
set -uo pipefail
builddir=${1:-build}
cli="$builddir/app/simris-cli"
[ -x "$cli" ] || { echo "bench-limits: $cli is missing (meson compile -C $builddir)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench-limits: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

/usr/bin/python3 - "$tmp" <<'PY'
import json, os, sys
tmp = sys.argv[1]

def long_name(path, size):
    head = '{"simris_case":1,"reference_date":"2026-03-01","members":[{"id":"a","relation":"applicant","birth_date":"1990-01-01","name":"'
    tail = '"}]}\n'
    with open(path, "w") as f:
        f.write(head)
        left = size - len(head) - len(tail)
        chunk = "x" * (1 << 20)
        while left > 0:
            f.write(chunk[:min(left, len(chunk))])
            left -= len(chunk)
        f.write(tail)

long_name(os.path.join(tmp, "10mib.simris.json"), 10 * 1024 * 1024 - 16)
long_name(os.path.join(tmp, "100mb.simris.json"), 100 * 1000 * 1000)

kinds = ["wage", "unemployment", "maintenance_self", "regular_gift", "other"]
members = [{"id": "m0", "relation": "applicant", "birth_date": "1980-01-01", "resources": []}]
relations = ["partner", "child", "parent", "sibling", "other_relative", "unrelated"]
for i in range(1, 30):
    # a partner, then children and relatives of every kind the engine weighs
    members.append({"id": f"m{i}", "relation": "partner" if i == 1 else relations[1 + i % 5],
                    "birth_date": f"{1950 + i}-03-01", "resources": []})
for i, m in enumerate(members):
    for j in range(50):
        kind = kinds[j % len(kinds)]
        r = {"kind": kind, "amount": f"{10 + j}.{i:02d}", "period": "month", "label": f"resource {i}.{j}"}
        m["resources"].append(r)
case = {"simris_case": 1, "reference_date": "2026-03-01", "members": members}
with open(os.path.join(tmp, "30x50.simris.json"), "w") as f:
    json.dump(case, f, indent=2)
PY

printf '%-20s %-9s %6s %10s %12s  %s\n' file command exit seconds "peak RSS kB" "first line of stderr"
for f in 10mib 100mb 30x50; do
  for cmd in compute decision; do
    args=(compute "$tmp/$f.simris.json" --json)
    [ "$cmd" = decision ] && args=(decision "$tmp/$f.simris.json" --pdf "$tmp/$f.pdf")
    # At most 120 s a run (exit 124 then): the figure is then "more than 120 s".
    /usr/bin/time -v -o "$tmp/time" timeout 120 "$cli" "${args[@]}" >"$tmp/out" 2>"$tmp/err"
    status=$?
    secs=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$tmp/time" | awk -F: '{ print ($1 * 60) + $2 }')
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$tmp/time")
    printf '%-20s %-9s %6s %10s %12s  %s\n' "$f" "$cmd" "$status" "$secs" "$rss" "$(head -c 100 "$tmp/err" | head -1)"
  done
done
