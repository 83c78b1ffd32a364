#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Well-formedness of every XML file of the tree: .ui templates, GResource manifests, the
# data/ inputs and icons, the help pages (help/C), and the merged files given as arguments.
# Usage: xmllint-all.sh SOURCE_ROOT [MERGED_FILE...]
# (gtk4-builder-tool validate cannot load Adw or template types: docs/hacking.md §7.)
set -eu

xmllint=${XMLLINT:-xmllint}
srcdir=$1
shift

list=$(mktemp)
trap 'rm -f "$list"' EXIT
for dir in "$srcdir/ui" "$srcdir/app" "$srcdir/data" "$srcdir/help"; do
  [ -d "$dir" ] || continue
  find "$dir" -type f \( -name '*.ui' -o -name '*.xml' -o -name '*.xml.in' \
    -o -name '*.xml.in.in' -o -name '*.svg' -o -name '*.page' \) >>"$list"
done
for f in "$@"; do
  printf '%s\n' "$f" >>"$list"
done

n=0
fail=0
while IFS= read -r f; do
  n=$((n + 1))
  if "$xmllint" --noout "$f"; then
    echo "ok $n - $f"
  else
    echo "not ok $n - $f"
    fail=1
  fi
done <"$list"
echo "1..$n"
exit $fail
