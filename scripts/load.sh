#!/usr/bin/env bash
# Starts a throw-away PostgreSQL and the packaged service (prod profile, the container's JVM flags) on loopback,
# measures JVM start to /q/health/ready, runs one bounded load scenario, prints its results and the service RSS,
# then stops both.
# Usage: scripts/load.sh <interviews|analyses|uploads|slow-llm> [load options...]
#   e.g. scripts/load.sh interviews --interviews 200 --concurrency 50 --duration 180
#   slow-llm: the LLM is on and points at a WireMock the client starts on LLM_PORT (18089), answering after
#   --delay-ms (2000); SlowModelLoad creates --interviews (200) at once and probes readiness meanwhile.
# Env: APP_PORT (18081), PG_PORT (15433), SKIP_BUILD=1 to reuse target/quarkus-app and the bench class path,
#      SERVICE_JVM_OPTS to replace the service's JVM flags, APP_JAVA_OPTS to add some (e.g. a JFR recording),
#      LOAD_MAIN for another client main (e.g. org.mockinterview.bench.HostileUploads).
set -euo pipefail
cd "$(dirname "$0")/.."
MODE="${1:?mode: interviews|analyses|uploads|slow-llm}"; shift
APP_PORT="${APP_PORT:-18081}"
source scripts/lib/service.sh
RSS_PID=""
begin_run "load-$MODE"
# after begin_run, which sets its own trap; the sampler may be gone already (e.g. the service exited on OOM)
trap '[[ -z "$RSS_PID" ]] || kill "$RSS_PID" 2>/dev/null || true; stop_all' EXIT

LLM_ENV=()
if [[ "$MODE" == slow-llm ]]; then
  LLM_PORT="${LLM_PORT:-18089}"
  LOAD_MAIN=org.mockinterview.bench.SlowModelLoad
  set -- --llm-port "$LLM_PORT" "$@"
  # the access log times the burst inside the service too (BurstAccessLog), apart from the co-located client
  model_on_env "$LLM_PORT"
  LLM_ENV+=(QUARKUS_HTTP_ACCESS_LOG_ENABLED=true QUARKUS_HTTP_RECORD_REQUEST_START_TIME=true
           "QUARKUS_HTTP_ACCESS_LOG_PATTERN=%{time,yyyy-MM-dd'T'HH:mm:ss.SSS} %m %U %s %D")
fi

START_NS=$(date +%s%N)
start_app "$APP_PORT" ${LLM_ENV[@]+"${LLM_ENV[@]}"}
APP_PID="${APP_PIDS[$APP_PORT]}"
READY_MS=$(wait_ready "$APP_PORT" "$START_NS")

echo "# $(date -u +%FT%TZ)  $(nproc) cores  $("$JAVA" -version 2>&1 | head -1)  $(uptime | sed 's/.*load/load/')"
echo "service JVM flags: $SERVICE_JVM_OPTS ${APP_JAVA_OPTS:-}"
echo "startup: JVM start to /q/health/ready = $READY_MS ms ($(grep -o 'started in [0-9.]*s' "$RUN.app-$APP_PORT.log" | head -1))"
echo "rss after ready: $(ps -o rss= -p "$APP_PID" | tr -d ' ') KiB"

# sample RSS once a second while the load runs (bounded by the load's own duration)
( while kill -0 "$APP_PID" 2>/dev/null; do ps -o rss= -p "$APP_PID" | tr -d ' '; sleep 1; done ) > "$RUN.rss" &
RSS_PID=$!
# service CPU time (user+sys clock ticks) around the run: the cost per request, whatever share of the box we got
cpu_ticks() { awk '{print $14 + $15}' "/proc/$APP_PID/stat"; }
CPU0=$(cpu_ticks); T0=$(date +%s%N)
set +e
${CLIENT_NICE:+nice -n $CLIENT_NICE} "$JAVA" -Xmx512m -cp "$CP" "${LOAD_MAIN:-org.mockinterview.bench.InterviewLoad}" --base "http://127.0.0.1:$APP_PORT" --mode "$MODE" "$@" \
  2> "$RUN.client-errors.log"
RC=$?
set -e
CPU1=$(cpu_ticks); T1=$(date +%s%N); HZ=$(getconf CLK_TCK)
echo "service cpu during run: $(awk -v c=$((CPU1 - CPU0)) -v hz="$HZ" -v t=$((T1 - T0)) \
  'BEGIN {printf "%.1f s over %.1f s wall = %.2f of a core on average", c / hz, t / 1e9, (c / hz) / (t / 1e9)}')"
echo "rss under load: max $(sort -n "$RUN.rss" | tail -1) KiB, median $(sort -n "$RUN.rss" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}') KiB, now $(ps -o rss= -p "$APP_PID" | tr -d ' ') KiB"
echo "load average: $(uptime | sed 's/.*load average: //')"
if [[ "$MODE" == slow-llm ]]; then
  BURST="$(sed -n 's/.*--interviews \([0-9]*\).*/\1/p' <<< "$*")"
  "$JAVA" -cp "$CP" org.mockinterview.bench.BurstAccessLog "${BURST:-200}" "$RUN.app-$APP_PORT.log" || true
fi
[[ -s "$RUN.client-errors.log" ]] && { echo "client errors (first 5):"; head -5 "$RUN.client-errors.log"; }
echo "logs: $RUN.*"
exit $RC
