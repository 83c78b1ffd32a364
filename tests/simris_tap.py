# SPDX-License-Identifier: GPL-3.0-or-later
"""The TAP the Python tests print for meson (protocol: 'tap'): one check per assertion, then the
plan, a line per check and the details of each failure as comments. A script imports it from its
own folder (tests/), which Python puts first on sys.path."""
import sys

results = []


def check(name, ok, detail=""):
    results.append((name, ok, detail))


def finish(max_lines=None, all_details=False):
    """Prints the plan and the results (details: max_lines at most, of failures only unless
    all_details), then exits: 0 when there was a check and every one passed."""
    print(f"1..{len(results)}")
    for i, (name, ok, detail) in enumerate(results, 1):
        print(f"{'ok' if ok else 'not ok'} {i} - {name}")
        if detail and (all_details or not ok):
            for line in str(detail).splitlines()[:max_lines]:
                print(f"# {line}")
    sys.exit(0 if results and all(ok for _, ok, _ in results) else 1)
