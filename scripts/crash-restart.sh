#!/usr/bin/env bash
# kill -9 during load, then restart: CrashCheck drives interviews back to back against the packaged service; after
# KILL_AFTER seconds (6) the service gets SIGKILL, is started again on the same database and port, and the client
# checks that every answer acknowledged with a 201 is stored exactly once and that every interview can be finished.
# Usage: scripts/crash-restart.sh [--users 20] [--after-restart-seconds 5]   Env: SKIP_BUILD=1, KILL_AFTER, PG_PORT
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/service.sh
begin_run crash-restart
PORT=18081
T0=$(date +%s%N); start_app "$PORT"; MS=$(wait_ready "$PORT" "$T0"); echo "service ready in $MS ms"
"$JAVA" -cp "$CP" org.mockinterview.bench.CrashCheck --base "http://127.0.0.1:$PORT" --restarted "$RUN.restarted" "$@" \
  2> "$RUN.client.log" &
CLIENT=$!
trap 'kill "$CLIENT" 2>/dev/null || true; stop_all' EXIT
sleep "${KILL_AFTER:-6}"
kill -9 "${APP_PIDS[$PORT]}" || true; wait "${APP_PIDS[$PORT]}" 2>/dev/null || true
echo "service killed with SIGKILL at $(date +%T.%N | cut -c1-12)"
T1=$(date +%s%N); start_app "$PORT"; MS=$(wait_ready "$PORT" "$T1"); echo "service restarted and ready in $MS ms"
touch "$RUN.restarted"
wait "$CLIENT"
