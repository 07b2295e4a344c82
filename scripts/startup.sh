#!/usr/bin/env bash
# Start-up to ready, N times (default 5), with the container's JVM flags: JVM launch to the first 200 from
# /q/health/ready (which waits for the database and the warm embedding model), and RSS at that moment.
# AOT=1 measures the JDK 25 AOT-cache variant instead: it packages the aot-jar into target/aot, records a cache
# (app.aot) while a short interview load runs, then starts with -XX:AOTCache. The cache only fits the exact JDK
# build that recorded it.
# Usage: scripts/startup.sh [N]     Env: SKIP_BUILD=1, AOT=1, PG_PORT
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/service.sh
if [[ "${AOT:-0}" == 1 ]]; then
  # before begin_run: this package recompiles the test sources without the bench classes, which begin_run restores
  ./mvnw -B -q -o package -DskipTests -Dquarkus.package.jar.type=aot-jar -Dquarkus.package.output-directory=aot
fi
begin_run startup
N="${1:-5}"
PORT=18081
JAR=target/quarkus-app/quarkus-run.jar
EXTRA=""
if [[ "${AOT:-0}" == 1 ]]; then
  JAR=target/aot/quarkus-run.jar
  rm -f target/aot/app.aot
  APP_JAR="$JAR" APP_JAVA_OPTS="-XX:AOTCacheOutput=target/aot/app.aot" start_app "$PORT"
  wait_ready "$PORT" "$(date +%s%N)" > /dev/null
  "$JAVA" -cp "$CP" org.mockinterview.bench.InterviewLoad --base "http://127.0.0.1:$PORT" --mode interviews \
    --interviews 10 --warmup 2 --concurrency 4 > "$RUN.training.log" 2>&1
  stop_app "$PORT"
  EXTRA="-XX:AOTCache=target/aot/app.aot"
fi
for i in $(seq "$N"); do
  T0=$(date +%s%N)
  APP_JAR="$JAR" APP_JAVA_OPTS="${APP_JAVA_OPTS:-} $EXTRA" start_app "$PORT"
  MS=$(wait_ready "$PORT" "$T0")
  echo "start $i: ready in $MS ms, rss $(ps -o rss= -p "${APP_PIDS[$PORT]}" | tr -d ' ') KiB, $(grep -o 'started in [0-9.]*s' "$RUN.app-$PORT.log" | tail -1)"
  stop_app "$PORT"
done
