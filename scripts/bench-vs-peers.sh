#!/usr/bin/env bash
# Runs kadai-bench beside the peer anchors of ../shared/bench/peers (raw fdatasync, SQLite from C,
# orjson per line) on the same workload, alternating them run by run on this machine, and prints
# the median of each figure and kadai's ratio to its target. Machines are noisy: only ratios
# measured in one run mean anything.
# Usage: scripts/bench-vs-peers.sh [--runs 3] [--n 200000] [--n-single 5000]
# Needs: gcc, libsqlite3-dev, python3 with orjson (see ../shared/BENCHMARKS.md).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
peers=${PEERS:-$root/../shared/bench/peers}
RUNS=3; N=200000; NSINGLE=5000
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS=$2; shift 2;; --n) N=$2; shift 2;; --n-single) NSINGLE=$2; shift 2;;
    *) echo "unknown argument '$1'; use --runs R --n N --n-single M" >&2; exit 2;;
  esac
done
work=$(mktemp -d "${TMPDIR:-/tmp}/kadai-vs-peers.XXXXXX")
trap 'rm -rf "$work"' EXIT
cp -r "$peers"/. "$work/peers" && chmod -R u+w "$work/peers"
cd "$work/peers" && mkdir -p build data
gcc -O2 -o build/fsync_bench fsync_bench.c
gcc -O2 -o build/sqlite_native sqlite_native.c -lsqlite3
jsonl=$(python3 -c "import benchlib; print(benchlib.events_file($N))")
(cd "$root" && swift build -c release --product kadai-bench >/dev/null)
bench="$root/.build/release/kadai-bench"
out="$work/results.txt"
orjson_rate() {
  python3 - "$jsonl" <<'PY'
import sys, time, orjson
lines = open(sys.argv[1], "rb").read().splitlines()
t = time.perf_counter()
for line in lines: orjson.loads(line)
print("peer orjson.events_per_s %.0f" % (len(lines) / (time.perf_counter() - t)))
PY
}
for run in $(seq "$RUNS"); do
  echo "# run $run of $RUNS" >&2
  build/fsync_bench data/f.log "$NSINGLE" 300 1 fdatasync | sed -E 's/.*records_per_s=([0-9.]+).*p50=([0-9.]+).*/peer fdatasync1.records_per_s \1\npeer fdatasync1.p50_us \2/' >> "$out"
  build/fsync_bench data/f.log "$N" 300 1000 fdatasync | sed -E 's/.*records_per_s=([0-9.]+).*/peer fdatasync1000.records_per_s \1/' >> "$out"
  rm -f data/f.log
  build/sqlite_native data/s.db "$jsonl" "$N" "$NSINGLE" 1000 1000 1 \
    | python3 -c '
import re, sys
for line in sys.stdin:
    m = re.match(r"RUN  (2[a-d])-native", line)
    if m:
        for k, v in re.findall(r"(\w+)=([0-9.]+)", line):
            if k != "run": print("peer sqlite.%s.%s %s" % (m.group(1), k, v))' >> "$out"
  rm -f data/s.db data/s.db-wal data/s.db-shm
  orjson_rate >> "$out"
  rm -rf "$work/store"
  "$bench" append --store "$work/store" --events "$NSINGLE" --batch 1 | grep -v '^acked' | sed 's/^/kadai batch1 /' >> "$out"
  rm -rf "$work/store"
  "$bench" append --store "$work/store" --events "$N" --batch 1000 | grep -v '^acked' | sed 's/^/kadai batch1000 /' >> "$out"
  sync  # the peers read settled files: let the writeback of the append finish first
  "$bench" replay --store "$work/store" | sed 's/^/kadai - /' >> "$out"
  "$bench" read-stream --store "$work/store" | sed 's/^/kadai - /' >> "$out"
done
python3 - "$out" <<'PY'
import statistics, sys
vals = {}
for line in open(sys.argv[1]):
    parts = line.split()
    if parts[0] == "peer": key, v = parts[1], parts[2]
    else: key, v = ("kadai." + (parts[1] + "." if parts[1] != "-" else "") + parts[2]), parts[3]
    vals.setdefault(key, []).append(float(v))
med = {k: statistics.median(v) for k, v in vals.items()}
for k in sorted(med):
    print(f"{k:45s} {med[k]:>14,.1f}   [{min(vals[k]):,.1f} .. {max(vals[k]):,.1f}]")
def ratio(name, ours, theirs, want, higher=True):
    if ours in med and theirs in med:
        r = med[ours] / med[theirs] if higher else med[theirs] / med[ours]
        print(f"{name:60s} {r:6.2f}x  (target {want})")
print()
ratio("append 1/fsync vs SQLite C 1 txn/event", "kadai.batch1.append.events_per_s", "sqlite.2a.events_per_s", ">= 1.0x")
ratio("append 1/fsync vs raw fdatasync per record", "kadai.batch1.append.events_per_s", "fdatasync1.records_per_s", ">= 0.85x")
ratio("append 1000/fsync vs SQLite C 1000/txn", "kadai.batch1000.append.events_per_s", "sqlite.2b.events_per_s", ">= 4x")
ratio("replay vs orjson.loads per line", "kadai.replay.events_per_s", "orjson.events_per_s", ">= 1.0x")
ratio("read one stream p50: SQLite C / kadai", "kadai.read_stream.p50_us", "sqlite.2d.p50_us", ">= 1.0x (kadai faster)", higher=False)
PY
