#!/usr/bin/env bash
# Builds the demo council's web site and photographs its main pages in headless Chromium, at a
# desktop and a phone width, to look at before publishing a change to the site's layout.
#   scripts/site-screenshots.sh [SITE_DIR] [SHOTS_DIR]     (defaults: site, site-screenshots)
# Needs Debian's chromium and a Japanese font: apt-get install chromium fonts-noto-cjk
set -euo pipefail
cd "$(dirname "$0")/.."
site=${1:-site}
shots=${2:-site-screenshots}
browser=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
if [ -z "$browser" ]; then
  echo "Chromium is not installed: apt-get install chromium fonts-noto-cjk" >&2
  exit 1
fi
mkdir -p "$(dirname "$site")"
swift build -c release --product kadai >/dev/null
.build/release/kadai site --out "$site" --store EventLog
mkdir -p "$shots"
root=$(cd "$site" && pwd)
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
for page in index bodies/soudan issues/K-0001 years/2024 years/2024/sheet-soudan years/2024/status-soudan \
            years/2024/schedule years/2024/scorecard audit; do
  for size in desktop:1280,1600 phone:390,1400; do
    name=${size%%:*}
    png="$shots/$(echo "$page" | tr / _)-$name.png"
    "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --user-data-dir="$profile" \
      --window-size="${size#*:}" --screenshot="$png" "file://$root/$page.html" >/dev/null 2>&1
    [ -s "$png" ] || { echo "Chromium made no picture of $page.html" >&2; exit 1; }
    echo "$png"
  done
done
