#!/usr/bin/env bash
# Load benchmark on loopback: the packaged service on H2 beside nginx serving the very same bytes and json-server
# (a mock JSON server in JavaScript) serving the same records, for the same requests, with wrk (-t1 -c32 by default).
# Each round runs every request against every server in turn (interleaved), after a warm-up; the table gives the
# median of the rounds: requests per second, p50 and p99 latency, and the server's CPU time per request. It also
# measures the uncached path (a second service with bri.cache.enabled=false), the time from start to ready, and
# resident memory before and after.
#
# Usage: scripts/benchmark.sh [rounds, default 3] [seconds per run, default 10] [connections, default 32]
#        scripts/benchmark.sh soak [seconds, default 180] [connections, default 64]   (resident memory under load)
#        scripts/benchmark.sh scale [seconds, default 10] [connections, default 32]   (PostgreSQL at scale, below)
#        scripts/benchmark.sh stream                 (CSV and NDJSON downloads of the 1M metrics at scale, below)
# BRI_BENCH_WARMUP_MIN (seconds, 60), BRI_BENCH_WARMUP (180) and BRI_BENCH_WARMUP_METHODS (20) shape the warm-up of
# the JVMs, which runs until their JIT compilers settle (warm_jvm below).
# Needs: Java 17+ (with jstat), wrk and nginx (Debian: apt-get install -y wrk nginx-light), Node.js with npm.
#
# The scale mode needs only Java, wrk and a local PostgreSQL (127.0.0.1:5432, user postgres or BRI_DB_USER): it
# creates a fresh C-collation database (BRI_SCALE_DB, default bri_scale_bench; dropped first if it exists), fills it
# with scripts/scale-generate.sh (100,000 projects, 1,000,000 metrics, 300,000 statements, synthetic), starts the
# PostgreSQL build on it with the response cache off (every request runs its queries), warms up, then prints req/s,
# p50 and p99 for a filtered project list, a filtered metric list, q searches and a deep page. BRI_SCALE_REUSE=1
# measures a database generated before instead of generating a new one; BRI_SCALE_NO_BUILD=1 uses the PostgreSQL
# build already in target/.
#
# The stream mode reads a scale database generated before (BRI_SCALE_DB, default bri_scale; it never creates, drops or
# writes it, and refuses to run without it): it starts the PostgreSQL build on it with a small heap (BRI_STREAM_HEAP,
# default -Xmx128m), downloads every metric as CSV and then as NDJSON with curl, and prints for each the rows, bytes,
# seconds and MB/s, and the service's resident memory and used heap (jstat) before, at their highest during (sampled
# every 0.2 s) and after the download: flat figures show that a download's length costs no memory.
set -euo pipefail
cd "$(dirname "$0")/.."

HEAP=${BRI_BENCH_HEAP:--Xmx256m}
PORT=8199
UNCACHED_PORT=8198
NGINX_PORT=8197
JSON_SERVER_PORT=8196
JSON_SERVER_VERSION=0.17.4
WORK=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}" $(cat "$WORK"/service-*.pid 2>/dev/null); do kill "$pid" 2>/dev/null || true; done
    [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT


# Starts the packaged service on a fresh data directory; prints the ms from launch to ready.
start_service() { # port, extra environment (NAME=value ...)
    local port=$1 data started
    shift
    data=$(mktemp -d -p "$WORK")
    started=$(date +%s%N)
    env "$@" BRI_DATA_DIR="$data" QUARKUS_HTTP_PORT="$port" QUARKUS_MANAGEMENT_PORT=$((port + 1000)) \
        java $HEAP -jar target/quarkus-app/quarkus-run.jar >"$WORK/service-$port.log" 2>&1 &
    # Called as $(start_service ...), a subshell: the pid file, not an array, tells the caller and the cleanup.
    echo $! >"$WORK/service-$port.pid"
    for _ in $(seq 1 600); do
        if curl -fs "http://127.0.0.1:$((port + 1000))/q/health/ready" >/dev/null 2>&1; then
            echo $(( ($(date +%s%N) - started) / 1000000 ))
            return 0
        fi
        sleep 0.05
    done
    cat "$WORK/service-$port.log"
    return 1
}
rss_mib() { ps -o rss= -p "$1" | awk '{printf "%.0f", $1/1024}'; }
# CPU time (user + system) of a process and its children threads, in clock ticks.
cpu_ticks() {
    local total=0 pid
    for pid in "$@"; do
        total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat")))
    done
    echo "$total"
}
to_ms() { # wrk latency (850.00us, 1.23ms, 2.01s) in ms
    awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /[0-9]s$/) n *= 1000; printf "%.2f", n }'
}

# How many methods a JVM's JIT compilers have compiled so far (jstat -compiler).
compiled() { jstat -compiler "$1" | awk 'NR == 2 { print $1 }'; }

# Warms a JVM until its JIT compilers have little left to do: on 2 cores they go on compiling for a minute or more of
# load, and the uncached path ran at half its warm speed after a 10 s warm-up. Each turn runs every URL for 5 s; the
# warm-up ends after a turn during which the compilers finished fewer than BRI_BENCH_WARMUP_METHODS methods (20), once
# BRI_BENCH_WARMUP_MIN seconds of turns (60) have run, or after BRI_BENCH_WARMUP seconds of them (180). Prints the
# seconds of turns and the methods compiled in the last one.
warm_jvm() { # pid, urls...
    local pid=$1 warmed=0 before fresh url
    shift
    while [ "$warmed" -lt "${BRI_BENCH_WARMUP:-180}" ]; do
        before=$(compiled "$pid")
        for url in "$@"; do
            wrk -t1 -c"${CONNECTIONS:-32}" -d5s "$url" >/dev/null
            warmed=$((warmed + 5))
        done
        fresh=$(($(compiled "$pid") - before))
        if [ "$warmed" -ge "${BRI_BENCH_WARMUP_MIN:-60}" ] && [ "$fresh" -lt "${BRI_BENCH_WARMUP_METHODS:-20}" ]; then
            break
        fi
    done
    echo "$warmed s of turns, $fresh methods compiled in the last turn"
}

# The heap in use of a JVM in KiB: the used columns of jstat -gc (survivors, eden, old).
heap_kib() { jstat -gc "$1" | awk 'NR == 2 {printf "%.0f", $3 + $4 + $6 + $8}'; }

if [ "${1:-}" = "stream" ]; then
    DB=${BRI_SCALE_DB:-bri_scale}
    DB_USER=${BRI_DB_USER:-postgres}
    HEAP=${BRI_STREAM_HEAP:--Xmx128m}
    for tool in java jstat curl psql; do
        command -v "$tool" >/dev/null || { echo "missing: $tool"; exit 1; }
    done
    metrics=$(psql -h 127.0.0.1 -U "$DB_USER" -d "$DB" -Atc "select count(*) from metric where deleted_at is null") \
        || { echo "no database $DB: generate it first (scripts/benchmark.sh scale, or scripts/scale-generate.sh)"; exit 1; }
    if [ "${BRI_SCALE_NO_BUILD:-}" != 1 ]; then
        echo "== Packaging the service (PostgreSQL variant)"
        ./mvnw -B -q -ntp package -DskipTests -Dquarkus.profile=postgres
    fi
    echo "== Starting the service on $DB ($metrics metrics), heap $HEAP"
    ready=$(start_service $PORT QUARKUS_PROFILE=postgres BRI_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
        BRI_DB_USER="$DB_USER")
    pid=$(cat "$WORK/service-$PORT.pid")
    echo "   ready in $ready ms; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
    printf '%-7s %9s %9s %13s %7s %6s %22s %22s\n' format rows total bytes s "MB/s" "RSS MiB before/max/after" \
        "heap MiB before/max/after"
    for format in csv ndjson; do
        rss_before=$(rss_mib "$pid")
        heap_before=$(heap_kib "$pid")
        : >"$WORK/samples"
        ( while kill -0 "$pid" 2>/dev/null; do
            echo "$(rss_mib "$pid") $(heap_kib "$pid")" >>"$WORK/samples"
            sleep 0.2
        done ) &
        sampler=$!
        # Rows counted as records, not lines: a CSV line break inside quotes (an even number of quotes so far) is
        # no new record.
        curl -sS -D "$WORK/headers" -w '%{size_download} %{time_total}\n' -o >(
            if [ "$format" = csv ]; then
                awk '{ q += gsub(/"/, "\""); if (q % 2 == 0) n++ } END { print n - 1 }'
            else
                wc -l
            fi >"$WORK/rows") "http://127.0.0.1:$PORT/api/v1/metrics?format=$format" >"$WORK/transfer"
        kill "$sampler"
        wait "$sampler" 2>/dev/null || true
        sleep 1
        read -r bytes seconds <"$WORK/transfer"
        total=$(grep -i '^x-total-count:' "$WORK/headers" | tr -dc '0-9')
        printf '%-7s %9s %9s %13s %7.1f %6.1f %22s %22s\n' "$format" "$(cat "$WORK/rows")" "$total" "$bytes" \
            "$seconds" "$(awk -v b="$bytes" -v s="$seconds" 'BEGIN { printf "%.1f", b / s / 1e6 }')" \
            "$rss_before/$(sort -n "$WORK/samples" | tail -1 | cut -d' ' -f1)/$(rss_mib "$pid")" \
            "$((heap_before / 1024))/$(awk '$2 > m { m = $2 } END { printf "%.0f", m / 1024 }' "$WORK/samples")/$(( $(heap_kib "$pid") / 1024))"
    done
    exit 0
fi

if [ "${1:-}" = "scale" ]; then
    SCALE_SECONDS=${2:-10}
    SCALE_CONNECTIONS=${3:-32}
    DB=${BRI_SCALE_DB:-bri_scale_bench}
    DB_USER=${BRI_DB_USER:-postgres}
    for tool in wrk java jstat psql createdb; do
        command -v "$tool" >/dev/null || { echo "missing: $tool (see the usage above)"; exit 1; }
    done
    if [ "${BRI_SCALE_NO_BUILD:-}" != 1 ]; then
        echo "== Packaging the service (PostgreSQL variant)"
        ./mvnw -B -q -ntp package -DskipTests -Dquarkus.profile=postgres
    fi
    if [ "${BRI_SCALE_REUSE:-}" = 1 ]; then
        echo "== Reusing the generated database $DB (BRI_SCALE_REUSE=1)"
    else
        echo "== A fresh C-collation database: $DB"
        psql -h 127.0.0.1 -U "$DB_USER" -qc "drop database if exists $DB"
        createdb -h 127.0.0.1 -U "$DB_USER" -T template0 --lc-collate=C --lc-ctype=C.UTF-8 -E UTF8 "$DB"
        echo "== Generating the synthetic data ($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
        BRI_SCALE_NO_BUILD=1 BRI_DB_USER="$DB_USER" scripts/scale-generate.sh "jdbc:postgresql://127.0.0.1:5432/$DB" \
            2> >(grep -v -e HV000001 -e 'org.hibernate.validator.internal.util.Version' >&2)
    fi
    echo "== Starting the service on it, response cache off ($HEAP)"
    ready=$(start_service $PORT QUARKUS_PROFILE=postgres BRI_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
        BRI_DB_USER="$DB_USER" BRI_CACHE_ENABLED=false)
    log="$WORK/service-$PORT.log"
    echo "   ready in $ready ms; the loader: $(grep -o 'The database holds data release[^;]*' "$log" | head -1)"
    if grep -q '"level":"ERROR"' "$log"; then
        grep '"level":"ERROR"' "$log"
        echo "the service logged errors on the generated database"
        exit 1
    fi
    scale_requests=(
        "/api/v1/projects?country=KE&theme=trade&status=operational&sort=name"
        "/api/v1/metrics?country=PK&theme=connectivity&from=2019-01&to=2021-12&sort=-date"
        "/api/v1/statements?q=luban%20workshop"
        "/api/v1/metrics?q=mivelnu"
        # The deepest page page numbers reach (records 9,981 to 10,000).
        "/api/v1/metrics?page=500&size=20"
    )
    # Half-way through the million metrics by cursor: the cursor the page ending at record 500,000 of the id order
    # carries (its sort, the number of records before the next page, the last record's key), made here from that
    # record's id rather than by walking 25,000 pages to it.
    middle=$(psql -h 127.0.0.1 -U "$DB_USER" -d "$DB" -Atc \
        "select id from metric where deleted_at is null order by id offset 499999 limit 1")
    cursor=$(printf '{"s":"id","o":500000,"k":["%s"]}' "$middle" | base64 -w0 | tr '+/' '-_' | tr -d '=')
    scale_requests+=("/api/v1/metrics?size=20&cursor=$cursor")
    for path in "${scale_requests[@]}"; do
        code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT$path")
        [ "$code" = 200 ] || { echo "$path answered $code"; tail -5 "$log"; exit 1; }
    done
    echo "== Warm-up: turns until the JIT compilers settle (warm_jvm)"
    urls=()
    for path in "${scale_requests[@]}"; do
        urls+=("http://127.0.0.1:$PORT$path")
    done
    echo "   $(CONNECTIONS=$SCALE_CONNECTIONS warm_jvm "$(cat "$WORK/service-$PORT.pid")" "${urls[@]}")"
    echo
    echo "== Uncached, wrk -t1 -c$SCALE_CONNECTIONS -d${SCALE_SECONDS}s, loopback, $(nproc) cores, load average" \
        "$(cut -d' ' -f1-3 /proc/loadavg)"
    printf '%-84s %8s %9s %9s %8s\n' request "req/s" "p50 ms" "p99 ms" "items"
    for path in "${scale_requests[@]}"; do
        out=$(wrk -t1 -c"$SCALE_CONNECTIONS" -d"${SCALE_SECONDS}s" --latency "http://127.0.0.1:$PORT$path")
        total=$(curl -s "http://127.0.0.1:$PORT$path" | grep -o '"totalItems":[0-9]*' | cut -d: -f2)
        printf '%-84s %8.0f %9.2f %9.2f %8s\n' "$path" "$(echo "$out" | awk '/Requests\/sec/ {print $2}')" \
            "$(to_ms "$(echo "$out" | awk '$1 == "50%" {print $2}')")" \
            "$(to_ms "$(echo "$out" | awk '$1 == "99%" {print $2}')")" "$total"
        echo "$out" | grep -E "Non-2xx|Socket errors" | sed 's/^/   /' || true
    done
    echo "== Service resident memory after the runs: $(rss_mib "$(cat "$WORK/service-$PORT.pid")") MiB (heap $HEAP)"
    exit 0
fi

for tool in wrk nginx node npm java jstat; do
    command -v "$tool" >/dev/null || { echo "missing: $tool (see the usage above)"; exit 1; }
done

echo "== Packaging the service"
./mvnw -B -q package -DskipTests

if [ "${1:-}" = "soak" ]; then
    SOAK_SECONDS=${2:-180}
    SOAK_CONNECTIONS=${3:-64}
    ready=$(start_service $PORT)
    pid=$(cat "$WORK/service-$PORT.pid")
    echo "== Soak: $SOAK_CONNECTIONS connections for $SOAK_SECONDS s, heap $HEAP (ready in $ready ms, RSS $(rss_mib "$pid") MiB)"
    cat >"$WORK/paths.lua" <<'EOF'
local paths = {"/api/v1/projects/china-laos-railway", "/api/v1/metrics?page=1&size=20",
    "/api/v1/projects?country=LA&size=20", "/api/v1/statements?q=technology&size=20",
    "/api/v1/metrics?unit=USD&sort=-value&size=100", "/api/v1/sources/qiushi-2023-zheng-shanjie/text"}
local i = 0
request = function()
    i = i + 1
    return wrk.format("GET", paths[(i % #paths) + 1])
end
EOF
    wrk -t1 -c"$SOAK_CONNECTIONS" -d"${SOAK_SECONDS}s" -s "$WORK/paths.lua" "http://127.0.0.1:$PORT" >"$WORK/soak.txt" &
    soak=$!
    for _ in $(seq 1 $((SOAK_SECONDS / 30))); do
        sleep 30
        echo "   RSS $(rss_mib "$pid") MiB"
    done
    wait $soak
    grep -E "Requests/sec|requests in|Non-2xx" "$WORK/soak.txt" | sed 's/^/   /'
    echo "   RSS after the soak: $(rss_mib "$pid") MiB"
    exit 0
fi

ROUNDS=${1:-3}
SECONDS_EACH=${2:-10}
CONNECTIONS=${3:-32}
requests=(
    "/api/v1/projects/china-laos-railway"
    "/api/v1/metrics?page=1&size=20"
)

echo "== Starting the service ($HEAP) three times: start to ready"
for i in 1 2 3; do
    ms=$(start_service $PORT)
    echo "   run $i: ready in $ms ms, RSS $(rss_mib "$(cat "$WORK/service-$PORT.pid")") MiB"
    if [ "$i" -lt 3 ]; then
        # Not a graceful stop: that waits out the shutdown delay, and the port is needed again now.
        pid=$(cat "$WORK/service-$PORT.pid")
        kill -9 "$pid"
        while kill -0 "$pid" 2>/dev/null; do sleep 0.05; done
    fi
done
service=$(cat "$WORK/service-$PORT.pid")
start_service $UNCACHED_PORT BRI_CACHE_ENABLED=false >/dev/null
uncached=$(cat "$WORK/service-$UNCACHED_PORT.pid")
rss_before=$(rss_mib "$service")

echo "== The same bytes for nginx, the same records for json-server $JSON_SERVER_VERSION"
mkdir -p "$WORK/www" "$WORK/json-server"
i=0
for path in "${requests[@]}"; do
    curl -fs "http://127.0.0.1:$PORT$path" >"$WORK/www/r$i.json"
    i=$((i + 1))
done
node -e '
const fs = require("fs");
const [dir, project, page] = process.argv.slice(1);
const p = JSON.parse(fs.readFileSync(project));
// json-server pages a collection itself; a page of 20 metrics is the first 20 of the whole list.
fs.writeFileSync(dir + "/db.json", JSON.stringify({projects: [p], metrics: JSON.parse(fs.readFileSync(page)).items}));
' "$WORK/json-server" "$WORK/www/r0.json" "$WORK/www/r1.json"
for page in 2 3; do
    curl -fs "http://127.0.0.1:$PORT/api/v1/metrics?page=$page&size=20" >"$WORK/page.json"
    node -e '
const fs = require("fs");
const db = JSON.parse(fs.readFileSync(process.argv[1]));
db.metrics.push(...JSON.parse(fs.readFileSync(process.argv[2])).items);
fs.writeFileSync(process.argv[1], JSON.stringify(db));
' "$WORK/json-server/db.json" "$WORK/page.json"
done
cat >"$WORK/nginx.conf" <<EOF
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    default_type application/json;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $WORK/www;
    }
}
EOF
nginx -c "$WORK/nginx.conf"
(cd "$WORK/json-server" && npm install --silent --no-audit --no-fund "json-server@$JSON_SERVER_VERSION" >/dev/null 2>&1)
(cd "$WORK/json-server" && exec node node_modules/json-server/lib/cli/bin.js --quiet --port $JSON_SERVER_PORT db.json \
    >"$WORK/json-server.log" 2>&1) &
pids+=($!)
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$JSON_SERVER_PORT/projects" >/dev/null 2>&1 && break; sleep 0.1; done
json_server=$(pgrep -f "json-server/lib/cli/bin.js --quiet --port $JSON_SERVER_PORT" | head -1)
nginx_workers=$(pgrep -P "$(cat "$WORK/nginx.pid")" | tr '\n' ' ')

# One wrk run; prints "req/s p50 p99 cpu_us_per_request".
run() { # url, pids...
    local url=$1 before after out requests
    shift
    before=$(cpu_ticks "$@")
    out=$(wrk -t1 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency "$url")
    after=$(cpu_ticks "$@")
    requests=$(echo "$out" | awk '/requests in/ {print $1}')
    echo "$(echo "$out" | awk '/Requests\/sec/ {print $2}') $(to_ms "$(echo "$out" | awk '$1 == "50%" {print $2}')") \
$(to_ms "$(echo "$out" | awk '$1 == "99%" {print $2}')") \
$(awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" -v n="$requests" 'BEGIN { printf "%.0f", t / hz * 1e6 / n }')"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

declare -A targets
targets["r0 service"]="http://127.0.0.1:$PORT${requests[0]}|$service"
targets["r0 uncached"]="http://127.0.0.1:$UNCACHED_PORT${requests[0]}|$uncached"
targets["r0 nginx"]="http://127.0.0.1:$NGINX_PORT/r0.json|$nginx_workers"
targets["r0 json-server"]="http://127.0.0.1:$JSON_SERVER_PORT/projects/china-laos-railway|$json_server"
targets["r1 service"]="http://127.0.0.1:$PORT${requests[1]}|$service"
targets["r1 uncached"]="http://127.0.0.1:$UNCACHED_PORT${requests[1]}|$uncached"
targets["r1 nginx"]="http://127.0.0.1:$NGINX_PORT/r1.json|$nginx_workers"
targets["r1 json-server"]="http://127.0.0.1:$JSON_SERVER_PORT/metrics?_page=1&_limit=20|$json_server"
order=("r0 service" "r0 uncached" "r0 nginx" "r0 json-server" "r1 service" "r1 uncached" "r1 nginx" "r1 json-server")

echo "== Warm-up: a 5 s run per server, then turns of each JVM until its JIT compilers settle (warm_jvm)"
for key in "${order[@]}"; do
    wrk -t1 -c"$CONNECTIONS" -d5s "${targets[$key]%%|*}" >/dev/null
done
for jvm in service uncached; do
    echo "   $jvm: $(warm_jvm "${!jvm}" "${targets["r0 $jvm"]%%|*}" "${targets["r1 $jvm"]%%|*}")"
done
for round in $(seq 1 "$ROUNDS"); do
    echo "== Round $round of $ROUNDS"
    for key in "${order[@]}"; do
        IFS='|' read -r url ps <<<"${targets[$key]}"
        # shellcheck disable=SC2086
        result=$(run "$url" $ps)
        echo "$result" >>"$WORK/${key// /-}.txt"
        echo "   $key: $result"
    done
done

echo
echo "== Medians of $ROUNDS rounds (wrk -t1 -c$CONNECTIONS -d${SECONDS_EACH}s, loopback, $(nproc) cores)"
printf '%-40s %-12s %10s %9s %9s %12s %10s\n' request server "req/s" "p50 ms" "p99 ms" "CPU us/req" "x nginx"
for r in 0 1; do
    nginx_rps=$(awk '{print $1}' "$WORK/r$r-nginx.txt" | median)
    for server in service uncached nginx json-server; do
        file="$WORK/r$r-$server.txt"
        rps=$(awk '{print $1}' "$file" | median)
        printf '%-40s %-12s %10.0f %9.2f %9.2f %12.0f %10.2f\n' "${requests[$r]}" "$server" "$rps" \
            "$(awk '{print $2}' "$file" | median)" "$(awk '{print $3}' "$file" | median)" \
            "$(awk '{print $4}' "$file" | median)" "$(awk -v a="$rps" -v b="$nginx_rps" 'BEGIN { print a / b }')"
    done
done
echo
echo "== Bytes: $(wc -c <"$WORK/www/r0.json") and $(wc -c <"$WORK/www/r1.json") (identity, as wrk asks)"
echo "== Service resident memory: $rss_before MiB before the rounds, $(rss_mib "$service") MiB after (heap $HEAP)"
