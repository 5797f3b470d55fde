#!/usr/bin/env bash
# Installs what Rafiq's demo and tests drive: Debian's Chromium and Firefox ESR, and fonts that
# render Arabic and Chinese. Needs root (or sudo) and Debian's package archive.
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium firefox-esr fonts-noto-core fonts-noto-cjk >/dev/null
echo "installed: $(chromium --version 2>/dev/null | head -1); $(firefox-esr --version 2>/dev/null | head -1)"
