#!/usr/bin/env bash
# The integrator's check: generates clients from ../openapi.yaml with pinned tools, compiles them (TypeScript with
# tsc --strict, Java with the repository's Maven wrapper) and runs one program per client against BASE_URL.
# Usage: clients/run.sh http://127.0.0.1:8080
set -euo pipefail
base_url=${1:?usage: clients/run.sh BASE_URL}
cd "$(dirname "$0")"

# openapi-generator from Maven Central, pinned by version and checksum.
generator_version=7.25.0
generator_sha256=41ce4f6b07f196676439d710759fa1ced7a08066d06ff1bf314681470289efae
generator_jar=${XDG_CACHE_HOME:-$HOME/.cache}/bri-clients/openapi-generator-cli-$generator_version.jar
if [ ! -f "$generator_jar" ]; then
  mkdir -p "$(dirname "$generator_jar")"
  curl -fsSL -o "$generator_jar.part" \
    "https://repo1.maven.org/maven2/org/openapitools/openapi-generator-cli/$generator_version/openapi-generator-cli-$generator_version.jar"
  mv "$generator_jar.part" "$generator_jar"
fi
echo "$generator_sha256  $generator_jar" | sha256sum -c --quiet

echo "-- npm ci (openapi-typescript, openapi-fetch, typescript, as package-lock.json pins them)"
npm ci --no-audit --no-fund --loglevel=error

echo "-- generate: typescript-fetch, java okhttp-gson, java native (openapi-generator $generator_version); openapi-typescript"
rm -rf build && mkdir build
java -jar "$generator_jar" batch --fail-fast --root-dir . generators/*.yaml > build/generate.log 2>&1 || { cat build/generate.log; exit 1; }
npx --no-install openapi-typescript ../openapi.yaml -o build/openapi-typescript/schema.d.ts

echo "-- compile TypeScript (tsc --strict: see tsconfig.json)"
npx --no-install tsc -p tsconfig.json

echo "-- compile Java clients"
mvn=(../mvnw -B -ntp -q)
for lib in okhttp-gson native; do
  project=build/java-$lib
  mkdir -p "$project/src/main/java/org/bri/client/check"
  cp "java/$([ "$lib" = native ] && echo NativeCheck || echo OkHttpCheck).java" "$project/src/main/java/org/bri/client/check/"
  "${mvn[@]}" -f "$project/pom.xml" compile dependency:build-classpath -Dmdep.outputFile=classpath.txt
done

echo "-- run against $base_url"
# The native library decodes text/plain with the platform charset, which Java 17 takes from the locale (ASCII under
# LANG=C): the service's charset=UTF-8 is ignored by that generated code, so the JVM is told UTF-8 here.
java=(java -Dfile.encoding=UTF-8)
node build/ts/ts/openapi-fetch-check.js "$base_url"
node build/ts/ts/typescript-fetch-check.js "$base_url"
"${java[@]}" -cp "build/java-okhttp-gson/target/classes:$(cat build/java-okhttp-gson/classpath.txt)" \
  org.bri.client.check.OkHttpCheck "$base_url"
"${java[@]}" -cp "build/java-native/target/classes:$(cat build/java-native/classpath.txt)" \
  org.bri.client.check.NativeCheck "$base_url"
