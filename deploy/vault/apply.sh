#!/usr/bin/env bash
# Applies the offboarding bot's Vault provisioning (idempotent) to the Vault at VAULT_ADDR, with
# an admin token in VAULT_TOKEN:
#   - KV v2 at offboard/ (connector credentials at offboard/tenants/<tenant>/connectors/<name>);
#   - AppRole auth at approle/;
#   - per tenant: policy offboard-tenant-<tenant> (policies/tenant.hcl.tmpl) and AppRole
#     offboard-<tenant>: tokens of 60 s at most, single-use SecretIDs that expire after 5 minutes
#     unused, no default policy, no renewal past 60 s;
#   - per tenant: policy offboard-orchestrator-<tenant> (policies/orchestrator.hcl.tmpl) for whoever
#     mints that tenant's wrapped SecretIDs (the trusted orchestrator; see docs/VAULT_PROD_SETUP.md).
# Prints one line per tenant: "<tenant> <role-id>" (RoleIDs are not secret).
#
# Usage: VAULT_ADDR=... VAULT_TOKEN=... deploy/vault/apply.sh TENANT [TENANT ...]
#        VAULT=/path/to/vault to use a given binary (default: vault on PATH, then .tools/bin/vault)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
VAULT=${VAULT:-$(command -v vault || echo "$root/.tools/bin/vault")}
[ -x "$VAULT" ] || { echo "apply.sh: no vault binary (set VAULT, or run scripts/install-tools.sh vault)" >&2; exit 2; }
[ -n "${VAULT_ADDR:-}" ] || { echo "apply.sh: VAULT_ADDR is not set" >&2; exit 2; }
[ -n "${VAULT_TOKEN:-}" ] || { echo "apply.sh: VAULT_TOKEN is not set (an admin token)" >&2; exit 2; }
[ $# -gt 0 ] || { echo "usage: apply.sh TENANT [TENANT ...]" >&2; exit 2; }

v() { "$VAULT" "$@"; }

v secrets list -format=json | grep -q '"offboard/"' || v secrets enable -path=offboard -version=2 kv >/dev/null
v auth list -format=json | grep -q '"approle/"' || v auth enable approle >/dev/null

for tenant in "$@"; do
  [[ "$tenant" =~ ^[a-z0-9][a-z0-9-]{1,62}$ ]] || { echo "apply.sh: not a tenant id: $tenant" >&2; exit 2; }
  sed "s/TENANT/$tenant/g" "$here/policies/tenant.hcl.tmpl" | v policy write "offboard-tenant-$tenant" - >/dev/null
  sed "s/TENANT/$tenant/g" "$here/policies/orchestrator.hcl.tmpl" | v policy write "offboard-orchestrator-$tenant" - >/dev/null
  v write "auth/approle/role/offboard-$tenant" \
    token_policies="offboard-tenant-$tenant" token_no_default_policy=true \
    token_ttl=60s token_max_ttl=60s token_type=service \
    secret_id_num_uses=1 secret_id_ttl=300s bind_secret_id=true >/dev/null
  echo "$tenant $(v read -field=role_id "auth/approle/role/offboard-$tenant/role-id")"
done
