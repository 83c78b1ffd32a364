#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""docs/law.md is `simris-cli rules --lang en --markdown`: fail (TAP) when the table of the law
(app/law/simris-rules.c, data/parameters.json) and the committed reference drift apart.
Regenerate with: build/app/simris-cli rules --lang en --markdown > docs/law.md"""

import difflib
import os
import subprocess
import sys
import tempfile

from simris_tap import check, finish

cli = sys.argv[1]
doc = os.path.join(os.environ["SIMRIS_SOURCE_DIR"], "docs", "law.md")

with tempfile.TemporaryDirectory() as xdg:
    # The shipped parameters only: a user's parameters file must not reach the reference.
    env = dict(os.environ, XDG_DATA_HOME=xdg)
    md = subprocess.run([cli, "rules", "--lang", "en", "--markdown"], env=env,
                        capture_output=True, text=True)
    fr = subprocess.run([cli, "rules", "--lang", "fr"], env=env, capture_output=True, text=True)
    bad = subprocess.run([cli, "rules", "extra.json"], env=env, capture_output=True, text=True)

with open(doc, encoding="utf-8") as f:
    committed = f.read()

check("rules --markdown exits 0", md.returncode == 0, md.stderr)
diff = "".join(difflib.unified_diff(committed.splitlines(True), md.stdout.splitlines(True),
                                    "docs/law.md", "simris-cli rules --markdown"))
check("docs/law.md matches simris-cli rules --markdown", diff == "", diff[:3000])
check("rules --lang fr cites the French act", fr.returncode == 0 and "loi 26/05/2002" in fr.stdout
      and "AR 11/07/2002" in fr.stdout, fr.stdout[:300])
check("rules takes no file", bad.returncode == 2, bad.stderr)

finish()
