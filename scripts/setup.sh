#!/usr/bin/env bash
# Set up a fresh machine: npm dependencies, and (unless --no-browser) Debian's Chromium for the
# browser tests. Playwright cannot download its own browser here, so it drives /usr/bin/chromium
# (or CHROMIUM_PATH, on a machine that has a browser elsewhere).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" != "--no-browser" ] && [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then apt_get="apt-get"; else apt_get="sudo apt-get"; fi
  $apt_get update
  DEBIAN_FRONTEND=noninteractive $apt_get install -y chromium
fi

PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
