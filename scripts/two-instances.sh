#!/usr/bin/env bash
# Two instances of the packaged service on one PostgreSQL (ports 18081 and 18082, started together, so both run
# Flyway at once), then TwoInstanceCheck: interviews served alternately by both, with cross-instance reads,
# idempotent replays on the other instance and double submits raced across both. Exit status 0 means no violation.
# Usage: scripts/two-instances.sh [--interviews 30] [--concurrency 10]     Env: SKIP_BUILD=1, PG_PORT (15433)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/service.sh
begin_run two-instances
T0=$(date +%s%N)
start_app 18081
start_app 18082
A_MS=$(wait_ready 18081 "$T0"); B_MS=$(wait_ready 18082 "$T0")
echo "instance A ready in $A_MS ms, instance B ready in $B_MS ms (started together)"
"$JAVA" -cp "$CP" org.mockinterview.bench.TwoInstanceCheck --a http://127.0.0.1:18081 --b http://127.0.0.1:18082 "$@" \
  2> "$RUN.client.log"
