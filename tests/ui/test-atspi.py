#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The real `simris` program seen through AT-SPI, as a screen reader sees it (docs/hacking.md §4).

Usage: test-atspi.py SIMRIS_PROGRAM LANGUAGE      (LANGUAGE: fr or nl; one process per language)

Opens seed001-1 (alone with a minor child: 1 776,07 € a month) and checks that
  - every control that is showing (buttons, toggles, switches, combo boxes, spin buttons,
    text fields) has an accessible name, on the household page and on a person's page;
  - the monthly amount is exposed as text;
  - "Add Person" is found by its translated name, is focusable, and its action opens the
    relation menu, whose "Partner" item adds a person row;
  - the program is still alive at the end and stops on SIGTERM.
TAP output. Needs a display and a session bus: run under xvfb-run and dbus-run-session.
"""
import ctypes
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import warnings

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

# test_env makes warnings fatal (G_DEBUG=fatal-warnings): right for the program under test,
# which keeps it, but not for this client, where libatspi's harmless "dbind-WARNING … cache"
# (docs/hacking.md §9) would abort it.
GLib.log_set_always_fatal(GLib.LogLevelFlags.LEVEL_ERROR)

CASE = "seed001-1-alone-with-minor-child.simris.json"

# Expected texts, from po/<lang>.po (mnemonic underscores removed: GTK drops them from the
# name of a button built from an AdwButtonContent or a menu item).
LANGS = {
    "fr": {
        "amount": "1 776,07",              # 21 312,87 € / 12, French grouping
        "add": "Ajouter une personne",     # "_Add Person" → "_Ajouter une personne"
        "partner": "Partenaire",           # "Partner" (item of the Add Person menu)
        "members": "Personnes du ménage",  # "People in the household" (accessible label)
    },
    "nl": {
        "amount": "1.776,07",
        "add": "Persoon toevoegen",        # "_Add Person" → "Persoon _toevoegen"
        "partner": "Partner",
        "members": "Personen in het huishouden",
    },
    "de": {
        "amount": "1.776,07",              # German grouping (CLDR de-BE)
        "add": "Person hinzufügen",        # "_Add Person" → "Person _hinzufügen"
        "partner": "Partner",
        "members": "Personen im Haushalt",
    },
}

R = Atspi.Role
# Controls a screen reader announces by name. GTK 4.8 maps GtkSwitch to CHECK_BOX.
NAMED_ROLES = {R.PUSH_BUTTON, R.TOGGLE_BUTTON, R.CHECK_BOX, R.RADIO_BUTTON, R.COMBO_BOX,
               R.SPIN_BUTTON, R.TEXT, R.ENTRY, R.PASSWORD_TEXT, R.SLIDER}
if hasattr(R, "SWITCH"):
    NAMED_ROLES.add(R.SWITCH)
# With no name, GTK 4.8 gives the widget's type name: a screen reader reads "GtkMenuButton".
TYPE_NAME = re.compile(r"^(Gtk|Adw|Simris)[A-Z][A-Za-z0-9]*$")
MNEMONIC = re.compile(r"(^|\s)_\w")
SPACES = re.compile(r"[\s\u00a0\u2007\u202f]+")

APPEAR_TIMEOUT = 20.0    # the window appears ~0.6 s after launch
SETTLE_TIMEOUT = 20.0    # the result is computed right after the case loads
ACTION_TIMEOUT = 5.0
POLL = 0.1

n_tests = 0
n_failed = 0
bailed = False


def tap(ok, name, details=()):
    global n_tests, n_failed
    n_tests += 1
    if not ok:
        n_failed += 1
    print(f"{'ok' if ok else 'not ok'} {n_tests} - {name}")
    for line in details:
        print(f"# {line}")
    sys.stdout.flush()
    return ok


def bail_out(why):
    global bailed
    bailed = True
    print(f"Bail out! {why}")
    sys.stdout.flush()
    return 1


def note(line):
    print(f"# {line}")
    sys.stdout.flush()


def poll(what, timeout, proc=None):
    """Call what() until it returns something true or timeout runs out; None on timeout."""
    deadline = time.monotonic() + timeout
    while True:
        if proc is not None and proc.poll() is not None:
            return None
        try:
            got = what()
        except GLib.Error:      # a node went away while we looked: look again
            got = None
        if got:
            return got
        if time.monotonic() >= deadline:
            return None
        time.sleep(POLL)


class Node:
    """What one walk saw of an accessible, with the path that leads to it."""
    __slots__ = ("acc", "role", "role_name", "name", "states", "path", "trail", "showing")

    def describe(self):
        try:
            description = self.acc.get_description() or ""
        except GLib.Error:
            description = ""
        where = "/".join(self.path)
        context = " > ".join(f"'{t}'" for t in self.trail[-2:])
        return (f"{self.role_name} {self.name!r}"
                + (f" (description {description!r})" if description else "")
                + f" at {where}" + (f" (in {context})" if context else ""))


def state_set(acc):
    try:
        return set(acc.get_state_set().get_states())
    except GLib.Error:
        return set()


def walk(app):
    """Every node under the program's windows. GTK 4.8 sets SHOWING on windows only and
    VISIBLE on widgets, so a node is showing when it and all its ancestors are VISIBLE or
    SHOWING, up to a SHOWING window."""
    out = []

    def visit(acc, path, trail, showing):
        try:
            role = acc.get_role()
            name = acc.get_name() or ""
            count = acc.get_child_count()
        except GLib.Error:
            return
        n = Node()
        n.acc, n.role, n.name = acc, role, name
        n.role_name = acc.get_role_name() if hasattr(acc, "get_role_name") else str(role)
        n.states = state_set(acc)
        n.path = path
        n.trail = trail
        n.showing = showing and bool(n.states & {Atspi.StateType.VISIBLE, Atspi.StateType.SHOWING})
        out.append(n)
        if name and not TYPE_NAME.match(name):
            trail = trail + (name[:60],)
        for i in range(count):
            try:
                child = acc.get_child_at_index(i)
            except GLib.Error:
                continue
            if child is not None:
                visit(child, path + (f"{child.get_role_name()}[{i}]",), trail, n.showing)

    for i in range(app.get_child_count()):
        win = app.get_child_at_index(i)
        if win is None:
            continue
        shown = Atspi.StateType.SHOWING in state_set(win)
        visit(win, (f"{win.get_role_name()}[{i}]",), (), shown)
    return out


def text_of(node):
    """The name and, for labels and text fields, the text: what a screen reader can read."""
    parts = [node.name]
    if node.role in (R.LABEL, R.TEXT, R.ENTRY, R.SPIN_BUTTON, R.STATIC):
        try:
            parts.append(node.acc.get_text(0, node.acc.get_character_count()) or "")
        except (GLib.Error, AttributeError, TypeError):
            pass
    return SPACES.sub(" ", " ".join(parts))


def unnamed_controls(nodes):
    bad = []
    for n in nodes:
        if n.showing and n.role in NAMED_ROLES:
            name = n.name.strip()
            if not name or TYPE_NAME.match(name):
                bad.append(n)
    return bad


def check_names(nodes, where):
    bad = unnamed_controls(nodes)
    checked = sum(1 for n in nodes if n.showing and n.role in NAMED_ROLES)
    tap(checked > 0 and not bad,
        f"{where}: all {checked} showing controls have an accessible name",
        [f"no name: {n.describe()}" for n in bad] + ([] if checked else ["no control found"]))
    # GTK 4.8 names a button with use-underline "_Open Open"; the app names them itself
    # (simris_ui_name_mnemonic_buttons), so a screen reader never reads the underscore.
    mnemonic = [n for n in nodes if n.showing and n.role in NAMED_ROLES and MNEMONIC.search(n.name)]
    tap(not mnemonic, f"{where}: no accessible name carries a mnemonic underscore",
        [f"mnemonic in the name of {n.describe()}" for n in mnemonic])


def find_app(pid):
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        a = desktop.get_child_at_index(i)
        if a is None or a.get_process_id() != pid:
            continue
        # The window must be there, not just the registration.
        for j in range(a.get_child_count()):
            w = a.get_child_at_index(j)
            if w is not None and Atspi.StateType.SHOWING in state_set(w) and w.get_child_count() > 0:
                return a
    return None


def action_name(acc):
    with warnings.catch_warnings():      # deprecated in 2.46, its successor is not bound
        warnings.simplefilter("ignore", DeprecationWarning)
        return acc.get_action_name(0)


def members_count(nodes, members_name):
    lists = [n for n in nodes if n.role == R.LIST and n.name == members_name and n.showing]
    if len(lists) != 1:
        return None
    depth = len(lists[0].path)
    prefix = lists[0].path
    return sum(1 for n in nodes
               if n.role == R.LIST_ITEM and len(n.path) == depth + 1 and n.path[:depth] == prefix)


def die_with_parent():
    """In the child, before exec: SIGTERM when this script dies, so that a crash here never
    leaves the program holding meson's pipes until the timeout."""
    PR_SET_PDEATHSIG = 1
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)


def private_env(scratch, lang):
    """The program's environment: the language, and a private home in scratch (no autosave,
    recovery offer or first-run state in or out); never GTK_A11Y=none, which would hide the
    program from AT-SPI."""
    env = dict(os.environ)
    env.update({
        "LANGUAGE": lang,
        "XDG_STATE_HOME": os.path.join(scratch, "state"),
        "XDG_DATA_HOME": os.path.join(scratch, "data"),
        "XDG_CONFIG_HOME": os.path.join(scratch, "config"),
        "XDG_CACHE_HOME": os.path.join(scratch, "cache"),
    })
    env.pop("GTK_A11Y", None)
    return env


def launch(program, env, *args):
    """Starts the program; its own output goes to stderr, so that stdout stays TAP."""
    return subprocess.Popen([program, *args], env=env, stdin=subprocess.DEVNULL,
                            stdout=sys.stderr, stderr=sys.stderr, preexec_fn=die_with_parent)


def main():
    if len(sys.argv) != 3 or sys.argv[2] not in LANGS:
        return bail_out(f"usage: {sys.argv[0]} SIMRIS_PROGRAM {{{'|'.join(LANGS)}}}")
    program, lang = sys.argv[1], sys.argv[2]
    want = LANGS[lang]
    case = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "cases", "public", CASE)
    if not os.access(program, os.X_OK) or not os.path.isfile(case):
        return bail_out(f"missing {program if not os.access(program, os.X_OK) else case}")

    scratch = tempfile.mkdtemp(prefix=f"simris-atspi-{lang}-")
    env = private_env(scratch, lang)
    note(f"{program} {CASE}, LANGUAGE={lang}")
    proc = launch(program, env, case)
    try:
        return run(proc, want)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        shutil.rmtree(scratch, ignore_errors=True)


def run(proc, want):
    t0 = time.monotonic()
    app = poll(lambda: find_app(proc.pid), APPEAR_TIMEOUT, proc)
    if not tap(app is not None, f"the program (pid {proc.pid}) is on the AT-SPI desktop",
               [f"after {time.monotonic() - t0:.1f} s" if app else
                f"exit status {proc.poll()}" if proc.poll() is not None else
                f"not found in {APPEAR_TIMEOUT:.0f} s"]):
        return bail_out("no program to look at")
    # GTK 4.8 has no AT-SPI cache interface and we run no event loop: never cache.
    app.set_cache_mask(Atspi.Cache.NONE)

    # 2. The monthly amount, once the result is there (this also waits for the page).
    def amount():
        nodes = walk(app)
        hits = [n for n in nodes if n.showing and want["amount"] in text_of(n)]
        return (nodes, hits) if hits else None
    got = poll(amount, SETTLE_TIMEOUT, proc)
    nodes = got[0] if got else walk(app)
    tap(got is not None, f"the monthly amount {want['amount']!r} is exposed",
        [f"in {h.describe()}" for h in got[1][:3]] if got else
        ["no showing node's name or text contains it; labels: "
         + "; ".join(repr(text_of(n)) for n in nodes if n.role == R.LABEL and "€" in text_of(n))])

    # 1. Names, on the household page.
    check_names(nodes, "household page")

    # 3. "Add Person", by its translated name: focusable, and its action opens the menu.
    buttons = [n for n in nodes if n.showing and n.role in (R.PUSH_BUTTON, R.TOGGLE_BUTTON)
               and n.name == want["add"]]
    actionable = [n for n in buttons if n.acc.get_n_actions() > 0]
    tap(len(actionable) == 1 and Atspi.StateType.FOCUSABLE in actionable[0].states,
        f"a focusable button named {want['add']!r} with an action",
        [f"found: {n.describe()}, {n.acc.get_n_actions()} action(s), states "
         + ",".join(s.value_nick for s in sorted(n.states, key=int)) for n in buttons]
        or ["none found"])
    if len(actionable) != 1:
        return bail_out("no Add Person button")
    add = actionable[0]

    def menu_item(nodes_now):
        items = [n for n in nodes_now if n.showing and n.role == R.MENU_ITEM
                 and n.name == want["partner"]]
        return items[0] if items else None

    before = members_count(nodes, want["members"])
    had_menu = menu_item(nodes) is not None
    done = add.acc.do_action(0)
    item = poll(lambda: menu_item(walk(app)), ACTION_TIMEOUT, proc)
    tap(done and not had_menu and item is not None,
        f"its action ({action_name(add.acc)!r}) opens the relation menu",
        [f"do_action(0) returned {done}; menu item {want['partner']!r} "
         + ("was already showing" if had_menu else "showing" if item else "never appeared")])

    # … and choosing "Partner" there adds a row to the household list.
    after = None
    if item is not None and before is not None:
        item_done = item.acc.do_action(0)

        def grown():
            n = members_count(walk(app), want["members"])
            return n if n is not None and n > before else None
        after = poll(grown, ACTION_TIMEOUT, proc) if item_done else None
    tap(before is not None and after == before + 1,
        f"its {want['partner']!r} item adds a person to {want['members']!r}",
        [f"rows before: {before}, after: {after}"])

    # 1 again, on the page the program opened for the new person (fields of another kind).
    # A name set a moment after the page appears is fine for a screen reader: give it time.
    def named():
        now = walk(app)
        return now if not unnamed_controls(now) else None
    check_names(poll(named, ACTION_TIMEOUT, proc) or walk(app), "after adding a person")

    # 4. Still alive, then a clean stop.
    alive = proc.poll() is None
    tap(alive, "the program is still running", [] if alive else [f"exit status {proc.returncode}"])
    if alive:
        proc.send_signal(signal.SIGTERM)
        try:
            status = proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            status = None
        tap(status in (0, -signal.SIGTERM), "it stops on SIGTERM",
            [f"exit status {status}" if status is not None else "still running 10 s after SIGTERM"])
    return 0


if __name__ == "__main__":
    status = main()
    if not bailed:
        print(f"1..{n_tests}")
    sys.exit(1 if (status or n_failed) else 0)
