#!/usr/bin/env bash
# The measurements of docs/SCALE.md: the Spark job with 1 and 2 local cores against plain
# `claimwatch extract` (one thread) on the same articles, alternated within each round so that the ratios
# come from the same stretch of a noisy machine.
#   spark/scripts/scale-bench.sh [DOCS.jsonl] [EVERY_NTH_LINE] [ROUNDS]
# Writes $BENCH_DIR (default /tmp/claimwatch-scale-bench)/times.tsv and each run's summary.json.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
docs="${1:-$here/../shared/eval/gva_longtail/dev/docs.jsonl}"
every="${2:-4}"
rounds="${3:-2}"
work="${BENCH_DIR:-/tmp/claimwatch-scale-bench}"
heap="${CLAIMWATCH_HEAP:-6g}"
mkdir -p "$work"
awk -v k="$every" '(NR - 1) % k == 0' "$docs" > "$work/sample.jsonl"
head -n 1 "$work/sample.jsonl" > "$work/one.jsonl"
echo "sample: $(wc -l < "$work/sample.jsonl") articles (every ${every}th line of $docs)" >&2
# a copy of every jar both runs use: builds going on in the same tree and Maven repository cannot change
# them halfway (the models jar is shared by both)
lib="$work/lib"
mkdir -p "$lib"
snapshot() { # classpath entries...
  local entry cp=""
  for entry in "$@"; do
    [[ -f "$lib/$(basename "$entry")" ]] || cp "$entry" "$lib/"
    cp="$cp${cp:+:}$lib/$(basename "$entry")"
  done
  echo "$cp"
}
IFS=: read -r -a cli_jars <<< "$here/cli/target/claimwatch-cli-0.1.0-SNAPSHOT.jar:$(cat "$here/cli/target/classpath.txt")"
IFS=: read -r -a job_jars <<< "$here/spark/target/claimwatch-spark-0.1.0-SNAPSHOT.jar:$(cat "$here/spark/target/classpath.txt"):$(cat "$here/spark/target/spark-classpath.txt")"
cli_cp="$(snapshot "${cli_jars[@]}")"
job_cp="$(snapshot "${job_jars[@]}")"
read -r -a spark_opts <<< "$(sed -n 's:.*<spark.java.options>\(.*\)</spark.java.options>.*:\1:p' "$here/spark/pom.xml")"

# wall, user CPU and system CPU seconds of a whole run (JVM start and model load included)
timed() { local name="$1"; shift; /usr/bin/time -f '%e\t%U\t%S' -o "$work/$name.time" "$@"; }
record() { printf '%s\t%s\t%s\n' "$1" "$2" "$(cat "$work/$2.r$1.time")" | tee -a "$work/times.tsv"; }

cli() { # round, name, input
  timed "$2.r$1" java -Xmx"$heap" -XX:+UseParallelGC -Dfile.encoding=UTF-8 -cp "$cli_cp" io.claimwatch.cli.ClaimwatchCli \
    extract "$3" > "$work/$2.r$1.jsonl" 2> "$work/$2.r$1.err"
  record "$1" "$2"
}

job() { # round, cores, [--no-dedup]
  local name="spark-local$2${3:+-nodedup}" out
  out="$work/out-$name-r$1"
  # what `claimwatch spark` runs, on the copied jars
  timed "$name.r$1" java -Xmx"$heap" -XX:+UseParallelGC -Dfile.encoding=UTF-8 "${spark_opts[@]}" \
    -Dlog4j2.configurationFile=claimwatch-spark-log4j2.properties -cp "$job_cp" \
    io.claimwatch.spark.ClaimwatchSparkJob --master "local[$2]" \
    --input "$work/sample.jsonl" --output "$out" --format jsonl ${3:-} --overwrite \
    > "$work/summary-$name-r$1.json" 2> "$work/$name-r$1.err"
  record "$1" "$name"
}

printf 'round\trun\twall\tuser\tsys\n' > "$work/times.tsv"
for r in $(seq 1 "$rounds"); do
  if (( r % 2 == 1 )); then
    cli "$r" cli-one "$work/one.jsonl"; cli "$r" cli-sample "$work/sample.jsonl"
    job "$r" 1 --no-dedup; job "$r" 2 --no-dedup
  else
    job "$r" 2 --no-dedup; job "$r" 1 --no-dedup
    cli "$r" cli-sample "$work/sample.jsonl"; cli "$r" cli-one "$work/one.jsonl"
  fi
done
job 1 2 # the same with syndication (MinHash LSH) on: its cost and what it finds
