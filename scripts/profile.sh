#!/usr/bin/env bash
# Where the service's CPU goes under load: starts the packaged H2 service with Java Flight Recorder, drives one
# request with wrk, and prints the hottest methods from the recording's execution samples, by self time and by the
# share of samples each of the service's own frames (and the libraries' entry points) appears in.
#
# usage: scripts/profile.sh <request path> [seconds, default 20] [connections, default 32] [cached|uncached]
#   e.g. scripts/profile.sh /api/v1/projects/china-laos-railway 20 32 cached
#        scripts/profile.sh '/api/v1/metrics?page=1&size=20' 20 32 uncached
# Needs Java 17+ (jcmd and jfr come with it), wrk and Node.js (to read the recording). Uses target/quarkus-app when
# it is there (./mvnw package -DskipTests otherwise). The recording is kept as target/profile.jfr, for JDK Mission
# Control or `jfr print`.
set -euo pipefail
cd "$(dirname "$0")/.."

path=${1:?usage: scripts/profile.sh <request path> [seconds] [connections] [cached|uncached]}
seconds=${2:-20}
connections=${3:-32}
mode=${4:-cached}
port=8189
for tool in wrk jcmd jfr node java; do
    command -v "$tool" >/dev/null || { echo "missing: $tool"; exit 1; }
done
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q -ntp package -DskipTests

work=$(mktemp -d)
cache=true
[ "$mode" = uncached ] && cache=false
BRI_DATA_DIR="$work/data" BRI_CACHE_ENABLED=$cache QUARKUS_HTTP_PORT=$port QUARKUS_MANAGEMENT_PORT=$((port + 1000)) \
    java -Xmx256m -XX:StartFlightRecording=name=start,settings=profile,filename="$work/start.jfr" \
    -jar target/quarkus-app/quarkus-run.jar > "$work/service.log" 2>&1 &
service=$!
trap 'kill $service 2>/dev/null; wait $service 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 600); do
    curl -fs "http://127.0.0.1:$port/api/v1/themes" >/dev/null 2>&1 && break
    kill -0 $service 2>/dev/null || { cat "$work/service.log"; exit 1; }
    sleep 0.1
done
url="http://127.0.0.1:$port$path"
curl -fs -o /dev/null "$url" || { echo "$path does not answer 200"; exit 1; }

echo "== Warm-up: 10 s"
wrk -t1 -c"$connections" -d10s "$url" >/dev/null
# A fresh recording of the measured run only: the start-up and the warm-up stay out of it.
jcmd $service JFR.stop name=start >/dev/null
jcmd $service JFR.start name=load settings=profile >/dev/null
echo "== $path, $mode, wrk -t1 -c$connections -d${seconds}s"
wrk -t1 -c"$connections" -d"${seconds}s" "$url" | grep -E "Requests/sec|Latency"
jcmd $service JFR.dump name=load filename="$PWD/target/profile.jfr" >/dev/null
jfr print --json --events jdk.ExecutionSample target/profile.jfr > "$work/samples.json"

node - "$work/samples.json" <<'EOF'
const events = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8')).recording.events;
const name = f => `${f.method.type.name.replace(/\//g, ".")}.${f.method.name}`;
const self = new Map(), inclusive = new Map();
const count = (map, key) => map.set(key, (map.get(key) || 0) + 1);
// Frames that say whose work a sample is: the service's own code and the entry points of the libraries it calls.
const ours = /^(org\.bri\.data|org\.hibernate\.(query|loader|sql\.exec)|com\.fasterxml\.jackson\.databind\.ObjectMapper|org\.h2\.command|org\.postgresql\.jdbc|io\.vertx\.core\.http\.impl|org\.jboss\.resteasy\.reactive\.server\.handlers|io\.netty\.channel\.nio|io\.micrometer|java\.util\.zip)/;
for (const event of events) {
    const frames = event.values.stackTrace ? event.values.stackTrace.frames : [];
    if (frames.length === 0) continue;
    count(self, name(frames[0]));
    new Set(frames.map(name).filter(n => ours.test(n))).forEach(n => count(inclusive, n));
}
const total = events.length;
const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n)
    .map(([k, v]) => `${(100 * v / total).toFixed(1).padStart(6)} %  ${k}`).join('\n');
console.log(`\n== ${total} execution samples (every 10 ms of a running Java thread)`);
console.log('\n-- hottest methods, self time\n' + top(self, 15));
console.log('\n-- share of samples in which a frame appears (the service and the libraries\' entry points)\n'
    + top(inclusive, 25));
EOF
