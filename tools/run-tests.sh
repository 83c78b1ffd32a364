#!/usr/bin/env bash
# README command 2: install what is missing, build, and run the whole test suite under a
# virtual display. Ends with "N passed, N failed"; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."

bash tools/install-deps.sh || exit 1

builddir=${SIMRIS_BUILDDIR:-build}
if [ ! -f "$builddir/build.ninja" ]; then
  meson setup "$builddir" || exit 1
fi
meson compile -C "$builddir" || exit 1

export LANG=C.UTF-8 GDK_BACKEND=x11 GSK_RENDERER=cairo GDK_DEBUG=gl-disable GSETTINGS_BACKEND=memory
rm -f "$builddir/meson-logs/testlog.json"
rc=0
xvfb-run -a -s "-screen 0 1280x1024x24 -noreset" dbus-run-session -- \
  meson test -C "$builddir" --print-errorlogs --num-processes 2 || rc=$?

/usr/bin/python3 - "$builddir" <<'PY'
import json, collections, sys
c = collections.Counter()
try:
    c.update(json.loads(l)['result'] for l in open(sys.argv[1] + '/meson-logs/testlog.json') if l.strip())
except OSError:
    c['ERROR'] += 1
if c['SKIP']:
    print(f"{c['SKIP']} skipped")
bad = sum(c[k] for k in ('FAIL', 'ERROR', 'TIMEOUT', 'INTERRUPT', 'UNEXPECTEDPASS'))
print(f"{c['OK'] + c['EXPECTEDFAIL']} passed, {bad} failed")
sys.exit(1 if bad else 0)
PY
py=$?
[ $rc -ne 0 ] && exit $rc
exit $py
