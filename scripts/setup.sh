#!/usr/bin/env bash
# Set up ATTT Desk in this checkout: Debian/Ubuntu system libraries, then .venv with pinned
# packages. Idempotent: a second run installs nothing new. Usage: scripts/setup.sh [run|test]
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-run}"

# Qt's libraries for offscreen use (tests) and for a real window (the app).
qt_offscreen="libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0"
qt_window="libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libcups2"
# PDF pages; XLSX totals recomputed by Calc; the suite run at a shifted date (.ci/run)
tools_test="poppler-utils libreoffice-calc-nogui faketime"
packages="python3-venv $qt_offscreen"
if [ "$mode" = "run" ]; then packages="$packages $qt_window"; else packages="$packages $tools_test"; fi

if command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1; then
  missing=""
  for p in $packages; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
  done
  if [ -n "$missing" ]; then
    echo "Cài thư viện hệ thống (installing system libraries):$missing"
    sudo_cmd=""
    [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends $missing
  fi
else
  echo "Không có apt-get: hãy tự cài các thư viện Qt (no apt-get: install Qt's libraries yourself)." >&2
fi

python="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
req="requirements.txt"
[ "$mode" = "test" ] && req="requirements-dev.txt"
stamp=".venv/.installed-$mode"
if [ ! -f "$stamp" ] || [ "$req" -nt "$stamp" ] || [ constraints.txt -nt "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  # Packages an earlier pin installed and this one replaces (they share files with the new ones):
  # PySide6-Pdf 6.12 gave way to PySide6-Addons 6.11.3 (see requirements.txt).
  for retired in PySide6-Pdf; do
    if .venv/bin/python -m pip show --quiet "$retired" >/dev/null 2>&1; then
      .venv/bin/python -m pip uninstall --quiet --yes "$retired"
    fi
  done
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -r "$req" -c constraints.txt
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
  touch "$stamp"
fi
