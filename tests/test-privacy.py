#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Privacy: SimRIS opens no network socket. simris-cli (compute, decision, batch) and, under the
test display, the application run under `strace -f -e trace=network`; every socket they create
and every address they connect, bind or send to must be AF_UNIX (the session bus, X11, AT-SPI).
TAP output. A missing strace or display is a failure, not a skip.
Usage: test-privacy.py SIMRIS-CLI [SIMRIS]"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

from simris_tap import check, finish

cli = sys.argv[1]
app = sys.argv[2] if len(sys.argv) > 2 else None
here = os.environ.get("G_TEST_SRCDIR", os.path.dirname(os.path.abspath(__file__)))
case = os.path.join(here, "cases", "public", "seed001-1-alone-with-minor-child.simris.json")
strace = shutil.which("strace")

FAMILY = re.compile(r"\b(?:socket|socketpair)\((AF_[A-Z0-9]+|PF_[A-Z0-9]+|\d+)")
ADDRESS = re.compile(r"sa_family=(AF_[A-Z0-9]+|\d+)")


def families(log):
    """The address families of every socket and address in an strace log, with the lines."""
    found = []
    with open(log, encoding="utf-8", errors="replace") as f:
        for line in f:
            for m in FAMILY.finditer(line):
                found.append((m.group(1), line.strip()))
            for m in ADDRESS.finditer(line):
                found.append((m.group(1), line.strip()))
    return found


def traced(name, argv, env, timeout=120):
    with tempfile.TemporaryDirectory() as tmp:
        log = os.path.join(tmp, "strace.log")
        p = subprocess.run([strace, "-f", "-qq", "-e", "trace=network", "-o", log, *argv],
                           env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                           timeout=timeout)
        found = families(log)
        bad = [line for fam, line in found if fam not in ("AF_UNIX", "PF_UNIX", "AF_LOCAL")]
        check(f"{name}: only AF_UNIX sockets", not bad, "\n".join(bad[:10]))
        return p, found


def main():
    if strace is None:
        check("strace is installed (tools/install-deps.sh)", False)
        return
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ)
        env["XDG_STATE_HOME"] = os.path.join(tmp, "state")
        env["XDG_DATA_HOME"] = os.path.join(tmp, "data")
        env["XDG_CONFIG_HOME"] = os.path.join(tmp, "config")
        env["XDG_CACHE_HOME"] = os.path.join(tmp, "cache")
        # LeakSanitizer cannot run under ptrace; the sanitizer build checks these programs for
        # leaks in the other tests.
        env["ASAN_OPTIONS"] = ":".join(filter(None, [env.get("ASAN_OPTIONS"), "detect_leaks=0"]))
        jsonl = os.path.join(tmp, "cases.jsonl")
        with open(case, encoding="utf-8") as f:
            one_line = " ".join(f.read().split())
        with open(jsonl, "w", encoding="utf-8") as f:
            f.write(one_line + "\n" + one_line + "\n")
        pdf = os.path.join(tmp, "decision.pdf")

        for name, argv in [("compute", [cli, "compute", case]),
                           ("compute --json", [cli, "compute", case, "--json"]),
                           ("decision --pdf", [cli, "decision", case, "--pdf", pdf]),
                           ("batch", [cli, "batch", jsonl])]:
            p, _ = traced("simris-cli " + name, argv, env)
            check(f"simris-cli {name} succeeds under strace", p.returncode == 0, p.stderr[-2000:])
        check("the decision PDF was written", os.path.getsize(pdf) > 1000 if os.path.exists(pdf) else False)

        if app is None:
            return
        if not os.environ.get("DISPLAY"):
            check("a display for the application (run under xvfb-run, README command 2)", False)
            return
        # The application on a case for 8 s, then SIGTERM (timeout sends it to the program).
        p, found = traced("the application", ["timeout", "-s", "TERM", "8", app, case], env, timeout=60)
        check("the application ran until stopped", p.returncode in (124, 0),
              f"exit status {p.returncode}\n{p.stderr[-2000:]}")
        x11 = [line for fam, line in found if ".X11-unix" in line or "@/tmp/.X11-unix" in line]
        check("the trace saw the application connect to the X server", bool(x11),
              "\n".join(line for _, line in found[:10]))


main()
finish(all_details=True)
