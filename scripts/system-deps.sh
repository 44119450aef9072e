#!/usr/bin/env bash
# Debian packages the tests need: Chromium for the browser tests, poppler-utils to read
# the PDF back (pdftotext, pdftoppm). Installs only what is missing; needs root (or sudo).
set -euo pipefail
packages=(chromium poppler-utils fonts-dejavu-core)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
