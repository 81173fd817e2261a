#!/usr/bin/env bash
# Idempotent machine set-up shared by ./demo.sh and ./test.sh.
# Installs the Debian packages the product and its tests need, once; restores NuGet packages.
set -euo pipefail

# libgdiplus: ClosedXML 0.95.4 uses System.Drawing for pictures and column auto-fit on Linux.
# python3-aiosmtpd: the real SMTP server the delivery tests talk to.
# python3-openpyxl: a second, independent reader of the workbooks in the tests.
# fonts-dejavu-core: a font for ScottPlot/SkiaSharp and ClosedXML's width measuring.
# chromium: the headless browser the e-mail layout test measures the pack e-mail in (375 px and 1024 px).
# tmux: a real terminal for the test that the ETL's live display and its log lines never tear each other.
packages=(libgdiplus python3-aiosmtpd python3-openpyxl fonts-dejavu-core tmux chromium)

# ensure_debian_packages LABEL PACKAGE...: installs the packages that are not installed yet (idempotent; a no-op
# off Debian/Ubuntu). Scripts that need more than the product's packages call it with their own list.
ensure_debian_packages() {
  local label="$1"; shift
  if [ "$(uname -s)" != "Linux" ] || ! command -v apt-get >/dev/null 2>&1; then
    return 0
  fi
  local missing=() p sudo_cmd=""
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "$label: installing ${missing[*]}"
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

ensure_debian_packages setup "${packages[@]}"

if ! command -v dotnet >/dev/null 2>&1; then
  echo "setup: the .NET 10 SDK is required (dotnet not found on PATH)" >&2
  exit 3
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
