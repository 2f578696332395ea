#!/usr/bin/env bash
# The Spark job on a real standalone cluster on this machine: a master and two workers (1 core each) started
# from Spark's own classes (the Spark jars in the local Maven repository, where the spark module's `provided`
# dependency put them), the job jar sent with SparkSubmit, and its claims compared with `claimwatch extract`
# on the same articles. Exits non-zero, with the first differing lines, when they differ.
#
#   spark/cluster-test.sh [ARTICLES.jsonl]        default: examples/articles.jsonl
#
# Environment: CLUSTER_DIR (work directory, default /tmp/claimwatch-cluster-test), EXECUTOR_MEMORY (in g, 3g:
# CoreNLP needs about 3 GB per executor JVM), WORKER_CORES (1), MVN_FLAGS (e.g. -o), SKIP_BUILD=1 to use the
# jars already built. Builds with `mvn package` (never install). Ports: 7077 (master), 8080, 8091 and 8092 (web
# UIs) unless MASTER_PORT / UI_PORT are set; Spark moves to the next free port when one is taken.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
input="$(realpath "${1:-$here/examples/articles.jsonl}")"
work="${CLUSTER_DIR:-/tmp/claimwatch-cluster-test}"
executor_memory="${EXECUTOR_MEMORY:-3g}"
worker_cores="${WORKER_CORES:-1}"
master_port="${MASTER_PORT:-7077}"
ui_port="${UI_PORT:-8080}"
version=0.1.0-SNAPSHOT
job_jar="$here/spark/target/claimwatch-spark-$version-job.jar"
cli_jar="$here/cli/target/claimwatch-cli-$version.jar"

say() { echo "cluster-test: $*" >&2; }
fail() { say "FAIL: $*"; exit 1; }

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  say "building the job jar and the CLI (mvn package, job-jar profile)"
  (cd "$here" && mvn -B -q ${MVN_FLAGS:-} -Pjob-jar package -pl cli,spark -am -DskipTests)
fi
[[ -f "$job_jar" && -f "$cli_jar" && -f "$here/spark/target/spark-classpath.txt" ]] \
  || fail "missing $job_jar, $cli_jar or spark/target/spark-classpath.txt (build first)"

rm -rf "$work"
mkdir -p "$work/spark-home/jars" "$work/logs" "$work/worker-1" "$work/worker-2"
# a Spark home made of the Maven repository's Spark jars: the workers build each executor's classpath from
# SPARK_HOME/jars, as in a Spark distribution. Those are the `provided` jars Maven resolved for Spark, and the
# ones Spark shares with the job (Jackson, SLF4J, Commons Lang, JSR-305, the servlet API, protobuf), which Maven
# lists in the job's compile scope instead; CoreNLP, the corpus readers and Claimwatch travel in the job jar
IFS=: read -r -a spark_jars <<< "$(cat "$here/spark/target/spark-classpath.txt")"
IFS=: read -r -a shared_jars <<< "$(tr ':' '\n' < "$here/spark/target/classpath.txt" \
  | grep -E '/(com/fasterxml/jackson|org/slf4j|org/apache/commons|com/google/code/findbugs|jakarta/servlet|com/google/protobuf)/' \
  | paste -sd:)"
for j in "${spark_jars[@]}" "${shared_jars[@]}"; do ln -sf "$j" "$work/spark-home/jars/"; done
export SPARK_HOME="$work/spark-home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1 SPARK_LOCAL_DIRS="$work/local"
cat > "$work/log4j2.properties" <<'EOF'
rootLogger.level = warn
rootLogger.appenderRef.stdout.ref = console
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{HH:mm:ss} %p %c{1}: %m%n%ex
# the master's "Registering worker", the workers' executor launches
logger.deploy.name = org.apache.spark.deploy
logger.deploy.level = info
EOF
read -r -a spark_opts <<< "$(sed -n 's:.*<spark.java.options>\(.*\)</spark.java.options>.*:\1:p' "$here/spark/pom.xml")"
spark_cp="$work/spark-home/jars/*"
logging="-Dlog4j2.configurationFile=$work/log4j2.properties"

pids=()
cleanup() {
  local pid
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT

daemon() { # name, main class, arguments...
  local name="$1"; shift
  java -Xmx512m "${spark_opts[@]}" "$logging" -cp "$spark_cp" "$@" > "$work/logs/$name.log" 2>&1 &
  pids+=("$!")
}

alive() { local pid; for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null || fail "a daemon died: $(tail -n 5 "$work"/logs/*.log)"; done; }

daemon master org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$master_port" --webui-port "$ui_port"
# the port may be taken: Spark then tries the next ones, and says which it got
master=""
for _ in $(seq 1 120); do
  master=$(sed -n 's/.*Starting Spark master at \(spark:\/\/[^ ]*\).*/\1/p' "$work/logs/master.log" | head -n 1)
  [[ -n "$master" ]] && break
  alive
  sleep 1
done
[[ -n "$master" ]] || fail "the master did not start in 120 s: $(tail -n 20 "$work/logs/master.log")"
say "master at $master; two workers of $worker_cores core(s) and $executor_memory for executors"
for i in 1 2; do
  # a worker offers its executor memory plus a margin for the JVM
  daemon "worker-$i" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores "$worker_cores" \
    --memory "$(( ${executor_memory%g} * 1024 + 512 ))m" --work-dir "$work/worker-$i" \
    --webui-port "$(( ui_port + 10 + i ))" "$master"
done
for _ in $(seq 1 120); do
  registered=$(grep -c "Registering worker" "$work/logs/master.log" 2>/dev/null || true)
  [[ "$registered" -ge 2 ]] && break
  alive
  sleep 1
done
[[ "${registered:-0}" -ge 2 ]] || fail "the workers did not register in 120 s: $(tail -n 20 "$work/logs/master.log")"
say "2 workers registered"

# the executors' peak resident memory: VmHWM of every JVM the workers started, polled while the job runs
rss_poll() {
  local peak=0 proc v
  while true; do
    # an executor runs in its directory under the worker's work directory
    for proc in /proc/[0-9]*; do
      [[ "$(readlink "$proc/cwd" 2>/dev/null)" == "$work"/worker-* ]] || continue
      v=$(awk '/^VmHWM/ { print $2 }' "$proc/status" 2>/dev/null || echo 0)
      (( ${v:-0} > peak )) && peak=$v && echo "$peak" > "$work/executor-peak-rss-kb"
    done
    sleep 0.5
  done
}
rss_poll &
pids+=("$!")

say "submitting the job on $(wc -l < "$input") articles of $input"
start=$(date +%s.%N)
java -Xmx1g "${spark_opts[@]}" "$logging" -cp "$spark_cp" org.apache.spark.deploy.SparkSubmit \
  --master "$master" --deploy-mode client --class io.claimwatch.spark.ClaimwatchSparkJob \
  --executor-memory "$executor_memory" --executor-cores "$worker_cores" \
  --total-executor-cores "$(( 2 * worker_cores ))" \
  --conf spark.memory.fraction=0.4 \
  --conf "spark.executor.extraJavaOptions=-XX:+UseParallelGC -Dfile.encoding=UTF-8 $logging" \
  "$job_jar" --input "$input" --output "$work/out" --format jsonl --no-dedup \
  > "$work/summary.json" 2> "$work/logs/submit.log" \
  || fail "the job failed: $(tail -n 30 "$work/logs/submit.log")"
end=$(date +%s.%N)
executors=$(find "$work/worker-1" "$work/worker-2" -name stderr -path '*/app-*' | wc -l)
[[ "$executors" -ge 2 ]] || fail "the job ran on $executors executor(s) of the workers, not 2"
say "job done in $(awk "BEGIN { printf \"%.1f\", $end - $start }") s on $executors executors (peak RSS of an executor: $(( $(cat "$work/executor-peak-rss-kb" 2>/dev/null || echo 0) / 1024 )) MB): $(tr -d ' \n' < "$work/summary.json")"

say "extracting the same articles with claimwatch extract"
java -Xmx4g -XX:+UseParallelGC -Dfile.encoding=UTF-8 -cp "$cli_jar:$(cat "$here/cli/target/classpath.txt")" \
  io.claimwatch.cli.ClaimwatchCli extract "$input" > "$work/cli.jsonl" 2> "$work/logs/cli.log" \
  || fail "claimwatch extract failed: $(tail -n 20 "$work/logs/cli.log")"

LC_ALL=C sort "$work/cli.jsonl" > "$work/cli.sorted"
find "$work/out/claims/jsonl" -name 'part-*' -exec cat {} + | LC_ALL=C sort > "$work/cluster.sorted"
cli_n=$(wc -l < "$work/cli.sorted")
job_n=$(wc -l < "$work/cluster.sorted")
[[ "$cli_n" -gt 0 ]] || fail "claimwatch extract gave no claim: nothing to compare"
if ! cmp -s "$work/cli.sorted" "$work/cluster.sorted"; then
  diff "$work/cli.sorted" "$work/cluster.sorted" | head -n 10 >&2 || true
  fail "the cluster's claims ($job_n) differ from claimwatch extract's ($cli_n): see $work/cli.sorted and $work/cluster.sorted"
fi
say "OK: the cluster's $job_n claims are byte-identical to claimwatch extract's (sorted JSON lines)"
