#!/usr/bin/env bash
# Proves that the embedded H2 default keeps what curators write: a source and a metric quoting it
# are written with a local token, the service is stopped (SIGTERM, then kill -9 after a second
# write) and started again on the same data directory, and every acknowledged record, its
# history and the change feed are still there. Uses the H2 jar in target/ (built when missing).
set -u
cd "$(dirname "$0")/.."
PORT=${DURABILITY_CHECK_PORT:-18490}
MANAGEMENT_PORT=${DURABILITY_CHECK_MANAGEMENT_PORT:-19490}
WORK=$(mktemp -d)
BASE="http://127.0.0.1:$PORT/api/v1"
passed=0
failed=0
server=""

check() { # name, condition result (0 = ok)
    if [ "$2" -eq 0 ]; then passed=$((passed + 1)); echo "PASS $1"; else failed=$((failed + 1)); echo "FAIL $1"; fi
}
cleanup() {
    [ -n "$server" ] && kill -9 "$server" 2>/dev/null
    wait 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT

start() {
    BRI_DATA_DIR="$WORK/data" MP_JWT_VERIFY_PUBLICKEY_LOCATION="file:$PWD/.dev-keys/public.pem" \
        QUARKUS_HTTP_PORT=$PORT QUARKUS_MANAGEMENT_PORT=$MANAGEMENT_PORT \
        java -Xmx256m -jar target/quarkus-app/quarkus-run.jar >>"$WORK/service.log" 2>&1 &
    server=$!
    for _ in $(seq 1 90); do
        curl -fs "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready" >/dev/null 2>&1 && return 0
        sleep 1
    done
    return 1
}
status() { # method, path, body file or "", extra header or ""
    curl -s -o "$WORK/body.json" -w '%{http_code}' -X "$1" "$BASE$2" -H "Authorization: Bearer $TOKEN" \
        -H 'Content-Type: application/json' ${4:+-H "$4"} ${3:+--data-binary @"$3"}
}

[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests || exit 1
TOKEN=$(scripts/dev-token.sh curator durability@example.org)

cat >"$WORK/source.json" <<'JSON'
{"id": "durability-check-news", "kind": "news", "title": "A curated headline", "publishedOn": "2025-05",
 "language": "en", "text": "Menu\nA curated headline\nThe new line carried more than 19,000 passengers in May.",
 "bodyStartsWith": "A curated headline"}
JSON
cat >"$WORK/metric.json" <<'JSON'
{"id": "durability-check-passengers", "name": "Passengers carried by the new line in May 2025",
 "indicator": "passengers-carried", "value": 19000, "valueMax": null, "unit": "passengers",
 "approximation": "more-than", "valueText": "more than 19,000 passengers",
 "period": {"from": "2025-05", "to": "2025-05"}, "asOf": null, "kind": "observed", "project": null,
 "countries": [], "themes": [], "evidence": [{"sourceId": "durability-check-news",
 "exact": "The new line carried more than 19,000 passengers in May."}]}
JSON
sed 's/"name": "Passengers carried by the new line in May 2025"/"name": "Passengers carried in May 2025"/' \
    "$WORK/metric.json" >"$WORK/corrected.json"

echo "== Writes on a fresh data directory"
start
check "the service starts on an empty data directory" $?
[ "$(status POST /sources "$WORK/source.json")" = 201 ]
check "a source is added (201)" $?
[ "$(status POST /metrics "$WORK/metric.json")" = 201 ]
check "a metric quoting it is added (201)" $?

echo "== Stopped with SIGTERM, started again"
kill -TERM "$server"
wait "$server" 2>/dev/null
start
check "the service starts again on the same directory" $?
[ "$(status GET /sources/durability-check-news "")" = 200 ]
check "the source is still there" $?
[ "$(status GET /metrics/durability-check-passengers "")" = 200 ] && grep -q '"start":' "$WORK/body.json"
check "the metric is still there, with its anchored evidence" $?
[ "$(status GET "/changes?type=source,metric" "")" = 200 ] && [ "$(grep -o '"seq"' "$WORK/body.json" | wc -l)" -eq 2 ]
check "the change feed still holds both writes" $?

echo "== A correction, then kill -9 at once"
[ "$(status PUT /metrics/durability-check-passengers "$WORK/corrected.json" 'If-Match: "1"')" = 200 ]
check "the metric is corrected with If-Match (200)" $?
kill -9 "$server"
wait "$server" 2>/dev/null
start
check "the service starts again after kill -9" $?
[ "$(status GET /metrics/durability-check-passengers "")" = 200 ] \
    && grep -q '"Passengers carried in May 2025"' "$WORK/body.json" && grep -q '"version":2' "$WORK/body.json"
check "the acknowledged correction survived the kill" $?
[ "$(status GET /metrics/durability-check-passengers/history "")" = 200 ] \
    && [ "$(grep -o '"seq"' "$WORK/body.json" | wc -l)" -eq 2 ]
check "the history holds the creation and the correction" $?
[ "$(status GET /sources "")" = 200 ] && grep -q '"totalItems":6' "$WORK/body.json"
check "the seeds are loaded once, not again: five sources and the curated one" $?

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
