# Shared by the load and fault scripts: a throw-away PostgreSQL and packaged service instances on loopback, started
# as the container image starts them: the same JVM flags and, unless AOT=0, the JDK AOT cache recorded by
# docker/aot-train.sh. Source it from the repository root, then call begin_run <name>.
JAVA="${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
# The service's JVM flags, the same as docker/Dockerfile's JAVA_OPTS (docs/PERFORMANCE.md explains the sizes).
SERVICE_JVM_OPTS="${SERVICE_JVM_OPTS:--Xmx256m -XX:+UseSerialGC -XX:MetaspaceSize=128m -XX:MaxMetaspaceSize=256m -XX:+ExitOnOutOfMemoryError}"
AOT_CACHE=target/app.aot
AOT_OPTS=""
PG_PID=""
declare -A APP_PIDS=()

# Builds the jar (unless SKIP_BUILD=1 and it exists) and the bench class path; sets CP.
build_service() {
  if [[ "${SKIP_BUILD:-0}" != 1 || ! -f target/quarkus-app/quarkus-run.jar ]]; then
    ./mvnw -B -q package -DskipTests
  fi
  CP="$(scripts/bench-classpath.sh)"
}

# Starts PostgreSQL on $1 and sets JDBC_URL. It stops when $RUN.pg-stop appears, or after 30 minutes regardless.
start_pg() {
  "$JAVA" -cp "$CP" org.mockinterview.bench.BenchPostgres "$1" "$RUN.pg-stop" 1800 > "$RUN.pg.log" 2>&1 &
  PG_PID=$!
  for _ in $(seq 600); do grep -q '^JDBC_URL=' "$RUN.pg.log" && break; sleep 0.1; done
  JDBC_URL="$(sed -n 's/^JDBC_URL=//p' "$RUN.pg.log")"
  [[ -n "$JDBC_URL" ]] || { echo "PostgreSQL did not start; see $RUN.pg.log" >&2; exit 1; }
}

# start_app <port> [extra env assignments...]: starts the prod jar against JDBC_URL; logs to $RUN.app-<port>.log.
start_app() {
  local port="$1"; shift
  env QUARKUS_HTTP_PORT="$port" QUARKUS_HTTP_HOST=127.0.0.1 \
    QUARKUS_DATASOURCE_JDBC_URL="$JDBC_URL" QUARKUS_DATASOURCE_USERNAME=postgres \
    QUARKUS_DATASOURCE_PASSWORD=postgres \
    MP_JWT_VERIFY_PUBLICKEY_LOCATION="$PWD/src/test/resources/test-publicKey.pem" \
    MP_JWT_VERIFY_ISSUER=https://test.mockinterview.local QUARKUS_LOG_CONSOLE_JSON_ENABLED=false "$@" \
    "$JAVA" $SERVICE_JVM_OPTS $AOT_OPTS ${APP_JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar \
    >> "$RUN.app-$port.log" 2>&1 &
  APP_PIDS[$port]=$!
}

# wait_ready <port>: waits for /q/health/ready to answer 200 and prints the milliseconds it took from $1's start.
wait_ready() {
  local port="$1" start="$2"
  for _ in $(seq 1500); do
    if curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready"; then
      echo $(( ($(date +%s%N) - start) / 1000000 )); return 0
    fi
    kill -0 "${APP_PIDS[$port]}" 2>/dev/null || break
    sleep 0.02
  done
  echo "service on $port not ready; see $RUN.app-$port.log" >&2; tail -20 "$RUN.app-$port.log" >&2; return 1
}

# stop_app <port>: SIGTERM and wait, as Kubernetes stops a pod.
stop_app() {
  { kill "${APP_PIDS[$1]}" && wait "${APP_PIDS[$1]}"; } 2>/dev/null || true
}

# train_aot: records the AOT cache against JDBC_URL as docker/Dockerfile does, unless one newer than every file of the
# packaged application exists (the JVM would ignore a stale one, with only a warning); sets AOT_OPTS.
train_aot() {
  if [[ ! -f "$AOT_CACHE" || -n "$(find target/quarkus-app -newer "$AOT_CACHE" -print -quit)" ]]; then
    local t0; t0=$(date +%s)
    JAVA="$JAVA" JAVA_OPTS="$SERVICE_JVM_OPTS" QUARKUS_DATASOURCE_JDBC_URL="$JDBC_URL" \
      QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres \
      docker/aot-train.sh target/quarkus-app "$AOT_CACHE" > "$RUN.aot-training.log" 2>&1 \
      || { tail -30 "$RUN.aot-training.log" >&2; return 1; }
    echo "AOT cache recorded in $(( $(date +%s) - t0 )) s: $(tail -1 "$RUN.aot-training.log")" >&2
  fi
  AOT_OPTS="-XX:AOTCache=$AOT_CACHE"
}

# model_on_env <port>: sets LLM_ENV, the environment that turns the model on against an OpenAI-compatible fake there.
model_on_env() {
  LLM_ENV=(MOCKINTERVIEW_LLM_ENABLED=true QUARKUS_LANGCHAIN4J_OPENAI_API_KEY=bench-not-a-key
           "QUARKUS_LANGCHAIN4J_OPENAI_BASE_URL=http://127.0.0.1:$1/v1/")
}

# Runs from the EXIT trap, under set -e: every step must tolerate a process that is already gone (or exits 143).
stop_all() {
  local port
  for port in "${!APP_PIDS[@]}"; do stop_app "$port"; done
  touch "$RUN.pg-stop"
  if [[ -n "$PG_PID" ]]; then wait "$PG_PID" 2>/dev/null || true; fi
}

# begin_run <name>: results prefix $RUN under target/bench-results, cleanup on exit, the build, PostgreSQL and,
# unless AOT=0, the AOT cache.
begin_run() {
  OUT=target/bench-results; mkdir -p "$OUT"
  RUN="$OUT/$1-$(date +%H%M%S)"
  trap stop_all EXIT
  build_service
  start_pg "${PG_PORT:-15433}"
  if [[ "${AOT:-1}" == 1 ]]; then train_aot; fi
}
