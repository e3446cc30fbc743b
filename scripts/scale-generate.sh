#!/usr/bin/env bash
# Fills an empty PostgreSQL database with synthetic data for scale tests: 100,000 projects, 1,000,000 metrics and
# 300,000 statements by default, each with evidence anchored in synthetic source documents, over the seeds' real
# vocabularies (countries, themes, sectors, units). Every record passes the loader's rules (SeedValidator); ids start
# with "synthetic-", every document says it is synthetic, and data_load records synthetic release 1000000, so that
# the service started on the database serves it as it is and never loads its seeds over it. Prints the time of each
# phase. Synthetic data is never part of the default data: it exists only in the database named here.
#
# Usage: scripts/scale-generate.sh <jdbc-url> [projects] [metrics] [statements]
#   e.g. createdb -h 127.0.0.1 -U postgres -T template0 --lc-collate=C --lc-ctype=C.UTF-8 -E UTF8 bri_scale
#        scripts/scale-generate.sh jdbc:postgresql://127.0.0.1:5432/bri_scale
# The user and password come from BRI_DB_USER (default postgres) and BRI_DB_PASSWORD. The generator runs from the
# packaged application (target/quarkus-app), built here unless BRI_SCALE_NO_BUILD=1 says it is built already.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -lt 1 ] || [ $# -gt 4 ]; then
    sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
fi
if [ "${BRI_SCALE_NO_BUILD:-}" != 1 ]; then
    echo "== Packaging the service (PostgreSQL variant)"
    ./mvnw -B -q -ntp package -DskipTests -Dquarkus.profile=postgres
fi
app=target/quarkus-app
# The application's own classes and libraries, outside Quarkus: the generator is a plain main class.
exec java -Xmx1g -cp "$app/app/*:$app/lib/main/*:$app/lib/boot/*" org.bri.data.scale.ScaleGenerator "$@"
