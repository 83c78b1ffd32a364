#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The guided simulation as a screen reader sees it (TAP).

The `simris` program starts as on a first run, without a file, in a private home: it offers
"Guide Me" or "Fill the Form". "Guide Me" is chosen through its accessible action, a date of
birth is typed through the field's editable text, and "Next" is pressed through its action
page after page, up to the result: on every page, every showing control has an accessible
name. Helpers come from test-atspi.py (the same checks as the form's).

    test-atspi-assistant.py SIMRIS_PROGRAM LANG
"""

import importlib.util
import os
import shutil
import signal
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("simris_atspi", os.path.join(HERE, "test-atspi.py"))
base = importlib.util.module_from_spec(spec)
spec.loader.exec_module(base)
Atspi, R = base.Atspi, base.R

# What a screen reader hears in each language (po/fr.po, po/nl.po, without the mnemonic's
# underscore); set for the language of the run in main().
NAMES = {"fr": {"guide": ("Guidez-moi",), "next": ("Suivant",), "export": ("Exporter ma simulation…",)},
         "nl": {"guide": ("Begeleid mij",), "next": ("Volgende",), "export": ("Mijn simulatie exporteren…",)},
         "de": {"guide": ("Schritt für Schritt",), "next": ("Weiter",), "export": ("Meine Simulation exportieren…",)}}
WANT = {}
MAX_PAGES = 12


def plain(name):
    """GTK 4.8 names a button after its label property and its label child: "Next Next"."""
    half = name[:len(name) // 2]
    return half if name == f"{half} {half}" else name


TITLE = ("Guided Simulation", "Simulation guidée", "Begeleide simulatie", "Geführte Simulation")


def in_assistant(app):
    """The nodes of the assistant's window only. Without a window manager no window but the
    first is SHOWING, so a node counts as showing when it and its ancestors are VISIBLE."""
    class Only:
        """The application as base.walk sees it, with the assistant's window alone: the
        main window's tree is large and slow to walk."""
        def __init__(self):
            self.windows = []
            for i in range(app.get_child_count()):
                w = app.get_child_at_index(i)
                if w is not None and (w.get_name() or "") in TITLE:
                    self.windows.append(w)

        def get_child_count(self):
            return len(self.windows)

        def get_child_at_index(self, i):
            return self.windows[i]
    out = base.walk(Only())
    visible = {}
    for n in out:
        parent = visible.get(n.path[:-1], True)
        n.showing = parent and Atspi.StateType.VISIBLE in n.states
        visible[n.path] = n.showing
    return out


def step_of(nodes):
    """The text of the "Step 2 of 9" label under the questions."""
    steps = [base.text_of(n) for n in nodes if n.showing and n.role == R.LABEL
             and any(ch.isdigit() for ch in base.text_of(n)) and " 1" in base.text_of(n) + " 1"]
    labels = [t for t in steps if t.split()[:1] in (["Step"], ["Étape"], ["Stap"], ["Schritt"])]
    return labels[0] if labels else None


def showing(nodes, role, names):
    return [n for n in nodes if n.showing and n.role == role and plain(n.name) in names]


def run(proc):
    app = base.poll(lambda: base.find_app(proc.pid), base.APPEAR_TIMEOUT, proc)
    if not base.tap(app is not None, "the program is on the AT-SPI desktop"):
        return base.bail_out("no program")
    app.set_cache_mask(Atspi.Cache.NONE)

    # Without a window manager the dialog is never the active window, so AT-SPI does not
    # call it SHOWING: look for its buttons among the visible ones.
    def offered():
        hits = [n for n in base.walk(app) if n.role == R.PUSH_BUTTON and plain(n.name) in WANT["guide"]
                and Atspi.StateType.VISIBLE in n.states and n.path[0].startswith("dialog")]
        return hits[0] if hits else None
    guide = base.poll(offered, base.SETTLE_TIMEOUT, proc)
    base.tap(guide is not None, "a first run offers “Guide Me”", [f"{n.role_name} {n.name!r} {[s.value_nick for s in n.states]}" for n in base.walk(app) if n.path[0].startswith("dialog")]) if False else base.tap(guide is not None, "a first run offers “Guide Me”",
             [] if guide else ["buttons: " + "; ".join(repr(n.name) for n in base.walk(app)
                                                     if n.role == R.PUSH_BUTTON and n.path[0].startswith("dialog"))])
    if guide is None:
        return base.bail_out("no choice offered")
    dialog = [n for n in base.walk(app) if n.path[0] == guide.path[0]]
    for n in dialog:
        n.showing = Atspi.StateType.VISIBLE in n.states
    base.check_names(dialog, "the choice")
    guide.acc.do_action(0)

    def date_field():
        nodes = in_assistant(app)
        fields = [n for n in nodes if n.showing and n.role in (R.TEXT, R.ENTRY)]
        nexts = showing(nodes, R.PUSH_BUTTON, WANT["next"])
        return (fields[0], nodes) if fields and nexts else None
    got = base.poll(date_field, base.SETTLE_TIMEOUT, proc)
    base.tap(got is not None, "the assistant opens on a text field and a Next button")
    if got is None:
        return base.bail_out("no assistant")
    field, nodes = got
    base.check_names(nodes, "page 1")
    try:
        typed = Atspi.EditableText.set_text_contents(field.acc, "14/05/2003")
    except Exception as e:  # noqa: BLE001 - report, do not crash the TAP stream
        typed = False
        base.note(f"set_text_contents: {e}")
    base.tap(typed, "the date of birth can be typed through the accessible text")

    last_page = None
    for page in range(2, MAX_PAGES + 1):
        nodes = in_assistant(app)
        nexts = [n for n in showing(nodes, R.PUSH_BUTTON, WANT["next"])
                 if Atspi.StateType.SENSITIVE in n.states]
        if not nexts and not showing(nodes, R.PUSH_BUTTON, WANT["export"]):
            base.note("no sensitive Next: " + "; ".join(
                f"{n.name!r} {[x.value_nick for x in n.states]}" for n in nodes
                if n.role == R.PUSH_BUTTON and plain(n.name) in WANT["next"]))
        if not nexts:
            break
        before = step_of(nodes)
        nexts[0].acc.do_action(0)

        def settled():
            # The next page is there (its step number), and its names are set.
            now = in_assistant(app)
            return now if now and step_of(now) != before and not base.unnamed_controls(now) else None
        nodes = base.poll(settled, base.ACTION_TIMEOUT, proc) or in_assistant(app)
        base.check_names(nodes, f"page {page}")
        last_page = nodes
    export = base.poll(lambda: showing(in_assistant(app), R.PUSH_BUTTON, WANT["export"]) or None,
                       base.ACTION_TIMEOUT, proc)
    base.tap(bool(export), "Next leads to the result, with “Export My Simulation…”")

    alive = proc.poll() is None
    base.tap(alive, "the program is still running")
    if alive:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
    return 0


def main():
    if len(sys.argv) != 3:
        return base.bail_out(f"usage: {sys.argv[0]} SIMRIS_PROGRAM LANG")
    program, lang = sys.argv[1], sys.argv[2]
    WANT.update(NAMES[lang])
    scratch = tempfile.mkdtemp(prefix=f"simris-atspi-guide-{lang}-")
    proc = base.launch(program, base.private_env(scratch, lang))
    try:
        return run(proc)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    status = main()
    if not base.bailed:
        print(f"1..{base.n_tests}")
    sys.exit(1 if (status or base.n_failed) else 0)
