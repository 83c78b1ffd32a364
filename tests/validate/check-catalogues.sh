#!/usr/bin/env bash
# Every catalogue of po/LINGUAS translates every message the sources hold, none fuzzy: the
# template is extracted afresh from po/POTFILES.in (with the keywords of po/meson.build and
# meson's glib preset) and each catalogue compared with it by msgcmp. A string added to the code
# and left untranslated in one language fails here, whatever the language.
set -euo pipefail
src=${1:?usage: check-catalogues.sh SOURCE_ROOT}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$src"
xgettext --files-from=po/POTFILES.in --directory="$src" --output="$tmp/simris.pot" \
  --from-code=UTF-8 --add-comments=Translators --keyword=simris_ntr:2,3 \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=g_dcgettext:2 \
  --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 2>"$tmp/xgettext.log" || { cat "$tmp/xgettext.log"; exit 1; }
status=0
for lang in $(grep -v '^#' po/LINGUAS); do
  if msgcmp "po/$lang.po" "$tmp/simris.pot" 2>"$tmp/$lang.log"; then
    echo "ok - po/$lang.po translates every message"
  else
    echo "not ok - po/$lang.po misses translations:"
    grep -c 'this message' "$tmp/$lang.log" | sed 's/^/  count: /'
    head -n 20 "$tmp/$lang.log" | sed 's/^/  /'
    status=1
  fi
  stats=$(LC_ALL=C msgfmt --check --statistics -o /dev/null "po/$lang.po" 2>&1)
  case "$stats" in
    *fuzzy*|*untranslated*) echo "not ok - po/$lang.po: $stats"; status=1 ;;
  esac
done
exit $status
