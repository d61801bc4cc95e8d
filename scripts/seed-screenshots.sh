#!/usr/bin/env bash
# Makes each seed document again from its fixture (Tests/KadaiTests/Fixtures/seeds/) and takes an
# A4-wide screenshot of its HTML with Chromium, to be looked at beside the seed text in
# ../shared/seeds/ (issue 14).
#
#   scripts/seed-screenshots.sh [OUT]     (default OUT: /tmp/kadai-seed-shots)
#
# KADAI   a kadai binary to use (default: .build/debug/kadai after `swift build`).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-/tmp/kadai-seed-shots}
kadai=${KADAI:-$repo/.build/debug/kadai}
[ -x "$kadai" ] || (cd "$repo" && swift build >/dev/null)
chromium=$(command -v chromium || command -v chromium-browser || true)
[ -n "$chromium" ] || { echo "seed-screenshots.sh: Chromium is not installed (apt-get install chromium)" >&2; exit 2; }
fixtures="$repo/Tests/KadaiTests/Fixtures/seeds"
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# fixture  council  since  then "name|document arguments" …
shoot() {
    local fixture=$1 council=$2 since=$3; shift 3
    local store="$work/$fixture"
    "$kadai" init --council "$council" --store "$store" --on "$since" >/dev/null
    "$kadai" apply "$fixtures/$fixture.jsonl" --store "$store" >/dev/null
    for spec in "$@"; do
        local name=${spec%%|*} args=${spec#*|}
        # shellcheck disable=SC2086
        "$kadai" $args --store "$store" --format html --lang ja > "$work/$name.html"
        "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=794,2400 \
            --screenshot="$out/$name.png" "file://$work/$name.html" >/dev/null 2>&1
        echo "$out/$name.png"
    done
}

shoot kokubunji-soudan 国分寺市障害者地域自立支援協議会 2012-04-01 \
    "000-kokubunji-soudan-annual-R2|report annual soudan --fy R2"
shoot nagaoka-shuro-chiiki 長岡市障害者自立支援協議会 2016-04-01 \
    "001-nagaoka-shuro-status-R2|report status shuro --fy R2" "001-nagaoka-shuro-sheet-R2|sheet shuro --fy R2" \
    "001-nagaoka-shuro-policy-R3|report policy shuro --fy R3" "001-nagaoka-chiiki-status-R2|report status chiiki --fy R2" \
    "001-nagaoka-chiiki-sheet-R2|sheet chiiki --fy R2" "001-nagaoka-chiiki-policy-R3|report policy chiiki --fy R3"
shoot kodama-004-unei 児玉郡市障害者自立支援協議会 2006-04-01 \
    "004-kodama-unei-pdca-R5|report pdca --body unei --fy R5"
