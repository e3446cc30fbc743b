#!/usr/bin/env bash
# Load benchmark of the packaged service on H2 with wrk (Debian package 'wrk'), on loopback only.
# Prints requests per second and latency per endpoint, and the server's resident memory.
# Usage: scripts/benchmark.sh [seconds per endpoint, default 15] [connections, default 32]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-15}
CONNECTIONS=${2:-32}
PORT=8199
MANAGEMENT_PORT=9199
DATA=$(mktemp -d)

./mvnw -B -q package -DskipTests
# A fresh data directory: the run starts from the seeds. Health is on the management port.
BRI_DATA_DIR=$DATA QUARKUS_HTTP_PORT=$PORT QUARKUS_MANAGEMENT_PORT=$MANAGEMENT_PORT \
    java -Xmx256m -jar target/quarkus-app/quarkus-run.jar >/tmp/bri-benchmark.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready" >/dev/null && break; sleep 1; done

endpoints=(
    "/api/v1/projects/china-laos-railway"
    "/api/v1/projects?country=LA&size=20"
    "/api/v1/metrics?unit=USD&sort=-value&size=100"
    "/api/v1/statements?q=technology&size=20"
    "/api/v1/sources/qiushi-2023-zheng-shanjie/text"
)
for path in "${endpoints[@]}"; do
    wrk -t2 -c"$CONNECTIONS" -d5s "http://127.0.0.1:$PORT$path" >/dev/null # warm-up
    echo "== GET $path"
    wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency "http://127.0.0.1:$PORT$path" \
        | grep -E "Requests/sec|Latency  |50%|99%|requests in|Non-2xx"
done
echo "== server resident memory: $(ps -o rss= -p $SERVER | awk '{printf "%.0f MiB", $1/1024}')"
