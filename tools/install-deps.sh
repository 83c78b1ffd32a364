#!/usr/bin/env bash
# Installs what SimRIS needs on Debian 12 to build, run and test (docs/hacking.md §1).
# Works as root or through sudo; says what it installs; does nothing when all is there.
# itstool merges the manual's translations at install time (help/); yelp-tools validates the
# pages and flatpak-builder reads the Flatpak manifest (tests/validate, suite 'validate').
set -euo pipefail

packages=(
  build-essential pkg-config meson ninja-build gettext
  libgtk-4-dev libadwaita-1-dev libjson-glib-dev libglib2.0-dev-bin libxml2-utils
  appstream desktop-file-utils locales
  itstool yelp-tools flatpak-builder
  xvfb xauth x11-utils xdotool dbus dbus-x11 at-spi2-core
  python3-gi gir1.2-atspi-2.0 gir1.2-gtk-4.0 libgtk-4-bin
  imagemagick poppler-utils fonts-dejavu-core adwaita-icon-theme
  # The privacy test traces the CLI's and the application's sockets.
  strace
  # The fuzz stage of .ci/run: clang with libFuzzer and the sanitizer runtimes (tests/fuzz/).
  clang libclang-rt-dev
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
  sudo="sudo"
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "install-deps: every package is already installed"
fi

# Locales the translation tests use (Debian's locale-gen builds what /etc/locale.gen enables).
if ! locale -a 2>/dev/null | grep -qi '^fr_BE.utf8$' || ! locale -a 2>/dev/null | grep -qi '^nl_BE.utf8$' \
   || ! locale -a 2>/dev/null | grep -qi '^en_US.utf8$'; then
  echo "install-deps: generating the fr_BE, nl_BE and en_US UTF-8 locales"
  $sudo sed -i -E 's/^# ?((fr_BE|nl_BE|en_US)\.UTF-8 UTF-8)/\1/' /etc/locale.gen
  $sudo locale-gen >/dev/null
fi
