#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""simris-cli against docs/case-format.md: every public case and every case of ours to the cent
(compute --json and batch), text output, exit statuses 0/1/2/3 on bad input. TAP output."""
import json
import os
import re
import stat
import subprocess
import sys
import tempfile

from simris_tap import check, finish

cli = sys.argv[1]
here = os.environ.get("G_TEST_SRCDIR", os.path.dirname(__file__))
public = os.path.join(here, "cases", "public")


def run(*args, stdin=None):
    return subprocess.run([cli, *args], capture_output=True, text=True, timeout=60, input=stdin)


def subset(expected, actual, path="expected"):
    if expected is None:
        return None if actual is None else f"{path}: expected null, got {actual!r}"
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return f"{path}: expected an object"
        for k, v in expected.items():
            why = subset(v, actual.get(k), f"{path}.{k}")
            if why:
                return why
        return None
    if isinstance(expected, list):
        if not isinstance(actual, list) or len(actual) != len(expected):
            return f"{path}: expected {len(expected)} elements, got {actual!r}"
        for i, (e, a) in enumerate(zip(expected, actual)):
            why = subset(e, a, f"{path}[{i}]")
            if why:
                return why
        return None
    return None if expected == actual else f"{path}: expected {expected!r}, got {actual!r}"


cases = []
for folder in (public, os.path.join(here, "cases")):
    for name in sorted(os.listdir(folder)):
        if name.endswith(".simris.json"):
            cases.append(os.path.join(folder, name))

for path in cases:
    name = os.path.basename(path)
    with open(path, encoding="utf-8") as f:
        expected = json.load(f)["expected"]
    p = run("compute", path, "--json")
    if p.returncode != 0:
        check(f"compute {name}", False, p.stderr)
        continue
    why = subset(expected, json.loads(p.stdout))
    check(f"compute {name}", why is None, why or "")

# batch: one case per line in, one result per line out, same order.
with tempfile.TemporaryDirectory() as tmp:
    batch = os.path.join(tmp, "cases.jsonl")
    with open(batch, "w", encoding="utf-8") as out:
        for path in cases:
            with open(path, encoding="utf-8") as f:
                out.write(json.dumps(json.load(f)) + "\n")
    p = run("batch", batch, "--json")
    lines = p.stdout.splitlines()
    check("batch exit 0", p.returncode == 0, p.stderr)
    check("batch one line per case", len(lines) == len(cases), f"{len(lines)} != {len(cases)}")
    for path, line in zip(cases, lines):
        with open(path, encoding="utf-8") as f:
            expected = json.load(f)["expected"]
        why = subset(expected, json.loads(line))
        check(f"batch {os.path.basename(path)}", why is None, why or "")

    # A bad line in a batch: an error object in its place, the others computed, exit 1.
    mixed = os.path.join(tmp, "mixed.jsonl")
    with open(cases[0], encoding="utf-8") as f:
        good = json.dumps(json.load(f))
    with open(mixed, "w", encoding="utf-8") as out:
        out.write(good + "\n{ not json\n" + good + "\n")
    p = run("batch", batch)
    check("batch without --json writes the same JSON lines",
          p.returncode == 0 and [json.loads(l)["amount_month"] for l in p.stdout.splitlines()]
          == [json.loads(l)["amount_month"] for l in lines], p.stderr)
    p = run("batch", mixed, "--json")
    lines = p.stdout.splitlines()
    check("batch bad line exit 1", p.returncode == 1, str(p.returncode))
    check("batch bad line keeps order", len(lines) == 3 and "error" in json.loads(lines[1])
          and "simris_result" in json.loads(lines[2]), p.stdout)

    # Bad inputs: exit 1 with a message naming the field; never a crash.
    def bad(name, content, field, raw=False):
        f = os.path.join(tmp, name)
        with open(f, "wb") as out:
            out.write(content if raw else json.dumps(content).encode())
        p = run("compute", f, "--json")
        check(f"invalid {name} exit 1", p.returncode == 1, f"exit {p.returncode}: {p.stderr}")
        check(f"invalid {name} names {field}", field in p.stderr, p.stderr)

    base = {"simris_case": 1, "reference_date": "2025-03-01",
            "members": [{"id": "a", "relation": "applicant", "birth_date": "1990-01-01",
                         "resources": [{"kind": "wage", "amount": "100.00", "period": "month"}]}]}

    def variant(fn):
        c = json.loads(json.dumps(base))
        fn(c)
        return c

    bad("negative.json", variant(lambda c: c["members"][0]["resources"][0].update(amount="-5")),
        "members[0].resources[0].amount")
    bad("precise.json", variant(lambda c: c["members"][0]["resources"][0].update(amount="5.123")),
        "members[0].resources[0].amount")
    bad("huge.json", variant(lambda c: c["members"][0]["resources"][0].update(amount="10000000.01")),
        "members[0].resources[0].amount")
    bad("kind.json", variant(lambda c: c["members"][0]["resources"][0].update(kind="lottery")),
        "members[0].resources[0].kind")
    bad("period.json", variant(lambda c: c["members"][0]["resources"][0].update(period="week")),
        "members[0].resources[0].period")
    bad("relation.json", variant(lambda c: c["members"].append(
        {"id": "x", "relation": "cousin", "birth_date": "1990-01-01"})), "members[1].relation")
    bad("date.json", variant(lambda c: c.update(reference_date="2025-02-30")), "reference_date")
    bad("birth.json", variant(lambda c: c["members"][0].update(birth_date="2030-01-01")),
        "members[0].birth_date")
    bad("dangling.json", variant(lambda c: c["members"].append(
        {"id": "c", "relation": "child", "birth_date": "2015-01-01", "dependent_of": "zz"})),
        "members[1].dependent_of")
    bad("two-applicants.json", variant(lambda c: c["members"].append(
        {"id": "b", "relation": "applicant", "birth_date": "1990-01-01"})), "members")
    bad("wrong-type.json", variant(lambda c: c["members"][0].update(married="yes")),
        "members[0].married")
    bad("capital-month.json", variant(lambda c: c["members"][0]["resources"][0].update(
        kind="capital")), "members[0].resources[0]")
    bad("not-json.json", b"{ \"simris_case\": 1, ", "", raw=True)
    bad("empty.json", b"", "", raw=True)
    bad("not-utf8.json", b"{\"simris_case\": 1, \"reference_date\": \"\xff\"}", "", raw=True)
    bad("deep.json", ("{\"simris_case\": 1, \"x\": " + "[" * 40 + "]" * 40 + "}").encode(), "", raw=True)
    bad("array.json", b"[1, 2]", "", raw=True)
    bad("too-new.json", variant(lambda c: c.update(simris_case=99)), "simris_case")

    # Drafts (docs/case-format.md): compute, decision and batch refuse them, exit 1, naming the
    # first missing value in file order.
    def draft(name, case, message):
        f = os.path.join(tmp, name)
        with open(f, "w", encoding="utf-8") as out:
            json.dump(case, out)
        p = run("compute", f, "--json")
        check(f"draft {name} compute exit 1", p.returncode == 1 and message in p.stderr and p.stdout == "",
              f"exit {p.returncode}: {p.stderr}")
        pdf = os.path.join(tmp, name + ".pdf")
        p = run("decision", f, "--pdf", pdf)
        check(f"draft {name} decision exit 1", p.returncode == 1 and message in p.stderr
              and not os.path.exists(pdf), f"exit {p.returncode}: {p.stderr}")
        jsonl = os.path.join(tmp, name + ".jsonl")
        with open(jsonl, "w", encoding="utf-8") as out:
            out.write(json.dumps(base) + "\n" + json.dumps(case) + "\n")
        p = run("batch", jsonl)
        lines = p.stdout.splitlines()
        check(f"draft {name} batch exit 1", p.returncode == 1 and len(lines) == 2
              and "simris_result" in json.loads(lines[0]) and json.loads(lines[1]).get("error") == message
              and json.loads(lines[1]).get("line") == 2, f"exit {p.returncode}: {p.stdout} {p.stderr}")

    draft("new-case.json", {"simris_case": 1, "reference_date": "2025-03-01",
                            "members": [{"id": "a", "relation": "applicant"}]},
          "members[0].birth_date: incomplete — the date is missing")
    draft("no-amount.json", variant(lambda c: c["members"][0]["resources"][0].pop("amount")),
          "members[0].resources[0].amount: incomplete — the amount is missing")
    draft("no-kind.json", variant(lambda c: c["members"][0]["resources"][0].update(kind=None)),
          "members[0].resources[0].kind: incomplete — the kind is missing")

    # batch: a NUL byte inside a line is refused as compute refuses it (not cut there); a line
    # longer than a case file may be is refused while it is read, and the next line computed.
    good = json.dumps(base)
    nul_file = os.path.join(tmp, "nul.json")
    with open(nul_file, "wb") as out:
        out.write(good[:-2].encode() + b"\x00" + good[-2:].encode())
    p_compute = run("compute", nul_file)
    nul_batch = os.path.join(tmp, "nul.jsonl")
    with open(nul_batch, "wb") as out:
        out.write(good.encode() + b"\n" + good[:-2].encode() + b"\x00" + good[-2:].encode() + b"\n" + good.encode() + b"\n")
    p = run("batch", nul_batch)
    lines = p.stdout.splitlines()
    check("compute refuses a NUL byte", p_compute.returncode == 1 and "NUL" in p_compute.stderr, p_compute.stderr)
    check("batch refuses a NUL byte inside a line", p.returncode == 1 and len(lines) == 3
          and "NUL" in json.loads(lines[1]).get("error", "") and "simris_result" in json.loads(lines[2]),
          f"exit {p.returncode}: {p.stdout[:300]} {p.stderr}")
    big_batch = os.path.join(tmp, "big.jsonl")
    # Written by pieces: this process stays small, and so does the child's inherited peak.
    with open(big_batch, "wb") as out:
        out.write(good.encode() + b"\n" + b'{"simris_case": 1, "description": "')
        chunk = b"x" * (1 << 20)
        for _ in range(64):
            out.write(chunk)
        out.write(b'"}\r\n' + good.encode() + b"\n")
    # Spawned by hand, so that wait4() gives this child's own peak memory.
    out_path, err_path = os.path.join(tmp, "big.out"), os.path.join(tmp, "big.err")
    pid = os.posix_spawn(cli, [cli, "batch", big_batch], os.environ, file_actions=[
        (os.POSIX_SPAWN_OPEN, 1, out_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600),
        (os.POSIX_SPAWN_OPEN, 2, err_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)])
    _, wait_status, usage = os.wait4(pid, 0)
    code = os.waitstatus_to_exitcode(wait_status)
    with open(out_path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    check("batch refuses a line above 10 MiB", code == 1 and len(lines) == 3
          and f"{(64 << 20) + 37} bytes" in json.loads(lines[1]).get("error", "")
          and json.loads(lines[1]).get("line") == 2 and "simris_result" in json.loads(lines[2]),
          f"exit {code}: {lines[:3]}")
    # The 64 MiB line is never held whole: at most the 10 MiB a case may have, and the rest
    # (about 19 MiB in a plain build). The bound stays below the line's own 64 MiB, with room
    # for the shadow memory of the sanitizer build (.ci/run stage 2: about 51 MiB).
    check("batch reads a long line in bounded memory", usage.ru_maxrss < 60 * 1024,
          f"peak RSS {usage.ru_maxrss} KiB")
    print(f"# batch on a 64 MiB line: peak RSS {usage.ru_maxrss} KiB", file=sys.stderr)
    os.unlink(big_batch)
    crlf_batch = os.path.join(tmp, "crlf.jsonl")
    with open(crlf_batch, "wb") as out:
        out.write((good + "\r\n\r\n" + good + "\r" + good).encode())
    p = run("batch", crlf_batch)
    check("batch reads \\r\\n, \\r and a last line without newline", p.returncode == 0
          and len(p.stdout.splitlines()) == 3, f"exit {p.returncode}: {p.stdout[:200]} {p.stderr}")

    # Before 2017-06-01: refused (the date has no parameters).
    p = run("compute", cases[0], "--date", "2016-01-01")
    check("date before 2017 refused", p.returncode == 1 and "2017-06-01" in p.stderr, p.stderr)

    # Usage errors exit 2; I/O errors exit 3.
    check("no command exit 2", run().returncode == 2)
    check("unknown command exit 2", run("frobnicate", cases[0]).returncode == 2)
    check("bad --date exit 2", run("compute", cases[0], "--date", "tomorrow").returncode == 2)
    check("bad --lang exit 2", run("compute", cases[0], "--lang", "xx").returncode == 2)
    check("missing file exit 3", run("compute", os.path.join(tmp, "nope.json")).returncode == 3)
    check("decision without --pdf exit 2", run("decision", cases[0]).returncode == 2)
    check("decision unwritable exit 3",
          run("decision", cases[0], "--pdf", os.path.join(tmp, "no", "such", "dir.pdf")).returncode == 3)

# Text output in the language asked for.
alone = os.path.join(public, "seed001-1-alone-with-minor-child.simris.json")
p = run("compute", alone, "--lang", "fr")
# The same figure as "1 776,07 €", with the no-break spaces that keep it on one line.
check("text fr amount", p.returncode == 0 and "1\u202f776,07\u00a0€" in p.stdout, p.stdout[:400])
p = run("compute", alone, "--lang", "nl")
check("text nl amount", p.returncode == 0 and "€\u00a01.776,07" in p.stdout, p.stdout[:400])
p = run("compute", alone, "--lang", "nl", "--json")
check("json steps in nl", p.returncode == 0 and "KB 11/07/2002" in p.stdout, p.stdout[:200])

# decision: the case's remembered document language and the CPAS's postcode choose the court
# (Arbeidsrechtbank Gent, afdeling Gent: rechtbanken-tribunaux.be); the PDF is the owner's only.
with open(alone, encoding="utf-8") as f:
    decided = json.load(f)
decided["decision"] = {"cpas_postcode": "9000", "language": "nl", "case_reference": "RIS/1"}
with tempfile.TemporaryDirectory() as tmp:
    case = os.path.join(tmp, "decided.simris.json")
    pdf = os.path.join(tmp, "decided.pdf")
    with open(case, "w", encoding="utf-8") as f:
        json.dump(decided, f)
    os.umask(0o022)
    p = run("decision", case, "--pdf", pdf)
    check("decision exit 0", p.returncode == 0, p.stderr)
    check("decision PDF is 0600", p.returncode == 0 and (os.stat(pdf).st_mode & 0o777) == 0o600,
          oct(os.stat(pdf).st_mode) if os.path.exists(pdf) else "no file")
    try:
        text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, timeout=60).stdout
    except FileNotFoundError:
        text = ""
    flat = " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())
    check("decision in the remembered language, court of the postcode",
          "Arbeidsrechtbank Gent, afdeling Gent, Opgeëistenlaan 401 C, 9000 Gent" in flat, flat[:600])
    check("decision amount on one line", any("€ 1.776,07" in " ".join(l.replace("\u00a0", " ").split())
                                             for l in text.splitlines()), text[:400])

# decision's optional annexes (docs/cli.md): each only when asked, after the calculation annex.
# tests/cases/timeline/index-step-2026-03.simris.json: 1 314,20 a month in 2026-01 and 02, 1 340,47
# from the index step of 2026-03; total 2 × 1 314,20 + 2 × 1 340,47 = 5 309,34 (its description).
# tests/cases/scenarios-cohabitant-job-parent.simris.json: "Parent leaves" 944,51 a month (its
# description); its applicant "a" earns 700: 498,53 a month.


def pdf_lines(path):
    try:
        text = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, timeout=60).stdout
    except FileNotFoundError:
        return []
    return [" ".join(l.replace("\u00a0", " ").replace("\u202f", " ").split()) for l in text.splitlines()]


index_case = os.path.join(here, "cases", "timeline", "index-step-2026-03.simris.json")
cmp_case = os.path.join(here, "cases", "scenarios-cohabitant-job-parent.simris.json")
with tempfile.TemporaryDirectory() as tmp:
    plain = os.path.join(tmp, "plain.pdf")
    p = run("decision", index_case, "--pdf", plain, "--lang", "fr")
    lines = pdf_lines(plain)
    check("decision without annex flags: no annex", p.returncode == 0 and lines
          and not any(l.startswith("Annex: amounts") or "5 309,34" in l for l in lines), p.stderr)
    out = os.path.join(tmp, "period.pdf")
    p = run("decision", index_case, "--pdf", out, "--lang", "fr", "--period-from", "2026-01", "--period-to", "2026-04")
    lines = pdf_lines(out)
    check("decision --period-from/--period-to: the months and the total",
          p.returncode == 0 and any("1 314,20 €" in l for l in lines) and any("1 340,47 €" in l for l in lines)
          and any("5 309,34 €" in l for l in lines) and not any("Annex: other scenarios" in l for l in lines),
          p.stderr + "\n".join(lines[-80:]))
    out = os.path.join(tmp, "all.pdf")
    p = run("decision", cmp_case, "--pdf", out, "--lang", "nl", "--scenarios", "--sweep-member", "a")
    lines = pdf_lines(out)
    check("decision --scenarios --sweep-member in nl",
          p.returncode == 0 and any("Parent leaves" in l and "€ 944,51" in l for l in lines)
          and any("€ 498,53" in l for l in lines) and not any("Annex: amounts" in l for l in lines),
          p.stderr + "\n".join(lines[-80:]))
    # Issue 24: each applicant's decision. Two brothers with their mother's pension of 1 500 €:
    # (18 000 − 10 723,75) / 2 = 3 638,13 each; 10 723,75 − 3 638,13 + 155 = 7 240,62 / 12 = 603,39
    # (docs/calculation.md §5.1). Bilal's draft names him as the applicant.
    two = os.path.join(here, "cases", "household-two-applicants-2026.simris.json")
    out = os.path.join(tmp, "bilal.pdf")
    p = run("decision", two, "--pdf", out, "--lang", "fr", "--applicant", "b")
    lines = pdf_lines(out)
    check("decision --applicant: the other applicant's draft",
          p.returncode == 0 and any("Bilal" in l and "01/01/2005" in l for l in lines)
          and any("603,39 €" in l for l in lines), p.stderr + "\n".join(lines[:60]))
    p = run("compute", two)
    check("compute: each applicant's monthly amount in the text",
          p.returncode == 0 and any(l.startswith("  - Bilal [b]: ") and "603" in l and "39" in l
                                    for l in p.stdout.splitlines()), p.stdout[:2000])
    out = os.path.join(tmp, "bad.pdf")
    p = run("decision", two, "--pdf", out, "--applicant", "m")
    check("decision --applicant who does not apply: exit 1, no PDF",
          p.returncode == 1 and not os.path.exists(out) and "--applicant" in p.stderr, p.stderr)
    for name, args, status in [
            ("--period-from alone", ["--period-from", "2026-01"], 2),
            ("--period-to alone", ["--period-to", "2026-01"], 2),
            ("a period that is no month", ["--period-from", "2026-13", "--period-to", "2026-14"], 2),
            ("a period backwards", ["--period-from", "2026-04", "--period-to", "2026-01"], 2),
            ("a period too long", ["--period-from", "2026-01", "--period-to", "2036-12"], 1),
            ("no such sweep member", ["--sweep-member", "nobody"], 1)]:
        out = os.path.join(tmp, "bad.pdf")
        p = run("decision", index_case, "--pdf", out, *args)
        check(f"decision {name}: exit {status}, no PDF", p.returncode == status and not os.path.exists(out)
              and p.stderr.startswith("simris-cli:"), f"{p.returncode} {p.stderr}")

# The period annex starts with the month of the application (the right never starts before it)
# and gives its total for information: index-step-2026-03 applied on 2026-02-15, period asked from
# 2026-01: 02/2026 at 1 314,20, 03 and 04/2026 at 1 340,47 (its description), total
# 1 314,20 + 2 × 1 340,47 = 3 995,14; no row for 01/2026.
period_words = {"fr": ("02/2026", "01/2026", "3 995,14 €", "titre indicatif"),
                "nl": ("02/2026", "01/2026", "€ 3.995,14", "Ter informatie")}
with tempfile.TemporaryDirectory() as tmp:
    with open(index_case, encoding="utf-8") as f:
        applied = json.load(f)
    applied.setdefault("decision", {})["application_date"] = "2026-02-15"
    case = os.path.join(tmp, "applied.simris.json")
    with open(case, "w", encoding="utf-8") as f:
        json.dump(applied, f)
    for lang, (first, before, total, info) in period_words.items():
        out = os.path.join(tmp, f"period-{lang}.pdf")
        p = run("decision", case, "--pdf", out, "--lang", lang, "--period-from", "2026-01", "--period-to", "2026-04")
        lines = pdf_lines(out)
        annex = lines[next((i for i, l in enumerate(lines) if l.startswith(first) and "€" in l), len(lines)):]
        check(f"{lang}: the period annex starts with the month of the application, its total for information",
              p.returncode == 0 and annex and first in annex[0]
              and not any(l.startswith(before) for l in lines) and any(total in l for l in lines)
              and any(info in l for l in lines),
              p.stderr + "\n".join(lines[-60:]))

# The note for the social worker is a document of its own (--note): the other readings and the
# disputed rate stand in it, never in the decision (contested-isolated-partner-default: a partner
# without resources, the single rate as the other reading).
contested = os.path.join(here, "cases", "contested-isolated-partner-default.simris.json")
note_words = {"fr": ("Montant selon les autres lectures", "certains tribunaux du travail", "Note pour l'assistant social"),
              "nl": ("Bedrag volgens de andere lezingen", "sommige arbeidsrechtbanken", "Nota voor de maatschappelijk werker")}
with tempfile.TemporaryDirectory() as tmp:
    for lang, (table, courts, title) in note_words.items():
        decision_pdf = os.path.join(tmp, f"decision-{lang}.pdf")
        note_pdf = os.path.join(tmp, f"note-{lang}.pdf")
        p = run("decision", contested, "--pdf", decision_pdf, "--note", note_pdf, "--lang", lang)
        decision_text = " ".join(pdf_lines(decision_pdf))
        note_text = " ".join(pdf_lines(note_pdf))
        check(f"{lang}: decision --note writes the note apart, 0600",
              p.returncode == 0 and title in note_text and title not in decision_text
              and (os.stat(note_pdf).st_mode & 0o777) == 0o600, p.stderr)
        check(f"{lang}: no alternatives table nor disputed rate in the decision, both in the note",
              table not in decision_text and courts not in decision_text
              and table in note_text and courts in note_text, decision_text[-400:] + " | " + note_text[:400])
        check(f"{lang}: no SimRIS footer on the decision's pages, in the note's",
              "SimRIS 0" not in decision_text and "SimRIS" in note_text, decision_text[-200:])
    p = run("decision", contested, "--pdf", os.path.join(tmp, "d.pdf"), "--note", os.path.join(tmp, "no", "n.pdf"))
    check("decision --note unwritable: exit 3", p.returncode == 3, p.stderr)

# German for an ÖSHZ of the German-speaking Community (issue 30): a CPAS postcode of the German
# language region (4700 Eupen) writes the decision in German without --lang; the appeal to the
# Arbeitsgericht Eupen with the mentions of art. 14 of the Charter of the insured: three months,
# art. 728 and 1017 of the Judicial Code ("leichtfertig oder schikanös"), free of charge. The
# amount of seed001-1 (its description: 21 312,87 € a year / 12 = 1 776,07 €) in the German
# format (CLDR de-BE: 1.776,07 €), dates as 01.04.2026.
with tempfile.TemporaryDirectory() as tmp:
    with open(os.path.join(public, "seed001-1-alone-with-minor-child.simris.json"), encoding="utf-8") as f:
        eupen = json.load(f)
    eupen.setdefault("decision", {})["cpas_postcode"] = "4700"
    eupen["decision"].pop("language", None)
    case = os.path.join(tmp, "eupen.simris.json")
    with open(case, "w", encoding="utf-8") as f:
        json.dump(eupen, f)
    out = os.path.join(tmp, "eupen.pdf")
    p = run("decision", case, "--pdf", out)
    text = " ".join(pdf_lines(out)) if p.returncode == 0 else ""
    for what, words in [("the labour court of Eupen", "Arbeitsgericht Eupen"),
                        ("three months", "Die Beschwerdefrist beträgt 3 Monate"),
                        ("art. 728", "Art. 728 des Gerichtsgesetzbuches"),
                        ("art. 1017 as it reads", "leichtfertiger oder schikanöser Klage (Art. 1017"),
                        ("free of charge", "Die Beschwerde ist kostenlos"),
                        ("the amount in the German format", "1.776,07 €"),
                        ("the integration income", "Eingliederungseinkommen")]:
        check(f"de: the decision for an ÖSHZ (4700) says {what}", p.returncode == 0 and words in text,
              p.stderr + text[-300:])
    check("de: dates as dd.mm.yyyy", re.search(r"\b\d{2}\.\d{2}\.\d{4}\b", text) is not None
          and re.search(r"\b\d{2}/\d{2}/\d{4}\b", text) is None, text[:300])

# The language laws (data/languages.json, the language regions): a warning on stderr, the PDF written all the
# same; Brussels takes both languages.
with tempfile.TemporaryDirectory() as tmp:
    with open(os.path.join(public, "seed001-1-alone-with-minor-child.simris.json"), encoding="utf-8") as f:
        base_case = json.load(f)
    for postcode, lang, warned in [("9000", "fr", True), ("9000", "nl", False), ("4000", "nl", True),
                                   ("4000", "fr", False), ("1000", "fr", False), ("1000", "nl", False),
                                   ("4700", "fr", True), ("4700", "nl", True), ("1400", "nl", True),
                                   ("4700", "de", False), ("1000", "de", True), ("9000", "en", True),
                                   ("0500", "fr", False)]:
        base_case.setdefault("decision", {})["cpas_postcode"] = postcode
        case = os.path.join(tmp, "c.simris.json")
        with open(case, "w", encoding="utf-8") as f:
            json.dump(base_case, f)
        out = os.path.join(tmp, "c.pdf")
        p = run("decision", case, "--pdf", out, "--lang", lang)
        check(f"language laws: {lang} decision for postcode {postcode} {'warns' if warned else 'does not warn'}",
              p.returncode == 0 and os.path.exists(out) and (f"postcode {postcode}" in p.stderr) == warned,
              p.stderr)
# Issue 27, defect 4: as root, --pdf /dev/null replaced the system's /dev/null by a regular file.
# A device node made in a temporary folder (a link to /dev/null where mknod is not allowed), a
# FIFO and a link to either are refused, with a message, and left as they were.
with tempfile.TemporaryDirectory() as tmp:
    device = os.path.join(tmp, "null.pdf")
    try:
        os.mknod(device, 0o600 | stat.S_IFCHR, os.makedev(1, 3))
    except PermissionError:
        os.symlink("/dev/null", device)
    fifo = os.path.join(tmp, "fifo.pdf")
    os.mkfifo(fifo, 0o600)
    link = os.path.join(tmp, "link.pdf")
    os.symlink(device, link)
    case = os.path.join(here, "cases", "public", "isolated-nothing-2026-03.simris.json")
    for what, path in [("a device node", device), ("a FIFO", fifo), ("a link to a device", link)]:
        p = subprocess.run([cli, "decision", case, "--pdf", path], capture_output=True, text=True, timeout=60)
        mode = os.stat(path).st_mode
        check(f"decision --pdf onto {what}: refused, left as it was",
              p.returncode != 0 and "not a regular file" in p.stderr and not stat.S_ISREG(mode),
              f"{p.returncode} {p.stderr}")

# A newer index step in the user's parameters file (docs/calculation.md §3): one line of data. Isolé
# 9 058,25 × 1,8114 (1,02^30) = 16 408,114… → 16 408,11 a year; / 12 = 1 367,34 a month.
with tempfile.TemporaryDirectory() as xdg:
    os.makedirs(os.path.join(xdg, "simris"))
    user_file = os.path.join(xdg, "simris", "parameters.json")
    with open(user_file, "w", encoding="utf-8") as f:
        json.dump({"index_coefficients": [{"from": "2026-10-01", "coefficient": "1.8114",
                                           "source": "test step", "status": "test"}]}, f)
    alone_case = os.path.join(here, "cases", "newer-index-warning.simris.json")
    env = dict(os.environ, XDG_DATA_HOME=xdg)
    p = subprocess.run([cli, "compute", alone_case, "--json", "--lang", "en"], capture_output=True,
                       text=True, timeout=60, env=env)
    out = json.loads(p.stdout) if p.returncode == 0 else {}
    check("user step amount", out.get("amount_month") == "1367.34" and out.get("parameters") == "2026-10-01",
          p.stdout[:300] + p.stderr)
    check("user step says so, without a path of this machine",
          any("user's own parameters file" in s["text"] for s in out.get("steps", []))
          and xdg not in p.stdout, "")
    codes = [w["code"] for w in out.get("warnings", [])]
    check("user step: no newer-index warning, the user_parameters warning",
          "newer_index_may_apply" not in codes and "derived_amounts" in codes and "user_parameters" in codes,
          str(codes))
    # The decision's note carries the warning too, and no path of this machine.
    with tempfile.TemporaryDirectory() as tmp:
        out_pdf = os.path.join(tmp, "user.pdf")
        p = subprocess.run([cli, "decision", alone_case, "--pdf", out_pdf, "--lang", "fr"], capture_output=True,
                           text=True, timeout=60, env=env)
        text = subprocess.run(["pdftotext", out_pdf, "-"], capture_output=True, text=True).stdout if p.returncode == 0 else ""
        check("decision with user parameters: the warning, no path", p.returncode == 0 and "paramètres" in text
              and xdg not in text and "/root" not in text and os.path.expanduser("~") + "/" not in text,
              p.stderr + text[-500:])
    # A date twice, a row in 2099, a coefficient of 0: the whole file refused, with the reason, and
    # the shipped amounts used (isolé 1 340,47 € from 2026-03-01, docs/calculation.md §3).
    for what, rows, reason in [
            ("a date twice", [{"from": "2026-10-01", "coefficient": "1.8114"}, {"from": "2026-10-01", "coefficient": "1.8476"}],
             "given twice"),
            ("a row in 2099", [{"from": "2099-01-01", "coefficient": "1.8114"}], "more than a year ahead"),
            ("a coefficient of 0", [{"from": "2026-10-01", "coefficient": "0.0000"}], "not a plausible"),
            ("a coefficient of 9.9999", [{"from": "2026-10-01", "coefficient": "9.9999"}], "too far from")]:
        with open(user_file, "w", encoding="utf-8") as f:
            json.dump({"index_coefficients": rows}, f)
        p = subprocess.run([cli, "compute", alone_case, "--json", "--lang", "en"], capture_output=True,
                           text=True, timeout=60, env=env)
        out = json.loads(p.stdout) if p.returncode == 0 else {}
        warnings = {w["code"]: w["text"] for w in out.get("warnings", [])}
        check(f"user parameters with {what}: refused, says why, shipped amounts",
              out.get("amount_month") == "1340.47" and reason in warnings.get("user_parameters_invalid", "")
              and "user_parameters" not in warnings and xdg not in p.stdout, p.stdout[:400] + p.stderr)
    with open(user_file, "w", encoding="utf-8") as f:
        f.write("{ broken")
    p = subprocess.run([cli, "compute", alone_case, "--json"], capture_output=True, text=True, timeout=60, env=env)
    out = json.loads(p.stdout) if p.returncode == 0 else {}
    check("broken user file ignored with a warning",
          out.get("amount_month") == "1340.47"
          and "user_parameters_invalid" in [w["code"] for w in out.get("warnings", [])], p.stdout[:300] + p.stderr)

    # Issue 27, defect 7: a FIFO parameters file hung the CLI; a link to /dev/zero read 2 GB.
    # Both are refused at once (regular files only, opened non-blocking, 10 MiB at most) and the
    # shipped amounts are used, with the warning.
    os.unlink(user_file)
    for what, make in [("a FIFO", lambda: os.mkfifo(user_file, 0o600)),
                       ("a link to /dev/zero", lambda: os.symlink("/dev/zero", user_file))]:
        make()
        p = subprocess.run([cli, "compute", alone_case, "--json", "--lang", "en"], capture_output=True,
                           text=True, timeout=20, env=env)
        out = json.loads(p.stdout) if p.returncode == 0 else {}
        warnings = {w["code"]: w["text"] for w in out.get("warnings", [])}
        check(f"user parameters file that is {what}: refused at once, shipped amounts",
              out.get("amount_month") == "1340.47"
              and "not a regular file" in warnings.get("user_parameters_invalid", ""), p.stdout[:300] + p.stderr)
        os.unlink(user_file)

# timeline (docs/case-format.md): every case of tests/cases/timeline through the CLI, --json shape,
# text output, exit statuses.
timeline_dir = os.path.join(here, "cases", "timeline")
for name in sorted(os.listdir(timeline_dir)):
    if not name.endswith(".simris.json"):
        continue
    path = os.path.join(timeline_dir, name)
    with open(path, encoding="utf-8") as f:
        case = json.load(f)
    want = case["expected_timeline"]
    p = run("timeline", path, "--from", case["timeline"]["from"], "--to", case["timeline"]["to"], "--json")
    if p.returncode != 0:
        check(f"timeline {name}", False, p.stderr)
        continue
    out = json.loads(p.stdout)
    ok = (out.get("simris_timeline") == 1 and out.get("from") == case["timeline"]["from"]
          and out.get("to") == case["timeline"]["to"] and out.get("total") == want["total"]
          and len(out["months"]) == len(want["months"]))
    why = None if ok else f"header or length: {p.stdout[:300]}"
    for e, a in zip(want["months"], out["months"]):
        if why:
            break
        codes = [c["code"] for c in a.get("changes", [])]
        if codes != e["change_codes"]:
            why = f"{e['month']}: changes {codes}, expected {e['change_codes']}"
        elif "steps" in a:
            why = f"{e['month']}: steps without --steps"
        else:
            why = subset({k: v for k, v in e.items() if k != "change_codes"}, a)
    check(f"timeline {name}", why is None, why or "")

index_case = os.path.join(timeline_dir, "index-step-2026-03.simris.json")
p = run("timeline", index_case, "--from", "2026-01", "--to", "2026-04", "--lang", "fr")
lines = p.stdout.splitlines()
check("timeline text fr", p.returncode == 0 and len(lines) == 5 and lines[0].startswith("01/2026")
      and "1\u202f314,20\u00a0€" in lines[0] and "1\u202f340,47\u00a0€" in lines[2]
      and "5\u202f309,34\u00a0€" in lines[4], p.stdout[:500])
p = run("timeline", index_case, "--from", "2026-01", "--to", "2026-02", "--json", "--steps", "--lang", "nl")
out = json.loads(p.stdout) if p.returncode == 0 else {"months": []}
check("timeline --steps: each month its own trace",
      len(out["months"]) == 2 and all(m.get("steps") for m in out["months"])
      and "01/02/2026" in out["months"][1]["steps"][0]["text"]
      and out["months"][1]["reference_date"] == "2026-02-01", p.stdout[:300] + p.stderr)
check("timeline without --from exit 2", run("timeline", index_case, "--to", "2026-04").returncode == 2)
check("timeline bad month exit 2", run("timeline", index_case, "--from", "2026-1", "--to", "2026-04").returncode == 2)
check("timeline to before from exit 2",
      run("timeline", index_case, "--from", "2026-05", "--to", "2026-04").returncode == 2)
p = run("timeline", index_case, "--from", "2017-01", "--to", "2017-08")
check("timeline before the first amounts exit 1", p.returncode == 1 and "2017-06-01" in p.stderr, p.stderr)
p = run("timeline", index_case, "--from", "2017-06", "--to", "2027-06")
check("timeline 121 months exit 1", p.returncode == 1 and "121" in p.stderr, p.stderr)
check("timeline missing file exit 3",
      run("timeline", os.path.join(timeline_dir, "nope.json"), "--from", "2026-01", "--to", "2026-02").returncode == 3)

# No English left in a French or Dutch decision (issue: refusals printed "The Special Committee
# ... refuses" because two singular msgids stood where simris_ntr looks for a plural entry).
# Every English msgid of the catalogues, cut at its format directives, is a set of fragments;
# a fragment of three words or more that the language's own catalogue never uses must not
# stand in any decision of every public case, every refusal case and every case with counted
# resources, in every language of
# po/LINGUAS.
def read_po(path):
    """The entries of a PO file: (msgids, msgstrs), each a list of strings."""
    entries, cur, key = [], None, None

    def unq(line):
        body = line[line.index('"') + 1:line.rindex('"')]
        return body.encode("utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8")

    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.strip()
            if line.startswith("#~"):
                continue
            if line.startswith("msgid "):
                cur = {"msgid": [""], "msgstr": []}
                entries.append(cur)
                key = ("msgid", 0)
            elif line.startswith("msgid_plural "):
                cur["msgid"].append("")
                key = ("msgid", 1)
            elif line.startswith("msgstr"):
                cur["msgstr"].append("")
                key = ("msgstr", len(cur["msgstr"]) - 1)
            elif not line.startswith('"'):
                key = None
                continue
            if key is not None and '"' in line:
                cur[key[0]][key[1]] += unq(line)
    return [(e["msgid"], e["msgstr"]) for e in entries if e["msgid"][0]]


def squash(text):
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2019", "'").split())


srcdir = os.environ.get("SIMRIS_SOURCE_DIR", os.path.join(here, ".."))
with open(os.path.join(srcdir, "po", "LINGUAS"), encoding="utf-8") as f:
    linguas = [w for l in f for w in l.split("#")[0].split()]
directive = re.compile(r"%(?:\d+\$)?[-+ #0]*\d*(?:\.\d+)?(?:l|ll|h|z|G_GINT64_MODIFIER)?[sdiufgxc]|%%|\n|[“”]")
refusals = [c for c in cases if '"eligible": false' in open(c, encoding="utf-8").read()]
# and the cases whose resources carry a count (ALE cheques, children with family allowances):
# plural sentences.
counted = [c for c in cases if re.search(r'"(count|allowance_children)":', open(c, encoding="utf-8").read())]
language_cases = [c for c in cases if os.path.dirname(c) == public] + \
    [c for c in refusals + counted if os.path.dirname(c) != public]
check("the language test has refusals to read", len(refusals) >= 2, str(refusals))
with tempfile.TemporaryDirectory() as tmp:
    for lang in linguas:
        entries = read_po(os.path.join(srcdir, "po", lang + ".po"))
        own = squash(" \u0001 ".join(s for _, strs in entries for s in strs)).lower()
        fragments = set()
        for ids, strs in entries:
            if not any(strs):
                continue
            for msgid in ids:
                for frag in directive.split(msgid):
                    frag = squash(frag).strip(" ,.;:()")
                    if len(frag.split()) >= 3 and len(frag) >= 12 and frag.lower() not in own:
                        fragments.add(frag)
        check(f"{lang}: English fragments to look for", len(fragments) > 500, str(len(fragments)))
        for case in language_cases:
            name = os.path.basename(case)
            pdf = os.path.join(tmp, f"{lang}-{name}.pdf")
            p = run("decision", case, "--pdf", pdf, "--lang", lang)
            try:
                text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, timeout=60).stdout
            except FileNotFoundError:
                text = ""
            lines = [squash(l) for l in text.splitlines()]
            whole = squash(text)
            english = sorted(f for f in fragments if f in whole)
            english += sorted(l for l in lines if l in fragments)
            check(f"{lang}: no English in the decision of {name}",
                  p.returncode == 0 and len(whole) > 1000 and not english,
                  p.stderr + "\n".join(english[:6]))

finish(max_lines=8)
