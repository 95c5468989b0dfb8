#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (never a downloaded one) and need CJK fonts to render Chinese.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; then exit 0; fi
if [ "$(id -u)" != "0" ]; then
  echo "Chromium or fonts-noto-cjk is missing: run 'sudo apt-get install -y chromium fonts-noto-cjk'" >&2
  exit 1
fi
echo "Installing Debian's chromium and fonts-noto-cjk…"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
