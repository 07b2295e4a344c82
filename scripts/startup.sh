#!/usr/bin/env bash
# Start-up to ready, N times (default 5), the way the container image starts: the container's JVM flags and the JDK
# AOT cache that docker/aot-train.sh records (scripts/lib/service.sh records it first, as the image build does).
# Measures JVM launch to the first 200 from /q/health/ready (which waits for the database and the warm embedding
# model), and RSS at that moment. AOT=0 measures the same jar without the cache; LLM=1 starts it with the model
# on (as with an API key; start-up itself makes no model call).
# The cache only fits the exact JDK build that recorded it (here: $JAVA, Temurin 25 by default).
# Usage: scripts/startup.sh [N]     Env: SKIP_BUILD=1, AOT=0, LLM=1, PG_PORT
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/service.sh
begin_run startup
N="${1:-5}"
PORT=18081
LLM_ENV=()
if [[ "${LLM:-0}" == 1 ]]; then
  model_on_env 18089
fi
echo "# $(nproc) cores, $("$JAVA" -version 2>&1 | head -1), flags: $SERVICE_JVM_OPTS ${AOT_OPTS:-(no AOT cache)}, model $([[ ${#LLM_ENV[@]} -gt 0 ]] && echo on || echo off)"
for i in $(seq "$N"); do
  T0=$(date +%s%N)
  start_app "$PORT" ${LLM_ENV[@]+"${LLM_ENV[@]}"}
  MS=$(wait_ready "$PORT" "$T0")
  echo "start $i: ready in $MS ms, rss $(ps -o rss= -p "${APP_PIDS[$PORT]}" | tr -d ' ') KiB, $(grep -o 'started in [0-9.]*s' "$RUN.app-$PORT.log" | tail -1)"
  stop_app "$PORT"
done
