#!/usr/bin/env bash
# Starts a throw-away PostgreSQL and the packaged service (-Xmx384m, prod profile) on loopback, measures JVM start to
# /q/health/ready, runs one bounded InterviewLoad scenario, prints its results and the service RSS, then stops both.
# Usage: scripts/load.sh <interviews|analyses|uploads> [InterviewLoad options...]
#   e.g. scripts/load.sh interviews --interviews 200 --concurrency 50 --duration 180
# Env: APP_PORT (18081), PG_PORT (15433), SKIP_BUILD=1 to reuse target/quarkus-app and the bench class path,
#      APP_JAVA_OPTS for extra service JVM flags (e.g. -XX:StartFlightRecording=filename=x.jfr for a profile),
#      LOAD_MAIN for another client main (e.g. org.mockinterview.bench.HostileUploads).
set -euo pipefail
cd "$(dirname "$0")/.."
MODE="${1:?mode: interviews|analyses|uploads}"; shift
APP_PORT="${APP_PORT:-18081}"
PG_PORT="${PG_PORT:-15433}"
JAVA="${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
OUT=target/bench-results; mkdir -p "$OUT"
RUN="$OUT/load-$MODE-$(date +%H%M%S)"
STOP="$RUN.pg-stop"

if [[ "${SKIP_BUILD:-0}" != 1 || ! -f target/quarkus-app/quarkus-run.jar ]]; then
  ./mvnw -B -q -o package -DskipTests
fi
CP="$(scripts/bench-classpath.sh)"

PG_PID=""; APP_PID=""; RSS_PID=""
cleanup() {
  [[ -n "$RSS_PID" ]] && kill "$RSS_PID" 2>/dev/null || true
  [[ -n "$APP_PID" ]] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  touch "$STOP"
  [[ -n "$PG_PID" ]] && wait "$PG_PID" 2>/dev/null || true
}
trap cleanup EXIT

# PostgreSQL stops by itself after 30 minutes even if this script is killed.
"$JAVA" -cp "$CP" org.mockinterview.bench.BenchPostgres "$PG_PORT" "$STOP" 1800 > "$RUN.pg.log" 2>&1 &
PG_PID=$!
for _ in $(seq 600); do grep -q '^JDBC_URL=' "$RUN.pg.log" && break; sleep 0.1; done
JDBC_URL="$(sed -n 's/^JDBC_URL=//p' "$RUN.pg.log")"
[[ -n "$JDBC_URL" ]] || { echo "PostgreSQL did not start; see $RUN.pg.log" >&2; exit 1; }

START_NS=$(date +%s%N)
QUARKUS_HTTP_PORT="$APP_PORT" QUARKUS_HTTP_HOST=127.0.0.1 \
QUARKUS_DATASOURCE_JDBC_URL="$JDBC_URL" QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres \
MP_JWT_VERIFY_PUBLICKEY_LOCATION="$PWD/src/test/resources/test-publicKey.pem" \
MP_JWT_VERIFY_ISSUER=https://test.mockinterview.local \
QUARKUS_LOG_CONSOLE_JSON_ENABLED=false \
  "$JAVA" -Xmx384m ${APP_JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar > "$RUN.app.log" 2>&1 &
APP_PID=$!
READY=""
for _ in $(seq 1200); do
  if curl -sf -o /dev/null "http://127.0.0.1:$APP_PORT/q/health/ready"; then READY=$(date +%s%N); break; fi
  kill -0 "$APP_PID" 2>/dev/null || break
  sleep 0.05
done
[[ -n "$READY" ]] || { echo "service not ready; see $RUN.app.log" >&2; tail -20 "$RUN.app.log" >&2; exit 1; }

echo "# $(date -u +%FT%TZ)  $(nproc) cores  $("$JAVA" -version 2>&1 | head -1)  $(uptime | sed 's/.*load/load/')"
echo "startup: JVM start to /q/health/ready = $(( (READY - START_NS) / 1000000 )) ms ($(grep -o 'started in [0-9.]*s' "$RUN.app.log" | head -1))"
echo "rss after ready: $(ps -o rss= -p "$APP_PID" | tr -d ' ') KiB"

# sample RSS once a second while the load runs (bounded by the load's own duration)
( while kill -0 "$APP_PID" 2>/dev/null; do ps -o rss= -p "$APP_PID" | tr -d ' '; sleep 1; done ) > "$RUN.rss" &
RSS_PID=$!
# service CPU time (user+sys clock ticks) around the run: the cost per request, whatever share of the box we got
cpu_ticks() { awk '{print $14 + $15}' "/proc/$APP_PID/stat"; }
CPU0=$(cpu_ticks); T0=$(date +%s%N)
set +e
"$JAVA" -Xmx512m -cp "$CP" "${LOAD_MAIN:-org.mockinterview.bench.InterviewLoad}" --base "http://127.0.0.1:$APP_PORT" --mode "$MODE" "$@" \
  2> "$RUN.client-errors.log"
RC=$?
set -e
CPU1=$(cpu_ticks); T1=$(date +%s%N); HZ=$(getconf CLK_TCK)
echo "service cpu during run: $(awk -v c=$((CPU1 - CPU0)) -v hz="$HZ" -v t=$((T1 - T0)) \
  'BEGIN {printf "%.1f s over %.1f s wall = %.2f of a core on average", c / hz, t / 1e9, (c / hz) / (t / 1e9)}')"
echo "rss under load: max $(sort -n "$RUN.rss" | tail -1) KiB, now $(ps -o rss= -p "$APP_PID" | tr -d ' ') KiB"
echo "load average: $(uptime | sed 's/.*load average: //')"
[[ -s "$RUN.client-errors.log" ]] && { echo "client errors (first 5):"; head -5 "$RUN.client-errors.log"; }
echo "logs: $RUN.*"
exit $RC
