#!/usr/bin/env bash
# Starts the services the tests use: a throwaway PostgreSQL and a Vault dev server, both on
# loopback, and installs the pinned anvil (tests start their own Ethereum dev nodes). Prints
# shell exports for the tests; `testenv.sh down DIR` stops them.
#   eval "$(scripts/testenv.sh up)"   ...   scripts/testenv.sh down "$DROPLET_TESTENV_DIR"
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null ||
    echo $((20000 + RANDOM % 20000))
}

case "${1:-}" in
up)
  dir=$(mktemp -d "${TMPDIR:-/tmp}/tokendroplet-test.XXXXXX")
  chmod 755 "$dir"
  pgport=$(free_port)
  pgurl=$("$here/pg.sh" start "$dir/pg" "$pgport")

  anvil=$("$here/anvil.sh")
  vault=$("$here/build-vault.sh")
  vport=$(free_port)
  token="droplet-test-root"
  "$vault" server -dev -dev-root-token-id="$token" -dev-listen-address="127.0.0.1:${vport}" \
    -dev-no-store-token >"$dir/vault.log" 2>&1 &
  echo $! >"$dir/vault.pid"
  for _ in $(seq 1 100); do
    if VAULT_ADDR="http://127.0.0.1:${vport}" "$vault" status >/dev/null 2>&1; then break; fi
    sleep 0.1
  done
  VAULT_ADDR="http://127.0.0.1:${vport}" "$vault" status >/dev/null || {
    cat "$dir/vault.log" >&2
    exit 1
  }
  cat <<ENV
export DROPLET_TESTENV_DIR='$dir'
export DROPLET_TEST_POSTGRES='$pgurl'
export DROPLET_TEST_VAULT_ADDR='http://127.0.0.1:${vport}'
export DROPLET_TEST_VAULT_TOKEN='$token'
export DROPLET_VAULT_BIN='$vault'
export DROPLET_ANVIL='$anvil'
ENV
  ;;
down)
  dir=${2:?usage: testenv.sh down DIR}
  [ -f "$dir/vault.pid" ] && kill "$(cat "$dir/vault.pid")" 2>/dev/null || true
  "$here/pg.sh" stop "$dir/pg"
  rm -rf "$dir"
  ;;
*)
  echo "usage: testenv.sh up | down DIR" >&2
  exit 2
  ;;
esac
