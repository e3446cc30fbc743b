#!/usr/bin/env bash
# Proves that on PostgreSQL no acknowledged write is lost and none is half-written when the
# service is killed with kill -9 in the middle of a stream of writes: every metric whose creation
# was acknowledged (201) is there after a restart, with its evidence and its change-log row, and
# no metric, evidence or change-log row exists without the others.
# Usage: scripts/postgres-kill-check.sh [writes, default 300]  (needs the local PostgreSQL server)
set -uo pipefail
cd "$(dirname "$0")/.."

WRITES=${1:-300}
PGHOST=${PGHOST:-127.0.0.1}
DB=bri_kill_check
PORT=${KILL_CHECK_PORT:-8195}
MANAGEMENT_PORT=$((PORT + 1000))
BASE="http://127.0.0.1:$PORT/api/v1"
WORK=$(mktemp -d)
passed=0
failed=0
server=""
writer=""

check() { # name, condition result (0 = ok)
    if [ "$2" -eq 0 ]; then passed=$((passed + 1)); echo "PASS $1"; else failed=$((failed + 1)); echo "FAIL $1"; fi
}
cleanup() {
    [ -n "$writer" ] && kill "$writer" 2>/dev/null
    [ -n "$server" ] && kill -9 "$server" 2>/dev/null
    wait 2>/dev/null
    psql -h "$PGHOST" -U postgres -qc "drop database if exists $DB" >/dev/null 2>&1
    rm -rf "$WORK"
}
trap cleanup EXIT

start() {
    QUARKUS_PROFILE=postgres BRI_DB_URL="jdbc:postgresql://$PGHOST:5432/$DB" BRI_DB_USER=postgres \
        MP_JWT_VERIFY_PUBLICKEY_LOCATION="file:$PWD/.dev-keys/public.pem" \
        QUARKUS_HTTP_PORT=$PORT QUARKUS_MANAGEMENT_PORT=$MANAGEMENT_PORT \
        java -jar target/quarkus-app/quarkus-run.jar >>"$WORK/service.log" 2>&1 &
    server=$!
    for _ in $(seq 1 90); do
        curl -fs "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready" >/dev/null 2>&1 && return 0
        sleep 1
    done
    return 1
}
sql() { psql -h "$PGHOST" -U postgres -d "$DB" -tAc "$1"; }
post() { # path, body file: prints the status
    curl -s -o /dev/null -w '%{http_code}' --max-time 10 -X POST "$BASE$1" -H "Authorization: Bearer $TOKEN" \
        -H 'Content-Type: application/json' --data-binary @"$2"
}

echo "== Building the PostgreSQL variant"
./mvnw -B -q package -DskipTests -Dquarkus.profile=postgres || exit 1
psql -h "$PGHOST" -U postgres -qc "drop database if exists $DB"
createdb -h "$PGHOST" -U postgres -T template0 --lc-collate=C --lc-ctype=C.UTF-8 -E UTF8 "$DB"
TOKEN=$(scripts/dev-token.sh curator kill-check@example.org)

start
check "the service starts on an empty database" $?
cat >"$WORK/source.json" <<'JSON'
{"id": "kill-check-news", "kind": "news", "title": "A curated headline", "language": "en",
 "text": "A curated headline\nThe new line carried more than 19,000 passengers in May."}
JSON
[ "$(post /sources "$WORK/source.json")" = 201 ]
check "a source to quote is added" $?

echo "== $WRITES metric writes, killed with kill -9 while they run"
: >"$WORK/acknowledged"
(
    for i in $(seq 1 "$WRITES"); do
        sed "s/@ID@/kill-check-$i/" >"$WORK/metric-$i.json" <<'JSON'
{"id": "@ID@", "name": "Passengers carried by the new line in May 2025", "indicator": "passengers-carried",
 "value": 19000, "valueMax": null, "unit": "passengers", "approximation": "more-than",
 "valueText": "more than 19,000 passengers", "period": {"from": "2025-05", "to": "2025-05"}, "asOf": null,
 "kind": "observed", "project": null, "countries": [], "themes": [],
 "evidence": [{"sourceId": "kill-check-news", "exact": "The new line carried more than 19,000 passengers in May."}]}
JSON
        [ "$(post /metrics "$WORK/metric-$i.json")" = 201 ] && echo "kill-check-$i" >>"$WORK/acknowledged"
    done
) &
writer=$!
# Kill once a good number of writes has been acknowledged, with the writer still going.
for _ in $(seq 1 600); do
    [ "$(wc -l <"$WORK/acknowledged" 2>/dev/null || echo 0)" -ge 40 ] && break
    sleep 0.1
done
kill -9 "$server"
wait "$server" 2>/dev/null
server=""
kill "$writer" 2>/dev/null
wait "$writer" 2>/dev/null
writer=""
acknowledged=$(wc -l <"$WORK/acknowledged")
echo "acknowledged before the kill: $acknowledged of $WRITES"
[ "$acknowledged" -ge 40 ] && [ "$acknowledged" -lt "$WRITES" ]
check "the kill came in the middle of the writes" $?

echo "== Restarted on the same database"
start
check "the service starts again" $?
missing=0
while read -r id; do
    code=$(curl -s -o "$WORK/body.json" -w '%{http_code}' "$BASE/metrics/$id")
    { [ "$code" = 200 ] && grep -q '"start":' "$WORK/body.json"; } || missing=$((missing + 1))
done <"$WORK/acknowledged"
[ "$missing" -eq 0 ]
check "every acknowledged metric is served with its anchored evidence ($missing missing)" $?
[ "$(sql "select count(*) from metric m where m.id like 'kill-check-%' and not exists
    (select 1 from metric_evidence e where e.metric_id = m.id)")" = 0 ]
check "no metric without its evidence" $?
[ "$(sql "select count(*) from metric m where m.id like 'kill-check-%' and not exists
    (select 1 from change_log c where c.record_id = m.id and c.action = 'create')")" = 0 ]
check "no metric without its change-log row" $?
[ "$(sql "select count(*) from change_log c where c.record_type = 'metric' and c.record_id like 'kill-check-%' and not exists
    (select 1 from metric m where m.id = c.record_id)")" = 0 ]
check "no change-log row without its metric" $?
stored=$(sql "select count(*) from metric where id like 'kill-check-%'")
echo "stored after the restart: $stored (acknowledged $acknowledged; one more may have committed unacknowledged)"
[ "$stored" -ge "$acknowledged" ] && [ "$stored" -le $((acknowledged + 1)) ]
check "what is stored is what was acknowledged, give or take the write in flight" $?

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
