#!/usr/bin/env bash
# Proves, on the packaged H2 service with its production settings:
#  1. a clean start logs no WARN line;
#  2. the server closes an idle connection, and one that stops sending mid-request, after the
#     idle timeout (quarkus.http.idle-timeout, 30 s);
#  3. graceful shutdown under parallel clients: after SIGTERM readiness turns DOWN while requests
#     are still served (the shutdown delay), then requests in flight finish and new ones get 503,
#     and the process exits. No client sees a connection reset, an empty reply, a timeout or any
#     status other than 200 or 503; like a load balancer, a client leaves at its first 503 or
#     refused connection (the port closed). The log has no error ("Session/EntityManager is closed").
# Usage: scripts/graceful-shutdown-check.sh [clients, default 16]
set -uo pipefail
cd "$(dirname "$0")/.."

CLIENTS=${1:-16}
PORT=${GRACEFUL_CHECK_PORT:-18480}
MANAGEMENT_PORT=${GRACEFUL_CHECK_MANAGEMENT_PORT:-19480}
WORK=$(mktemp -d)
LOG="$WORK/service.log"
passed=0
failed=0
server=""

check() { # name, condition result (0 = ok)
    if [ "$2" -eq 0 ]; then passed=$((passed + 1)); echo "PASS $1"; else failed=$((failed + 1)); echo "FAIL $1"; fi
}
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
cleanup() {
    touch "$WORK/stop"
    [ -n "$server" ] && kill -9 "$server" 2>/dev/null
    wait 2>/dev/null
    [ -n "${KEEP_WORK:-}" ] && cp "$LOG" /tmp/graceful-service.log
    rm -rf "$WORK"
}
trap cleanup EXIT

echo "== Building the H2 variant"
./mvnw -B -q package -DskipTests || exit 1

BRI_DATA_DIR="$WORK/data" QUARKUS_HTTP_PORT=$PORT QUARKUS_MANAGEMENT_PORT=$MANAGEMENT_PORT java -Xmx256m -jar target/quarkus-app/quarkus-run.jar \
    >"$LOG" 2>&1 &
server=$!
for _ in $(seq 1 90); do
    curl -fs "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready" >/dev/null 2>&1 && break
    sleep 1
done
curl -fs "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready" >/dev/null
check "the service becomes ready (management port $MANAGEMENT_PORT)" $?

echo "== Clean start"
warnings=$(grep -c " WARN " "$LOG")
grep " WARN " "$LOG" | cut -c1-200
[ "$warnings" -eq 0 ]
check "a clean start logs no WARN ($warnings)" $?

echo "== Idle and slow connections"
# One connection sends nothing; the other sends half a request head and stops. Each prints the
# seconds until the server closed it.
connection() { # what to send
    python3 - "$PORT" "$1" <<'PY'
import socket, sys, time
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])))
s.sendall(sys.argv[2].encode())
start = time.time()
s.settimeout(120)
try:
    data = s.recv(4096)
except OSError:
    data = b"?"
print(f"{time.time() - start:.1f}", "closed" if data == b"" else "answered:" + data[:40].decode("latin-1"))
PY
}
connection "" >"$WORK/idle.txt" &
idle=$!
connection $'GET /api/v1/themes HTTP/1.1\r\nHost: localhost\r\nAccept: applica' >"$WORK/slow.txt" &
slow=$!
wait $idle $slow
read -r idle_s idle_how <"$WORK/idle.txt"
read -r slow_s slow_how <"$WORK/slow.txt"
echo "   idle connection: $idle_how after $idle_s s; half-sent request: $slow_how after $slow_s s"
[ "$idle_how" = closed ] && awk "BEGIN { exit !($idle_s >= 25 && $idle_s <= 40) }"
check "an idle connection is closed after the 30 s idle timeout" $?
[ "$slow_how" = closed ] && awk "BEGIN { exit !($slow_s >= 25 && $slow_s <= 40) }"
check "a connection that stops mid-request is closed after the idle timeout" $?

echo "== SIGTERM under $CLIENTS parallel clients"
paths=(
    "/api/v1/statements?q=technology&size=100"
    "/api/v1/metrics?size=100&sort=-value"
    "/api/v1/sources/qiushi-2023-zheng-shanjie/text"
    "/api/v1/projects?country=LA"
)
client() { # number; writes "start_ms end_ms curl_exit_code status" per request
    local path=${paths[$(($1 % ${#paths[@]}))]}
    while [ ! -e "$WORK/stop" ]; do
        local start rc status
        start=$(now_ms)
        status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "http://127.0.0.1:$PORT$path")
        rc=$?
        echo "$start $(now_ms) $rc $status" >>"$WORK/client-$1.txt"
        # Like a load balancer, a client leaves a replica that answers 503 or refuses connections.
        [ "$rc" -eq 7 ] && break
        [ "$rc" -eq 0 ] && [ "$status" = 503 ] && break
    done
}
for i in $(seq 1 "$CLIENTS"); do client "$i" & done
sleep 4
term_ms=$(now_ms)
kill -TERM "$server"
# During the shutdown delay readiness is DOWN and the API still answers.
sleep 1
ready=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready")
api=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$PORT/api/v1/themes")
echo "   1 s after SIGTERM: readiness $ready, GET /api/v1/themes $api"
[ "$ready" = 503 ] && [ "$api" = 200 ]
check "during the shutdown delay readiness is DOWN and requests are served" $?
wait "$server"
exit_code=$?
exit_ms=$(now_ms)
server=""
touch "$WORK/stop"
wait
echo "   the service exited with code $exit_code after $(( exit_ms - term_ms )) ms"

cat "$WORK"/client-*.txt >"$WORK/all.txt"
first_503=$(awk '$3 == 0 && $4 == 503 { print $2 }' "$WORK/all.txt" | sort -n | head -1)
first_503=${first_503:-$exit_ms}
summary=$(awk -v term="$term_ms" -v drain="$first_503" '
    $3 == 0 && $4 == 200 { ok++; if ($2 > term) after_term++; if ($2 >= drain) in_flight++ }
    $3 == 0 && $4 == 503 { drained++ }
    $3 == 0 && $4 != 200 && $4 != 503 { other++ }
    $3 == 7 { refused++ }
    $3 == 52 { empty++ }
    $3 == 56 || $3 == 55 { reset++ }
    $3 == 28 { timeout++ }
    $3 != 0 && $3 != 7 && $3 != 52 && $3 != 56 && $3 != 55 && $3 != 28 { failure++ }
    END { printf "%d %d %d %d %d %d %d %d %d %d\n", NR, ok, after_term, in_flight, drained, other, refused, empty, reset, timeout + failure }' "$WORK/all.txt")
read -r total ok after_term in_flight drained other refused empty reset broken <<<"$summary"
echo "   requests: $total; 200: $ok ($after_term finished after SIGTERM, $in_flight finished after the drain began)"
echo "   503 during the drain: $drained; refused once the port closed: $refused"
echo "   connection resets: $reset; empty replies: $empty; other statuses: $other; timeouts or other failures: $broken"
[ "$exit_code" -eq 0 ] || [ "$exit_code" -eq 143 ]
check "the service exits cleanly (code $exit_code)" $?
[ "$after_term" -gt 0 ]
check "requests are still answered 200 after SIGTERM ($after_term)" $?
[ "$drained" -gt 0 ]
check "new requests get 503 during the drain ($drained)" $?
[ "$reset" -eq 0 ] && [ "$empty" -eq 0 ] && [ "$other" -eq 0 ] && [ "$broken" -eq 0 ]
check "no connection reset, empty reply, timeout or other status" $?
errors=$(grep -Ec " ERROR |Exception|EntityManager is closed" "$LOG")
grep -E " ERROR |Exception|EntityManager is closed" "$LOG" | head -5 | cut -c1-200
[ "$errors" -eq 0 ]
check "the log has no error or exception ($errors)" $?

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
