#!/usr/bin/env bash
# Runs TokenDroplet locally on loopback with no outside service. State lives in .devnet/, so a
# restart resumes; Ctrl-C stops everything. DEVNET ONLY: keys sit in files.
set -euo pipefail
cd "$(dirname "$0")/.."
export GOTOOLCHAIN=local
state="$PWD/.devnet"
mkdir -p "$state"
chmod 755 "$state"
pgport=${DROPLET_DEVNET_PG_PORT:-55439}

pgurl=$(scripts/pg.sh start "$state/pg" "$pgport")
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  scripts/pg.sh stop "$state/pg"
  echo "devnet stopped; state kept in .devnet/ (remove it to start afresh)"
}
trap cleanup EXIT INT TERM

psql "$pgurl" -qtAc "SELECT 1 FROM pg_database WHERE datname = 'signer'" | grep -q 1 ||
  psql "$pgurl" -qc "CREATE DATABASE signer"
signer_db="postgres://postgres@127.0.0.1:${pgport}/signer?sslmode=disable"

mkdir -p "$state/bin"
go build -o "$state/bin/" ./cmd/droplet ./signer/cmd/droplet-signer
"$state/bin/droplet" devnet-init -dir "$state" -database "$signer_db"

"$state/bin/droplet-signer" serve -config "$state/signer.json" 2>>"$state/signer.log" &
pids+=($!)
up=
for _ in $(seq 1 100); do
  if (exec 3<>/dev/tcp/127.0.0.1/7443) 2>/dev/null; then up=1; break; fi
  kill -0 "${pids[0]}" 2>/dev/null || break
  sleep 0.1
done
if [ -z "$up" ]; then
  echo "the signer did not start; its log:" >&2
  tail -n 20 "$state/signer.log" >&2
  exit 1
fi

pki="$state/pki"
cat <<MSG

TokenDroplet devnet is up (DEVNET ONLY: file keys).
  PostgreSQL     $pgurl
  signer         127.0.0.1:7443 (mTLS)   admin 127.0.0.1:7444 (mTLS, admin CA)   metrics http://127.0.0.1:7445/metrics
  logs           $state/*.log

Try (grpcurl: eval "\$(scripts/tools.sh env)"):
  grpcurl -cacert $pki/ca.crt -cert $pki/relayer.crt -key $pki/relayer.key 127.0.0.1:7443 list
  grpcurl -cacert $pki/ca.crt -cert $pki/relayer.crt -key $pki/relayer.key 127.0.0.1:7443 droplet.signer.v1.SignerService/ListTransfers
  grpcurl -cacert $pki/admin-ca.crt -cert $pki/ops-admin.crt -key $pki/ops-admin.key 127.0.0.1:7444 droplet.signer.v1.AdminService/GetPolicy

Ctrl-C stops everything.
MSG
wait "${pids[0]}"
