#!/usr/bin/env bash
# Benchmark (not a test): simris-cli batch on N generated cases; time and peak RSS.
# Usage: bash tests/bench-cli.sh BUILDDIR [N]
set -euo pipefail
build=${1:-build}; n=${2:-10000}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
/usr/bin/python3 - "$n" > "$tmp/cases.jsonl" <<'PY'
import json, random, sys
random.seed(2002)
rels = ["child", "parent", "sibling", "grandparent", "unrelated", "partner"]
kinds = ["wage", "unemployment", "pension", "family_allowance", "maintenance_self", "capital"]
for i in range(int(sys.argv[1])):
    members = [{"id": "a", "relation": "applicant", "birth_date": "1985-01-01", "resources": []}]
    for j in range(random.randint(0, 9)):
        rel = rels[random.randrange(len(rels) - (1 if j else 0))]
        members.append({"id": f"m{j}", "relation": rel,
                        "birth_date": f"{random.randint(1940, 2018)}-0{random.randint(1, 9)}-15"})
    for m in members:
        k = random.choice(kinds)
        m["resources"] = [{"kind": k, "amount": f"{random.randint(0, 2500)}.00",
                           "period": "total" if k == "capital" else "month"}]
    print(json.dumps({"simris_case": 1, "reference_date": "2025-03-01", "members": members}))
PY
/usr/bin/python3 - "$build/app/simris-cli" "$tmp/cases.jsonl" "$n" <<'PY'
import resource, subprocess, sys, time
t = time.monotonic()
p = subprocess.run([sys.argv[1], "batch", sys.argv[2], "--json"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
dt = time.monotonic() - t
lines = p.stdout.count(b"\n")
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(f"simris-cli batch: {sys.argv[3]} cases in {dt:.2f} s = {int(sys.argv[3]) / dt:.0f} cases/s, "
      f"{lines} result lines, exit {p.returncode}, peak RSS {rss:.1f} MiB")
PY
