#!/usr/bin/env bash
# Kills `dateline analyze` with SIGKILL at a random point of its run (after a random number of articles, 0 to all,
# is journaled, or while it writes), runs it again into the same output, and checks that the
# output folder holds what an uninterrupted run writes (every JSONL file of the contract) and that the store answers the same searches. RUNS runs of a
# plain analyze of 50 articles, and RUNS runs of an --append of 25 articles to an output of 25. Prints one line per
# run and a count at the end; exits 1 if any run ends different.
#
# Usage: scripts/kill-and-resume.sh [RUNS] [FOLDER_OF_TEXT_ARTICLES] [BYTES]
#   defaults: 20 runs each; the first 50 PolNeAR dev articles in ../shared/benchmarks, each cut to its first 3,000
#   bytes (into a temporary folder, never into the project) so that 40 killed and resumed runs take minutes, not hours
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
RUNS="${1:-20}"
SRC="${2:-../shared/benchmarks/quotes/polnear/dev/text}"
BYTES="${3:-3000}"
WORK="$(mktemp -d -t dateline-kill.XXXXXX)"
FILES=(articles.jsonl actors.jsonl quotes.jsonl times.jsonl events.jsonl stories.jsonl threads.jsonl mentions.jsonl)
DL=(./dateline analyze --threads 2 --quiet)

mkdir -p "$WORK/all" "$WORK/first" "$WORK/second"
n=0
for f in $(ls "$SRC"/*.txt | sort | head -50); do
  head -c "$BYTES" "$f" | iconv -c -f UTF-8 -t UTF-8 > "$WORK/all/$(basename "$f")"
  if (( n < 25 )); then cp "$WORK/all/$(basename "$f")" "$WORK/first/"; else cp "$WORK/all/$(basename "$f")" "$WORK/second/"; fi
  n=$((n + 1))
done
./dateline --help > /dev/null 2>&1 # builds on first use

search() { # prints what the store $1 answers to two searches
  ./dateline search '*:*' --articles --limit 100 --store "$1" 2>&1
  ./dateline search 'said' --quotes --limit 100 --store "$1" 2>&1
}

same_output() { # $1 output folder, $2 baseline folder, $3 store, $4 baseline store
  for f in "${FILES[@]}"; do
    cmp -s "$1/$f" "$2/$f" || { echo "$f differs"; return 1; }
  done
  [[ "$(search "$3")" == "$(search "$4")" ]] || { echo "store answers differ"; return 1; }
  echo "same files, same store answers"
}

start=$(date +%s)
"${DL[@]}" "$WORK/all" --out "$WORK/base" --store "$WORK/base-store" > /dev/null 2>&1
full=$(( $(date +%s) - start ))
"${DL[@]}" "$WORK/first" --out "$WORK/base-first" --store "$WORK/base-first-store" > /dev/null 2>&1
cp -r "$WORK/base-first" "$WORK/base-append"; cp -r "$WORK/base-first-store" "$WORK/base-append-store"
"${DL[@]}" "$WORK/second" --out "$WORK/base-append" --store "$WORK/base-append-store" --append > /dev/null 2>&1
echo "uninterrupted: $(wc -l < "$WORK/base/articles.jsonl") articles in ${full}s; append baseline: $(wc -l < "$WORK/base-append/articles.jsonl") articles"

bad=0
run() { # $1 label, $2 run index, $3 output, $4 store, $5 baseline, $6 baseline store, $7 articles in the batch, then the
        # analyze arguments before the output
  local label="$1" i="$2" out="$3" store="$4" base="$5" basestore="$6" count="$7"; shift 7
  local partial="$(dirname "$out")/.$(basename "$out").partial"
  # The kill comes after a random number of articles is journaled (0 .. count; count and count + 1 mean while the
  # batch is linked and written), then up to 2 s later, so kills fall in every phase of the run whatever its speed
  local target=$(( RANDOM % (count + 2) )) extra=$(( RANDOM % 20 ))
  "${DL[@]}" "$@" --out "$out" --store "$store" > /dev/null 2>&1 &
  local pid=$!
  # the journal's first line is its key (the build and thresholds that made it), then one article a line
  while kill -0 "$pid" 2> /dev/null && (( $(cat "$partial/analysed.jsonl" 2> /dev/null | wc -l) < target + 1 )); do
    sleep 0.1
  done
  sleep "$(( extra / 10 )).$(( extra % 10 ))"
  kill -9 "$pid" 2> /dev/null && local killed="killed after $target journaled + $(( extra / 10 )).$(( extra % 10 )) s" \
    || local killed="finished before the kill"
  wait "$pid" 2> /dev/null
  local journaled=0
  [[ -f "$partial/analysed.jsonl" ]] && journaled=$(( $(wc -l < "$partial/analysed.jsonl") > 0 ? $(wc -l < "$partial/analysed.jsonl") - 1 : 0 ))
  "${DL[@]}" "$@" --out "$out" --store "$store" > "$WORK/$label-$i.log" 2>&1
  local rc=$?
  local verdict; verdict="$(same_output "$out" "$base" "$store" "$basestore")" || bad=$((bad + 1))
  local reused; reused=$(grep -o '[0-9][0-9]* reused from' "$WORK/$label-$i.log" | head -1)
  echo "$label $i: $killed, $journaled articles journaled; resumed run exit $rc, ${reused:-0 reused from} the journal: $verdict"
}

for i in $(seq 1 "$RUNS"); do
  run analyze "$i" "$WORK/run$i" "$WORK/store$i" "$WORK/base" "$WORK/base-store" 50 "$WORK/all"
done
for i in $(seq 1 "$RUNS"); do
  cp -r "$WORK/base-first" "$WORK/app$i"; cp -r "$WORK/base-first-store" "$WORK/appstore$i"
  run append "$i" "$WORK/app$i" "$WORK/appstore$i" "$WORK/base-append" "$WORK/base-append-store" 25 "$WORK/second" --append
done
echo "$(( 2 * RUNS - bad )) of $(( 2 * RUNS )) runs ended with the uninterrupted output; work folder: $WORK"
(( bad == 0 ))
