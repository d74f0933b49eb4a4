#!/usr/bin/env bash
# What the tests need from the system besides Python, checked before any test (`make test`, `make install`):
#   Debian's Chromium at /usr/bin/chromium   the browser tests drive it
#   a Japanese font                          without one, Japanese prints as blank boxes (the print tests read the PDF)
#   Chinese and Korean fonts, Devanagari,    each language's pages are tested for the font they are drawn in
#   a Latin font with Vietnamese diacritics  (tests/browser/test_fonts.py): Noto Sans CJK SC and KR, Lohit Nepali,
#                                            DejaVu Sans
#   Java                                     the Nu Html Checker (npm vnu-jar); without it, vnu-jar's install downloads one
#   Node.js and npm                          `npm ci` installs the checkers of package-lock.json
# Run as root, it installs what is missing with apt-get. Otherwise it stops with one line giving the command.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v fc-list >/dev/null 2>&1 || missing+=(fontconfig)
fc-list :lang=ja 2>/dev/null | grep -q . || missing+=(fonts-ipafont-gothic)
fc-list "Noto Sans CJK SC" 2>/dev/null | grep -q . || missing+=(fonts-noto-cjk)
fc-list :lang=ne 2>/dev/null | grep -q . || missing+=(fonts-lohit-deva-nepali)
fc-list "DejaVu Sans" 2>/dev/null | grep -q . || missing+=(fonts-dejavu-core)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "The tests need ${missing[*]}. Run: sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "Installing ${missing[*]} with apt-get" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${missing[@]}" >/dev/null
