#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# What `meson install` gives a user: installs the build into a scratch DESTDIR and checks that
# every file a desktop needs is there and valid — the programs, the desktop entry (with the case
# files' MIME type), the metainfo, the schema, the icons, the MIME type itself, the catalogues and
# the manual in each language — and that a *.simris.json file is of that type and opens with SimRIS.
# Usage: install-check.sh BUILD_ROOT PREFIX BINDIR DATADIR LOCALEDIR APP_ID WITH_GUI
set -u

build=$1 prefix=$2 bindir=$3 datadir=$4 localedir=$5 app_id=$6 with_gui=$7
help_id=io.github.simris.SimRIS
mime_type=application/x-simris-case+json

dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT
n=0
fail=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); echo "not ok $n - $1"; fail=1; }
check () { # DESCRIPTION COMMAND...
  what=$1; shift
  if "$@" >"$dest/.out" 2>&1; then ok "$what"; else not_ok "$what"; sed 's/^/# /' "$dest/.out"; fi
}

# --no-rebuild: meson test built everything first; under DESTDIR the post-install steps are skipped.
if ! meson install -C "$build" --destdir "$dest" --no-rebuild --quiet >"$dest/.log" 2>&1; then
  not_ok "meson install --destdir"
  sed 's/^/# /' "$dest/.log"
  echo "1..$n"
  exit 1
fi
ok "meson install --destdir"

root=$dest$prefix
case $bindir in /*) bin=$dest$bindir ;; *) bin=$root/$bindir ;; esac
case $datadir in /*) share=$dest$datadir ;; *) share=$root/$datadir ;; esac
case $localedir in /*) locale=$dest$localedir ;; *) locale=$root/$localedir ;; esac

check "simris-cli installed and runs" "$bin/simris-cli" --version
if [ "$with_gui" = true ]; then
  check "simris installed" test -x "$bin/simris"
fi

desktop=$share/applications/$app_id.desktop
check "desktop entry installed" test -f "$desktop"
check "desktop entry valid" desktop-file-validate "$desktop"
check "desktop entry opens case files ($mime_type)" grep -qx "MimeType=$mime_type;" "$desktop"
check "desktop entry takes files or URIs" grep -Eq '^Exec=simris %[FU]$' "$desktop"

metainfo=$share/metainfo/$app_id.metainfo.xml
check "metainfo installed" test -f "$metainfo"
if command -v appstreamcli >/dev/null; then
  check "metainfo valid" appstreamcli validate --no-net "$metainfo"
fi
check "metainfo provides $mime_type" grep -q "<mediatype>$mime_type</mediatype>" "$metainfo"

schema=$share/glib-2.0/schemas/$app_id.gschema.xml
check "schema installed" test -f "$schema"
check "schema compiles" glib-compile-schemas --strict --dry-run "$share/glib-2.0/schemas"

check "scalable icon installed" test -f "$share/icons/hicolor/scalable/apps/$app_id.svg"
check "symbolic icon installed" test -f "$share/icons/hicolor/symbolic/apps/$app_id-symbolic.svg"

mime_xml=$share/mime/packages/$app_id.xml
check "MIME type installed" test -f "$mime_xml"
check "MIME type defines $mime_type for *.simris.json" \
  sh -c "grep -q 'type=\"$mime_type\"' '$mime_xml' && grep -q 'pattern=\"\*.simris.json\"' '$mime_xml'"

for lang in $(grep -v "^#" "$(dirname "$0")/../../po/LINGUAS"); do
  check "catalogue $lang installed" test -f "$locale/$lang/LC_MESSAGES/simris.mo"
done

check "example households installed" test -f "$share/simris/examples/famille.simris.json"

# The manual: C pages as written, fr and nl pages merged from help/<lang>/<lang>.po by itstool.
for page in index getting-started household result decision privacy; do
  check "help page C/$page installed" test -f "$share/help/C/$help_id/$page.page"
done
check "French manual translated" grep -q 'Aide de SimRIS' "$share/help/fr/$help_id/index.page"
check "Dutch manual translated" grep -q 'Hulp bij SimRIS' "$share/help/nl/$help_id/index.page"
check "German manual translated" grep -q 'SimRIS-Hilfe' "$share/help/de/$help_id/index.page"
if command -v yelp-check >/dev/null; then
  for lang in C $(grep -v "^#" "$(dirname "$0")/../../po/LINGUAS"); do
    check "help pages ($lang) valid Mallard" sh -c "cd '$share/help/$lang/$help_id' && yelp-check validate *.page"
  done
fi

# "Open With SimRIS": register the installed MIME type and desktop entry in the scratch tree, as
# the post-install step does on a real system, then ask GIO what a case file is and who opens it.
if command -v update-mime-database >/dev/null && command -v gio >/dev/null; then
  update-mime-database "$share/mime" >/dev/null 2>&1
  command -v update-desktop-database >/dev/null && update-desktop-database "$share/applications" >/dev/null 2>&1
  cp "$share/simris/examples/famille.simris.json" "$dest/case.simris.json"
  # GIO hides a desktop entry whose Exec program is not on PATH.
  export PATH="$bin:$PATH" XDG_DATA_DIRS="$share" XDG_DATA_HOME="$dest/home-data" XDG_CONFIG_HOME="$dest/home-config"
  type=$(gio info -a standard::content-type "$dest/case.simris.json" 2>/dev/null \
         | sed -n 's/^ *standard::content-type: //p')
  if [ "$type" = "$mime_type" ]; then ok "a .simris.json file is $mime_type"; else not_ok "a .simris.json file is $mime_type (got '$type')"; fi
  check "SimRIS opens $mime_type by default" sh -c "gio mime '$mime_type' | grep -q '^Default application.*: $app_id.desktop\$'"
fi

echo "1..$n"
exit $fail
