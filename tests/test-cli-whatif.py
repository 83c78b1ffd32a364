#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""simris-cli sweep and compare against docs/case-format.md: the CSV shape, hand-computed points,
the comparison of saved scenarios, exit statuses 0/1/2/3. TAP output."""
import json
import os
import subprocess
import sys
import tempfile

from simris_tap import check, finish

cli = sys.argv[1]
here = os.environ.get("G_TEST_SRCDIR", os.path.dirname(__file__))
spi = os.path.join(here, "cases", "public", "spi-new-job.simris.json")
scen = os.path.join(here, "cases", "scenarios-cohabitant-job-parent.simris.json")


def run(*args, env=None):
    e = dict(os.environ)
    e.update(env or {})
    return subprocess.run([cli, *args], capture_output=True, text=True, timeout=60, env=e)


# Sweep of the SPI case (cohabitant at 01/03/2025, SPI 309,48 a month = 3 713,76 a year, G 155,
# A 10 513,60): 0 → 10 513,60 / 12 = 876,13; 700 → (10 513,60 − (8 400 − 3 713,76) + 155) / 12 =
# 5 982,36 / 12 = 498,53; 1 000 → 2 382,36 / 12 = 198,53; 1 500 → R = 14 286,24 ≥ A → 0.
# total = earnings + RIS (the parent has no resources).
p = run("sweep", spi, "--member", "a", "--to", "1500", "--step", "100")
check("sweep exit 0", p.returncode == 0, p.stderr)
lines = p.stdout.splitlines()
check("sweep header", lines[:1] == ["earnings;ris_month;total_month"], repr(lines[:1]))
check("sweep 16 points", len(lines) == 17, repr(len(lines)))
rows = {l.split(";")[0]: l for l in lines[1:]}
for want in ("0.00;876.13;876.13", "700.00;498.53;1198.53", "1000.00;198.53;1198.53", "1500.00;0.00;1500.00"):
    check(f"sweep point {want}", rows.get(want.split(";")[0]) == want, repr(rows.get(want.split(";")[0])))

# Default range 0 → 2 500 in 10 € steps, whatever --lang (and the locale): 251 points; at 1 180,
# R = 14 160 − 3 713,76 = 10 446,24 < A: (10 513,60 − 10 291,24) / 12 = 18,53, total 1 198,53;
# at 1 190, R = 10 566,24 ≥ A: 0, total 1 190,00 — one more euro lowers the income.
for lang in ("fr", "nl"):
    p = run("sweep", spi, "--member", "a", "--lang", lang, env={"LANGUAGE": lang})
    lines = p.stdout.splitlines()
    check(f"sweep default range --lang {lang}", p.returncode == 0 and len(lines) == 252, p.stderr)
    check(f"sweep trap --lang {lang}", "1180.00;18.53;1198.53" in lines and "1190.00;0.00;1190.00" in lines)
    check(f"sweep no thousands separator --lang {lang}", "2500.00;0.00;2500.00" in lines)

# Exit statuses.
check("sweep without --member: 2", run("sweep", spi).returncode == 2)
check("sweep unknown member: 2", run("sweep", spi, "--member", "zz").returncode == 2)
check("sweep bad --step: 2", run("sweep", spi, "--member", "a", "--step", "ten").returncode == 2)
check("sweep zero step: 2", run("sweep", spi, "--member", "a", "--step", "0").returncode == 2)
check("sweep missing file: 3", run("sweep", "/nonexistent.simris.json", "--member", "a").returncode == 3)
with tempfile.NamedTemporaryFile("w", suffix=".simris.json", delete=False) as f:
    f.write('{"simris_case": 1, "reference_date": "2025-03-01", "members": []}')
    bad = f.name
check("sweep invalid case: 1", run("sweep", bad, "--member", "a").returncode == 1)

# Compare: the figures are worked out in the case's description.
p = run("compare", scen, "--json")
check("compare exit 0", p.returncode == 0, p.stderr)
try:
    doc = json.loads(p.stdout)
except ValueError:
    doc = {}
check("compare version", doc.get("simris_compare") == 1)
cols = doc.get("scenarios", [])
got = [(c.get("name"), c.get("category"), c.get("amount_month"), c.get("total_month")) for c in cols]
want = [("Base case", "cohabitant", "498.53", "3698.53"),
        ("CPAS counts the parent", "cohabitant", "0.00", "3200.00"),
        ("Parent leaves", "isolated", "944.51", "1644.51"),
        ("Job pays 1 000", "cohabitant", "198.53", "3698.53")]
check("compare columns", got == want, repr(got))
check("compare differs", all(len(c.get("differs", [])) > 0 for c in cols[1:]), "")
check("compare differs name the amount step",
      all(any(d["kind"] == "amount" and d["text"] for d in c["differs"]) for c in cols[1:]))
check("compare no scenarios: base only",
      [c["name"] for c in json.loads(run("compare", spi, "--json").stdout)["scenarios"]] == ["Base case"])

p = run("compare", scen, "--lang", "fr")
check("compare text exit 0", p.returncode == 0, p.stderr)
check("compare text side by side", "Parent leaves" in p.stdout.splitlines()[0] and "944,51" in p.stdout, p.stdout[:400])

with tempfile.NamedTemporaryFile("w", suffix=".simris.json", delete=False) as f:
    case = json.load(open(spi, encoding="utf-8"))
    case["scenarios"] = [{"name": "ok", "changes": []},
                         {"name": "bad", "changes": [{"op": "remove_member", "member": "x"}]}]
    json.dump(case, f)
    badscen = f.name
p = run("compare", badscen)
check("compare bad scenario: 1", p.returncode == 1, p.stderr)
check("compare bad scenario names the path",
      'scenarios[1].changes[0].member: no such member "x"' in p.stderr, p.stderr)
check("compare bad --lang: 2", run("compare", spi, "--lang", "xx").returncode == 2)
check("compare missing file: 3", run("compare", "/nonexistent.simris.json").returncode == 3)
for path in (bad, badscen):
    os.unlink(path)

finish(max_lines=10)
