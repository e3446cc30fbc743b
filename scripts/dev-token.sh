#!/usr/bin/env bash
# Makes a local signing key (once, under .dev-keys/, never committed) and prints a bearer token
# for a role, for trying writes on a machine without an identity provider:
#   scripts/dev-token.sh curator [subject] [minutes]
# Start the service trusting that key only when you mean to:
#   MP_JWT_VERIFY_PUBLICKEY_LOCATION=file:$PWD/.dev-keys/public.pem ./mvnw package quarkus:run -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
role=${1:?usage: scripts/dev-token.sh curator|editor [subject] [minutes]}
subject=${2:-${USER:-curator}@localhost}
minutes=${3:-60}
issuer=${BRI_JWT_ISSUER:-bri-data-service-dev}
keys=.dev-keys
if [ ! -f "$keys/private.pem" ]; then
  mkdir -p "$keys" && chmod 700 "$keys"
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$keys/private.pem" 2>/dev/null
  openssl pkey -in "$keys/private.pem" -pubout -out "$keys/public.pem"
fi
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
payload=$(printf '{"iss":"%s","sub":"%s","upn":"%s","groups":["%s"],"iat":%d,"exp":%d}' \
  "$issuer" "$subject" "$subject" "$role" "$now" "$((now + minutes * 60))" | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$keys/private.pem" | b64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
