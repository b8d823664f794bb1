#!/usr/bin/env bash
# Puts an LDAP connector's service account under Vault's LDAP secrets engine (static role), so its
# password exists only in Vault: Vault rotates it at once and every rotation_period, and a lease of
# tenant TENANT reads the current one from ldap/static-cred/offboard-TENANT-CONNECTOR.
#
# Usage: VAULT_ADDR=... VAULT_TOKEN=<admin> LDAP_BIND_PASSWORD=<secret> \
#          deploy/vault/ldap.sh TENANT CONNECTOR LDAP_URL BIND_DN SERVICE_DN [ROTATION_PERIOD]
#   BIND_DN: an LDAP identity allowed to set SERVICE_DN's password (Vault's, not the connector's).
#   ROTATION_PERIOD: default 24h.
# The bind password is read from LDAP_BIND_PASSWORD (never an argument: it would show in ps).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
VAULT=${VAULT:-$(command -v vault || echo "$root/.tools/bin/vault")}
[ $# -ge 5 ] || { echo "usage: ldap.sh TENANT CONNECTOR LDAP_URL BIND_DN SERVICE_DN [ROTATION_PERIOD]" >&2; exit 2; }
tenant=$1 connector=$2 url=$3 binddn=$4 service=$5 period=${6:-24h}
[[ "$tenant" =~ ^[a-z0-9][a-z0-9-]{1,62}$ ]] || { echo "ldap.sh: not a tenant id: $tenant" >&2; exit 2; }
[[ "$connector" =~ ^[a-z][a-z0-9-]{0,31}$ ]] || { echo "ldap.sh: not a connector name: $connector" >&2; exit 2; }
[ -n "${LDAP_BIND_PASSWORD:-}" ] || { echo "ldap.sh: LDAP_BIND_PASSWORD is not set" >&2; exit 2; }
[ -n "${VAULT_ADDR:-}" ] && [ -n "${VAULT_TOKEN:-}" ] || { echo "ldap.sh: VAULT_ADDR and VAULT_TOKEN (admin) must be set" >&2; exit 2; }
v() { "$VAULT" "$@"; }

v secrets list -format=json | grep -q '"ldap/"' || v secrets enable ldap >/dev/null
printf '%s' "$LDAP_BIND_PASSWORD" | v write ldap/config binddn="$binddn" bindpass=- url="$url" schema=openldap >/dev/null
v write "ldap/static-role/offboard-$tenant-$connector" dn="$service" username="$connector-service" rotation_period="$period" >/dev/null
echo "ldap/static-cred/offboard-$tenant-$connector"
