#!/usr/bin/env bash
# Builds the demo store of サンプル市障害者自立支援協議会, a fictional council, from the JSONL
# files beside this script: kadai init, then kadai apply of each file in name order (each file
# one all-or-nothing write), then kadai audit verify and kadai stats.
#
#   scripts/demo-council/make-demo.sh [--force] [DIR]
#
# DIR     the store folder to create (default: a new temporary folder). An existing folder must be
#         empty, or hold only a README.md, unless --force is given.
# --force clear a kadai store already in DIR first: only the store's own entries (store.json,
#         segments/, index/, vault/, accounts/, files/, writer.lock) and its snapshots are removed; a README.md is
#         kept, and any other file makes the script stop.
# KADAI   a kadai binary to use; without it the package is built with `swift build -c release`
#         (in KADAI_SCRATCH, if set, as its --scratch-path).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
council="サンプル市障害者自立支援協議会"

# Who records each file (organisation-like ids, never personal names).
actor_for() {
    case "$1" in
        00-setup.jsonl) echo "sample-city-welfare-division" ;;
        *) echo "sample-city-secretariat" ;;
    esac
}

usage() { sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; }

force=0
target=""
while [ $# -gt 0 ]; do
    case "$1" in
        --force) force=1 ;;
        -h|--help) usage; exit 0 ;;
        -*) echo "make-demo.sh: unknown option '$1' (use --force, --help)" >&2; exit 2 ;;
        *)
            if [ -n "$target" ]; then echo "make-demo.sh: give one folder, not '$target' and '$1'" >&2; exit 2; fi
            target="$1" ;;
    esac
    shift
done

# The kadai binary.
if [ -n "${KADAI:-}" ]; then
    kadai="$KADAI"
    [ -x "$kadai" ] || { echo "make-demo.sh: KADAI='$kadai' is not an executable file" >&2; exit 2; }
else
    build=(swift build -c release ${KADAI_SCRATCH:+--scratch-path "$KADAI_SCRATCH"})
    echo "== ${build[*]}" >&2
    (cd "$repo" && "${build[@]}" >&2)
    kadai="$(cd "$repo" && "${build[@]}" --show-bin-path)/kadai"
fi

# The store folder.
if [ -z "$target" ]; then
    target=$(mktemp -d "${TMPDIR:-/tmp}/kadai-demo.XXXXXX")
elif [ -e "$target" ]; then
    [ -d "$target" ] || { echo "make-demo.sh: '$target' exists and is not a folder" >&2; exit 2; }
    others=$(ls -A "$target" | grep -v -x 'README.md' || true)
    if [ -n "$others" ]; then
        if [ "$force" -ne 1 ]; then
            echo "make-demo.sh: '$target' is not empty; give --force to replace the kadai store in it" >&2
            exit 2
        fi
        foreign=$(printf '%s\n' "$others" | grep -v -x -e 'store.json' -e 'segments' -e 'index' -e 'vault' -e 'accounts' -e 'files' -e 'writer.lock' || true)
        if [ -n "$foreign" ]; then
            echo "make-demo.sh: '$target' holds files that are not a kadai store's ($(echo $foreign)); not touching it" >&2
            exit 2
        fi
        # The old store's snapshots (in KADAI_SNAPSHOTS or ../Snapshots) carry the start of its id.
        old_id=$(sed -n 's/.*"storeId":"\([0-9A-Fa-f]*\)".*/\1/p' "$target/store.json" 2>/dev/null || true)
        if [ -n "$old_id" ]; then
            rm -f "${KADAI_SNAPSHOTS:-$(dirname "$target")/Snapshots}/"*"-${old_id:0:12}.snapshot"
        fi
        rm -rf "$target/store.json" "$target/segments" "$target/index" "$target/vault" "$target/accounts" "$target/files" "$target/writer.lock"
    fi
fi

# The council was set up in 2008 (平成20年度).
echo "== kadai init --store $target --on 2008-04-01" >&2
"$kadai" init --council "$council" --store "$target" --as sample-city-welfare-division --on 2008-04-01

for file in "$here"/*.jsonl; do
    name=$(basename "$file")
    actor=$(actor_for "$name")
    echo "== kadai apply $name --as $actor" >&2
    "$kadai" apply "$file" --store "$target" --as "$actor" > /dev/null
done

# Minutes and materials: `apply` takes no files, so each is attached from the command line.
while IFS=$'\t' read -r meeting file kind visibility title on; do
    case "$meeting" in ''|'#'*) continue ;; esac
    public=()
    [ "$visibility" = public ] && public=(--public)
    echo "== kadai meeting attach $meeting $file" >&2
    "$kadai" meeting attach "$meeting" "$here/files/$file" --kind "$kind" --title "$title" "${public[@]}" --on "$on" \
        --store "$target" --as sample-city-secretariat > /dev/null
done < "$here/files/attach.tsv"

echo "== kadai audit verify" >&2
"$kadai" audit verify --store "$target"
echo "== kadai stats" >&2
"$kadai" stats --store "$target"
echo "The demo store is in $target" >&2
