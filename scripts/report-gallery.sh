#!/usr/bin/env bash
# Renders the demo's head-office pack the way a manager sees it, into docs/report-gallery/:
#   <nn>-<sheet>[-p<k>].png  every sheet of the workbook (xlsx -> PDF with LibreOffice headless -> PNG with pdftoppm)
#   email-375.png, email-1024.png  the pack e-mail's HTML part in headless Chromium at a phone and a desktop width
# Usage: scripts/report-gallery.sh [OUT_DIR] [WORKSPACE]
#   OUT_DIR    where the PNGs go (default docs/report-gallery)
#   WORKSPACE  an existing demo workspace to render; default: runs the demo in a fresh temporary workspace
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(realpath -m "${1:-docs/report-gallery}")"
workspace="${2:-}"

# Set-up: the renderers are Debian packages, installed once (idempotent), like scripts/setup.sh does for the tests.
source scripts/setup.sh
ensure_debian_packages gallery libreoffice-calc poppler-utils chromium fonts-dejavu-core python3-openpyxl

if [ -z "$workspace" ]; then
  workspace="$(mktemp -d)/demo"
  dotnet build schedules/CrmInsights.Host -c Release -v quiet -nologo
  dotnet schedules/CrmInsights.Host/bin/Release/net10.0/crm-insights.dll demo --workspace "$workspace" >/dev/null
fi

# The head-office pack: the all-stores workbook with action lists, and the e-mail that carried it.
xlsx="$(find "$workspace/out" -name '*-all.xlsx' | sort | tail -1)"
eml="$(grep -l '^To:.*head-office@' "$workspace"/outbox/*.eml | sort | tail -1)"
[ -f "$xlsx" ] || { echo "gallery: no all-stores workbook under $workspace/out" >&2; exit 1; }
[ -f "$eml" ] || { echo "gallery: no head-office e-mail in $workspace/outbox" >&2; exit 1; }
echo "gallery: $xlsx"
echo "gallery: $eml"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
rm -f "$out"/*.png

# Workbook: one PDF of all sheets; each page is named after its sheet from the title row every page repeats.
soffice --headless --norestore "-env:UserInstallation=file://$work/lo-profile" --convert-to pdf --outdir "$work" "$xlsx" >/dev/null 2>&1
pdf="$work/$(basename "${xlsx%.xlsx}").pdf"
pages="$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')"
/usr/bin/python3 - "$xlsx" > "$work/sheets.txt" <<'PY'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
for i, ws in enumerate(wb.worksheets, 1):
    title = next(ws.iter_rows(min_row=1, max_row=1, max_col=1, values_only=True))[0] or ""
    print(f"{i:02d}\t{ws.title}\t{str(title).split(':')[0]}")
PY
declare -A seen=()
name="page"
for ((p = 1; p <= pages; p++)); do
  # awk reads the whole page text (an early-exiting grep would kill pdftotext with SIGPIPE under pipefail).
  first_line="$(pdftotext -f "$p" -l "$p" -layout "$pdf" - | awk 'NF && !done {sub(/^ +/, ""); print; done = 1}')"
  # A page whose first line is no sheet title continues the sheet before it.
  while IFS=$'\t' read -r idx sheet heading; do
    if [[ "$first_line" == "$heading"* ]]; then
      name="$idx-$(echo "$sheet" | tr 'A-Z ' 'a-z-')"
      break
    fi
  done < "$work/sheets.txt"
  seen[$name]=$(( ${seen[$name]:-0} + 1 ))
  file="$name"
  if [ "${seen[$name]}" -gt 1 ]; then file="$name-p${seen[$name]}"; fi
  pdftoppm -f "$p" -l "$p" -r 80 -png -singlefile "$pdf" "$out/$file"
done

# E-mail: the HTML part with its cid: images inlined as data URIs (what a mail client shows), shot at two widths.
/usr/bin/python3 - "$eml" "$work/email.html" <<'PY'
import base64, email, sys
from email import policy
msg = email.message_from_binary_file(open(sys.argv[1], "rb"), policy=policy.default)
html, images = None, {}
for part in msg.walk():
    if part.get_content_type() == "text/html":
        html = part.get_content()
    elif part.get_content_type() == "image/png" and part["Content-Id"]:
        images[part["Content-Id"].strip("<>")] = base64.b64encode(part.get_payload(decode=True)).decode()
for cid, data in images.items():
    html = html.replace("cid:" + cid, "data:image/png;base64," + data)
open(sys.argv[2], "w", encoding="utf-8").write(html)
# A copy that writes its own height into the DOM, for --dump-dom to report.
probe = "<script>addEventListener('load',()=>document.body.setAttribute('data-gallery-height',document.documentElement.scrollHeight))</script>"
open(sys.argv[2].replace(".html", "-measure.html"), "w", encoding="utf-8").write(html.replace("</body>", probe + "</body>"))
PY
for width in 375 1024; do
  # First measure the page height at this width, then shoot the whole page.
  height="$(chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size="$width,800" --virtual-time-budget=3000 \
    --run-all-compositor-stages-before-draw --dump-dom "file://$work/email-measure.html" 2>/dev/null \
    | sed -n 's/.*data-gallery-height="\([0-9]*\)".*/\1/p' | head -1)"
  # Chromium lays a --dump-dom page out at least 500 px wide (shorter than at 375 px), so add room; the rest stays white.
  height=$(( ${height:-2400} + (width < 500 ? 250 : 60) ))
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size="$width,$height" --virtual-time-budget=3000 \
    --screenshot="$out/email-$width.png" "file://$work/email.html" >/dev/null 2>&1
done
ls -1 "$out"
