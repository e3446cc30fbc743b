#!/usr/bin/env bash
# Proves the PostgreSQL build's operational behaviour against the local server:
#  1. two replicas starting together on an empty database load the data once;
#  2. a restart on a loaded database changes no row, and a replica of an older data release
#     never puts its data back over a newer one;
#  3. a write acknowledged by one replica is served by the other within 1 s, lists it had kept included;
#  4. the access log gives each request's duration in ms;
#  5. with the database stopped, the API answers 503 problem+json quickly and readiness is DOWN;
#  6. once the database is back, answers return by themselves within 10 seconds.
# Usage: scripts/postgres-operations-check.sh  (needs the server of 'pg_lsclusters', run as root or postgres)
set -uo pipefail
cd "$(dirname "$0")/.."

PGHOST=${PGHOST:-127.0.0.1}
DB=bri_ops_check
URL="jdbc:postgresql://$PGHOST:5432/$DB"
CLUSTER_VERSION=$(ls /etc/postgresql)
WORK=$(mktemp -d)
passed=0
failed=0
pids=()

check() { # name, condition result (0 = ok)
    if [ "$2" -eq 0 ]; then passed=$((passed + 1)); echo "PASS $1"; else failed=$((failed + 1)); echo "FAIL $1"; fi
}
pg() { pg_ctlcluster --skip-systemctl-redirect "$CLUSTER_VERSION" main "$1" >/dev/null 2>&1; }
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
    wait 2>/dev/null
    pg start
    rm -rf "$WORK"
}
trap cleanup EXIT

# Health is on the management port, the HTTP port + 1000 (8191 -> 9191).
# Writes are signed by a local key (scripts/dev-token.sh), which the replicas are told to trust.
CURATOR=$(scripts/dev-token.sh curator ops-check@localhost)
EDITOR=$(scripts/dev-token.sh editor ops-check@localhost)
start_app() { # port, log file
    MP_JWT_VERIFY_PUBLICKEY_LOCATION="file:$PWD/.dev-keys/public.pem" \
    QUARKUS_PROFILE=postgres BRI_DB_URL="$URL" BRI_DB_USER=postgres QUARKUS_HTTP_PORT="$1" \
        QUARKUS_MANAGEMENT_PORT=$(($1 + 1000)) \
        java -jar target/quarkus-app/quarkus-run.jar >"$2" 2>&1 &
    pids+=($!)
}
wait_ready() { # port
    for _ in $(seq 1 60); do
        curl -fs "http://localhost:$(($1 + 1000))/q/health/ready" >/dev/null 2>&1 && return 0
        sleep 1
    done
    return 1
}
row_counts() {
    psql -h "$PGHOST" -U postgres -d "$DB" -tAc "select (select count(*) from project), (select count(*) from metric),
        (select count(*) from statement), (select count(*) from statement_evidence), (select checksum from data_load)"
}

echo "== Building the PostgreSQL variant"
./mvnw -B -q package -DskipTests -Dquarkus.profile=postgres || exit 1

psql -h "$PGHOST" -U postgres -qc "drop database if exists $DB"
createdb -h "$PGHOST" -U postgres -T template0 --lc-collate=C --lc-ctype=C.UTF-8 -E UTF8 "$DB"

echo "== Two replicas starting together on an empty database"
start_app 8191 "$WORK/a.log"
start_app 8192 "$WORK/b.log"
wait_ready 8191 && wait_ready 8192
check "both replicas become ready" $?
loads=$(cat "$WORK/a.log" "$WORK/b.log" | grep -c "Loaded seed data")
skips=$(cat "$WORK/a.log" "$WORK/b.log" | grep -c "is already loaded")
[ "$loads" -eq 1 ] && [ "$skips" -eq 1 ]
check "exactly one replica loaded the data (loads=$loads, skips=$skips)" $?
before=$(row_counts)

echo "== Restart on a loaded database"
kill "${pids[1]}"; wait "${pids[1]}" 2>/dev/null
start_app 8192 "$WORK/c.log"
wait_ready 8192
[ "$(row_counts)" = "$before" ] && grep -q "is already loaded" "$WORK/c.log"
check "a restart changes no row ($before)" $?
a=$(curl -fs "http://localhost:8191/api/v1/metrics?size=100&sort=id")
b=$(curl -fs "http://localhost:8192/api/v1/metrics?size=100&sort=id")
[ -n "$a" ] && [ "$a" = "$b" ]
check "both replicas give the same answers" $?

echo "== A write through one replica, read through the other"
# Replica B has kept its answer to this list (asked above); replica A takes a new metric.
list="http://localhost:8192/api/v1/metrics?size=100&sort=id"
id=ops-check-aiib-financing
curl -fs "$list" >/dev/null
status=$(curl -s -o "$WORK/written.json" -w '%{http_code}' -X POST http://localhost:8191/api/v1/metrics \
    -H "Authorization: Bearer $CURATOR" -H 'Content-Type: application/json' -d '{"id": "'$id'",
    "name": "AIIB cumulative financing (operations check)", "indicator": "cumulative-financing",
    "value": 43600000000, "unit": "USD", "approximation": "exact", "valueText": "US$43.6 billion",
    "asOf": "2023-06", "kind": "observed", "project": "asian-infrastructure-investment-bank",
    "countries": ["CN"], "themes": ["finance"], "evidence": [{"sourceId": "qiushi-2023-zheng-shanjie",
    "exact": "By the end of June this year, the AIIB’s cumulative financing had reached US$43.6 billion, with projects in areas such as transportation, energy, and public health."}]}')
written=$(date +%s%N)
[ "$status" = 201 ]
check "replica A acknowledges the write (HTTP $status)" $?
seen() { # url, pattern: polls every 50 ms for up to 3 s; prints the ms it took
    for _ in $(seq 1 60); do
        if curl -fs "$1" 2>/dev/null | grep -q "$2"; then echo $(( ($(date +%s%N) - written) / 1000000 )); return 0; fi
        sleep 0.05
    done
    echo 3000; return 1
}
ms=$(seen "$list" "\"$id\"")
echo "   replica B lists it after $ms ms"
[ "$ms" -le 1000 ]
check "replica B serves the write in its kept list within 1 s" $?
etag=$(curl -fs -o /dev/null -D - "http://localhost:8191/api/v1/metrics/$id" | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: //p')
curl -fs -o /dev/null -X DELETE "http://localhost:8191/api/v1/metrics/$id" -H "Authorization: Bearer $EDITOR" \
    -H "If-Match: $etag"
check "replica A acknowledges the delete" $?
written=$(date +%s%N)
for _ in $(seq 1 60); do
    curl -fs "$list" | grep -q "\"$id\"" || break
    sleep 0.05
done
ms=$(( ($(date +%s%N) - written) / 1000000 ))
echo "   replica B drops it after $ms ms"
! curl -fs "$list" | grep -q "\"$id\"" && [ "$ms" -le 1000 ] \
    && [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:8192/api/v1/metrics/$id")" = 404 ]
check "replica B stops serving the deleted metric within 1 s" $?

echo "== A newer data release, then an old replica restarting"
cp -r seeds "$WORK/seeds-next"
python3 - "$WORK/seeds-next/data" <<'PY'
import hashlib, json, sys
data = sys.argv[1]
projects = json.load(open(f"{data}/projects.json"))
projects[0]["summary"] += " (next release)"
json.dump(projects, open(f"{data}/projects.json", "w"), indent=2, ensure_ascii=False)
# A new release records the checksum of the data as the loader reads it (see seeds/README.md).
digest = hashlib.sha256()
def add(relative):
    digest.update(relative.encode())
    digest.update(open(f"{data}/../{relative}", "rb").read())
add("data/sources.json")
for source in json.load(open(f"{data}/sources.json")):
    add(source["id"] + ".txt")
for name in ["themes", "countries", "sectors", "units", "speakers", "projects", "metrics", "statements"]:
    add(f"data/{name}.json")
release = json.load(open(f"{data}/release.json"))
release["release"] += 1
release["checksum"] = digest.hexdigest()
json.dump(release, open(f"{data}/release.json", "w"), indent=2)
PY
BRI_SEEDS_LOCATION="$WORK/seeds-next" start_app 8193 "$WORK/next.log"
wait_ready 8193
first=$(python3 -c "import json; print(json.load(open('seeds/data/projects.json'))[0]['id'])")
curl -fs "http://localhost:8193/api/v1/projects/$first" | grep -q "(next release)"
check "a newer release is loaded by the replica that brings it" $?
kill "${pids[2]}"; wait "${pids[2]}" 2>/dev/null
start_app 8192 "$WORK/d.log"
wait_ready 8192
sleep 1 # let the other replicas read the data version again
curl -fs "http://localhost:8192/api/v1/projects/$first" | grep -q "(next release)" && grep -q "newer than this application" "$WORK/d.log"
check "an older replica restarting serves the newer data and does not reload its own" $?

echo "== Access log"
# The access log (JSON, in the postgres profile) gives each request's duration, not "- ms".
curl -fs "http://localhost:8191/api/v1/themes" >/dev/null
sleep 1
line=$(grep -h '/api/v1/themes HTTP' "$WORK/a.log" | tail -1)
echo "   $(echo "$line" | grep -o '"message":"[^"]*"')"
echo "$line" | grep -Eq '/api/v1/themes HTTP/1.1\\?" 200 [0-9]+ [0-9]+ ms'
check "the access log gives the request's duration in ms" $?

echo "== Database stopped"
curl -fs "http://localhost:8191/api/v1/projects/china-laos-railway" >/dev/null
check "answers while the database is up" $?
pg stop
start=$(date +%s%N)
status=$(curl -s -o "$WORK/down.json" -w '%{http_code} %{content_type}' --max-time 10 \
    "http://localhost:8191/api/v1/projects?country=LA")
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "   GET /api/v1/projects -> $status in ${elapsed_ms} ms: $(cat "$WORK/down.json")"
[[ "$status" == "503 application/problem+json"* ]] && [ "$elapsed_ms" -lt 5000 ] && ! grep -q "Exception" "$WORK/down.json"
check "503 problem+json within 5 s, no stack trace" $?
# A filter whose ids are checked against the database fails while the request is validated.
status=$(curl -s -o "$WORK/down2.json" -w '%{http_code} %{content_type}' --max-time 10 \
    "http://localhost:8191/api/v1/statements?theme=finance&speaker=xi-jinping")
echo "   GET /api/v1/statements?theme=finance&speaker=xi-jinping -> $status: $(cat "$WORK/down2.json")"
[[ "$status" == "503 application/problem+json"* ]] && ! grep -q "Exception" "$WORK/down2.json"
check "a filtered list whose ids cannot be checked is a 503 too" $?
ready=$(curl -s -o "$WORK/ready.json" -w '%{http_code}' --max-time 10 "http://localhost:9191/q/health/ready")
echo "   readiness -> $ready: $(tr -d '\n ' <"$WORK/ready.json" | head -c 300)"
[ "$ready" = "503" ] && grep -q '"DOWN"' "$WORK/ready.json"
check "readiness reports DOWN" $?

echo "== Database started again"
pg start
start=$(date +%s)
recovered=1
for _ in $(seq 1 40); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://localhost:8191/api/v1/projects?country=LA")" = 200 ]; then
        recovered=0
        break
    fi
    sleep 0.5
done
seconds=$(( $(date +%s) - start ))
echo "   answers back after ${seconds} s"
[ "$recovered" -eq 0 ] && [ "$seconds" -le 10 ]
check "answers come back within 10 s without a restart" $?
curl -fs "http://localhost:9191/q/health/ready" >/dev/null
check "readiness is UP again" $?

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
