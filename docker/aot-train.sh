#!/usr/bin/env bash
# Records the JDK AOT cache (JEP 483/514/515) of the packaged service: starts quarkus-run.jar with
# -XX:AOTCacheOutput and the model on, pointed at docker/fake-openai.py (canned replies, every fifth call a 500, so
# the model path, its retries and the offline fallbacks are all recorded), drives every endpoint through three
# interviews, stops it with SIGTERM, and the JVM writes the cache on exit. docker/Dockerfile runs it while building the image; scripts/startup.sh runs it on this
# machine, so the measured start-up is the image's.
#
# The cache fits only the JVM build, JVM flags and class path that recorded it: run it with the runtime's java,
# the runtime's JAVA_OPTS and the application at the path it will run from. A mismatched cache is not fatal: the
# JVM warns and starts without it.
#
# Usage: docker/aot-train.sh <app-dir> <cache-file>
# Env:   JAVA (java), JAVA_OPTS (the runtime flags), QUARKUS_DATASOURCE_JDBC_URL / _USERNAME / _PASSWORD (a
#        throw-away database: the run creates and deletes its own users' data), TRAIN_PORT (18099) and
#        TRAIN_LLM_PORT (18098), MOCKINTERVIEW_EMBEDDING_CACHE_DIR (where the model copy lands; the image keeps it).
# Needs: curl, openssl, python3, sed, grep.
set -euo pipefail
APP_DIR="$(cd "${1:?app dir, e.g. /deployments}" && pwd)"
CACHE="${2:?cache file, e.g. /deployments/app.aot}"
JAVA="${JAVA:-java}"
PORT="${TRAIN_PORT:-18099}"
LLM_PORT="${TRAIN_LLM_PORT:-18098}"
BASE="http://127.0.0.1:$PORT"
WORK="$(mktemp -d)"
APP_PID=""
LLM_PID=""
cleanup() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then kill -9 "$APP_PID" 2>/dev/null || true; fi
  if [[ -n "$LLM_PID" ]]; then kill "$LLM_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
: "${QUARKUS_DATASOURCE_JDBC_URL:?set QUARKUS_DATASOURCE_JDBC_URL to a throw-away PostgreSQL}"

# A key pair of this run only: the service verifies the training tokens with it and nothing else ever does.
ISSUER=https://aot-training.invalid
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/key.pem" 2>/dev/null
openssl pkey -in "$WORK/key.pem" -pubout -out "$WORK/public.pem"
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
token() {
  local now header payload
  now=$(date +%s)
  header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
  payload=$(printf '{"iss":"%s","sub":"%s","upn":"%s","iat":%d,"exp":%d}' "$ISSUER" "$1" "$1" "$now" \
    $((now + 3600)) | b64url)
  printf '%s.%s.%s' "$header" "$payload" \
    "$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$WORK/key.pem" -binary | b64url)"
}

python3 "$(dirname "$0")/fake-openai.py" "$LLM_PORT" &
LLM_PID=$!
rm -f "$CACHE"
# shellcheck disable=SC2086 # JAVA_OPTS is a list of flags
env QUARKUS_HTTP_PORT="$PORT" QUARKUS_HTTP_HOST=127.0.0.1 \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="$WORK/public.pem" MP_JWT_VERIFY_ISSUER="$ISSUER" \
  MOCKINTERVIEW_LLM_ENABLED=true QUARKUS_LANGCHAIN4J_OPENAI_API_KEY=aot-training-not-a-key \
  QUARKUS_LANGCHAIN4J_OPENAI_BASE_URL="http://127.0.0.1:$LLM_PORT/v1/" \
  "$JAVA" ${JAVA_OPTS:-} -XX:AOTCacheOutput="$CACHE" -jar "$APP_DIR/quarkus-run.jar" > "$WORK/app.log" 2>&1 &
APP_PID=$!

fail() { echo "aot-train: $*" >&2; tail -40 "$WORK/app.log" >&2; exit 1; }
for _ in $(seq 1200); do
  curl -sf -o /dev/null "$BASE/q/health/ready" && break
  kill -0 "$APP_PID" 2>/dev/null || fail "the service exited before it was ready"
  sleep 0.1
done
curl -sf -o /dev/null "$BASE/q/health/ready" || fail "the service was not ready after 120 s"

# call <expected status> <curl args...>: the body on stdout; a different status fails the run
call() {
  local want="$1" out status; shift
  out=$(curl -s -w '\n%{http_code}' -H "$AUTH" "$@") || fail "curl $*"
  status="${out##*$'\n'}"
  [[ "$status" == "$want" ]] || fail "expected $want, got $status from curl $* : ${out%$'\n'*}"
  printf '%s' "${out%$'\n'*}"
}
json() { call "$1" -H 'Content-Type: application/json' -X POST "$BASE$2" -d "$3"; }
current_id() { sed -n 's/.*"current":{"question":{"id":\([0-9]*\).*/\1/p'; }

ANSWER='In my last role the fraud model missed too many chargebacks, so I owned the retraining. I chose gradient boosting over a deep model because latency had to stay under 50 ms, tuned recall at a fixed precision because a missed fraud costs about 40 times a false alarm, and validated on a time split to avoid leakage. Recall rose from 61 to 78 percent and losses fell by 1.2 million dollars a quarter.'
RESUME='Jane Doe. Machine learning engineer. Experience: Acme Payments, 2021 to 2024. Built a fraud detection model with gradient boosting on 40 million transactions, optimised recall at 95 percent precision, cut losses by 1.2 million dollars. Projects: churn prediction with logistic regression and SHAP explanations. Skills: Python, SQL, PyTorch, XGBoost, A/B testing.'

for round in 1 2 3; do
  # a user per round: each stays under the per-user limit on requests that may call the model
  AUTH="Authorization: Bearer $(token "aot-training-$round")"
  resume=$(json 201 /api/v1/resumes "{\"text\":\"$RESUME\",\"fileName\":\"training-$round.txt\"}")
  resume_id=$(printf '%s' "$resume" | sed -n 's/^{"id":\([0-9]*\).*/\1/p')
  view=$(json 201 /api/v1/interviews "{\"resumeId\":$resume_id,\"questionsPerCategory\":2,\"followUps\":1,\"jobDescription\":\"Senior data scientist $round, fraud and risk models, Python and SQL\"}")
  id=$(printf '%s' "$view" | sed -n 's/^{"id":\([0-9]*\).*/\1/p')
  qid=$(printf '%s' "$view" | current_id)
  while [[ -n "$qid" ]]; do
    json 201 "/api/v1/interviews/$id/answers" "{\"questionId\":$qid,\"text\":\"$ANSWER\",\"durationSeconds\":95}" \
      > /dev/null
    qid=$(call 200 "$BASE/api/v1/interviews/$id" | current_id)
  done
  call 200 -X POST "$BASE/api/v1/interviews/$id/complete" > /dev/null
  call 200 "$BASE/api/v1/interviews/$id/report" > /dev/null
  call 200 -H 'Accept: application/pdf' "$BASE/api/v1/interviews/$id/report" -o "$WORK/report.pdf" > /dev/null
  for accept in application/json text/markdown text/plain; do
    call 200 -H "Accept: $accept" "$BASE/api/v1/interviews/$id/transcript" > /dev/null
  done
  # the practice loop: a retry, a drafted story, the bank, the review queue and progress
  first=$(printf '%s' "$view" | sed -n 's/.*"plan":\[{"id":\([0-9]*\).*/\1/p')
  json 201 "/api/v1/interviews/$id/questions/$first/attempts" "{\"text\":\"$ANSWER\",\"durationSeconds\":80}" \
    > /dev/null
  json 201 /api/v1/stories "{\"text\":\"$ANSWER\"}" > /dev/null
  for path in /api/v1/stories /api/v1/practice/queue /api/v1/progress; do call 200 "$BASE$path" > /dev/null; done
  # a prep plan three weeks out: JSON, an item ticked off, the list and the iCalendar file
  plan=$(json 201 /api/v1/prep-plans \
    "{\"interviewDate\":\"$(date -u -d '+21 days' +%F)\",\"hoursPerWeek\":6,\"resumeId\":$resume_id}")
  plan_id=$(printf '%s' "$plan" | sed -n 's/^{"id":\([0-9]*\).*/\1/p')
  item_id=$(printf '%s' "$plan" | sed -n 's/.*"items":\[{"id":\([0-9]*\).*/\1/p')
  call 200 -X POST "$BASE/api/v1/prep-plans/$plan_id/items/$item_id/done" > /dev/null
  call 200 "$BASE/api/v1/prep-plans" > /dev/null
  call 200 -H 'Accept: text/calendar' "$BASE/api/v1/prep-plans/$plan_id" > /dev/null
  # the report is a real PDF with text: uploading it runs the PDF parser (it may or may not pass as a resume)
  curl -s -o /dev/null -H "$AUTH" -F "file=@$WORK/report.pdf;type=application/pdf" "$BASE/api/v1/resumes"
  call 200 "$BASE/api/v1/interviews" > /dev/null
  call 200 "$BASE/api/v1/resumes" > /dev/null
  for category in behavioral ml_fundamentals statistics_probability model_evaluation applied_case_study; do
    json 200 /api/v1/answer-analyses "{\"answer\":\"$ANSWER\",\"question\":\"Why?\",\"category\":\"$category\"}" \
      > /dev/null
  done
  # the error paths: problem+json for a malformed body, a missing interview, a missing token
  json 400 /api/v1/interviews '{"questionsPerCategory":' > /dev/null
  call 404 "$BASE/api/v1/interviews/999999999" > /dev/null
  curl -s -o /dev/null "$BASE/api/v1/interviews"
  for path in /q/health/live /q/metrics /q/openapi; do curl -s -o /dev/null "$BASE$path"; done
  call 204 -X DELETE "$BASE/api/v1/me" > /dev/null
done

calls=$(curl -s "http://127.0.0.1:$LLM_PORT/calls" | sed -n 's/.*"calls": *\([0-9]*\).*/\1/p')
[[ "${calls:-0}" -gt 0 ]] || fail "the model path was not exercised: the fake model saw no call"
# SIGTERM, as Kubernetes stops a pod; the JVM then writes the cache (in a child JVM) before it exits with 143
kill -TERM "$APP_PID"
rc=0; wait "$APP_PID" || rc=$?
APP_PID=""
[[ "$rc" == 0 || "$rc" == 143 ]] || fail "the service did not stop cleanly (exit $rc)"
[[ -s "$CACHE" ]] || fail "no AOT cache was written to $CACHE"
echo "aot-train: $(du -h "$CACHE" | cut -f1) AOT cache at $CACHE ($calls model calls in training)"
