#!/usr/bin/env bash
# Builds a Vault server binary from the Go module proxy at a pinned version and caches it under
# $HOME/.cache/tokendroplet/vault-<version>/vault. Prints the binary's path.
#
# Vault's go.mod replaces ./api and ./sdk, which the module download does not carry, so a plain
# `go install` fails. We build a copy of the module with those replace lines removed, so the
# published api and sdk modules at the versions Vault's go.mod names are used instead.
set -euo pipefail

VAULT_VERSION="${VAULT_VERSION:-v1.14.10}" # the last release line under the MPL
cache="${HOME}/.cache/tokendroplet/vault-${VAULT_VERSION}"
bin="${cache}/vault"

if [ -x "$bin" ] && "$bin" version >/dev/null 2>&1 && [ -f "$cache/ok" ]; then
  echo "$bin"
  exit 0
fi

mkdir -p "$cache"
work=$(mktemp -d)
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT

echo "building Vault ${VAULT_VERSION} from the Go module proxy (cold: about 20 minutes)" >&2
src=$(GOFLAGS=-mod=mod go mod download -json "github.com/hashicorp/vault@${VAULT_VERSION}" |
  sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
[ -d "$src" ] || { echo "build-vault: module download failed" >&2; exit 1; }
cp -r "$src/." "$work/"
chmod -R u+w "$work"
cd "$work"
# Drop the local replace directives for the api and sdk sub-modules.
sed -i -E '/^replace github.com\/hashicorp\/vault\/(api|sdk)/d' go.mod
export GOFLAGS=-mod=mod GOTOOLCHAIN=local CGO_ENABLED=0
# No published sdk matches 1.14's in-tree one exactly. We build against the one its go.mod names
# (v0.10.2), copied beside the server, and supply what the server uses that it lacks: the event
# sender's method is SendEvent there and Send in the server, and the two original-body context
# helpers came later. The api it names (v1.9.2) lacks two DR-token autopilot calls of its CLI,
# which api v1.10.0 has.
if [ "$VAULT_VERSION" = v1.14.10 ]; then
  go mod edit -require=github.com/hashicorp/vault/api@v1.10.0
  sdk=$(go mod download -json github.com/hashicorp/vault/sdk@v0.10.2 | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
  cp -r "$sdk" ./sdk-compat
  chmod -R u+w ./sdk-compat
  cat >sdk-compat/logical/original_body_compat.go <<'GO'
package logical

import (
	"context"
	"io"
)

type ctxKeyOriginalBody struct{}

func CreateContextOriginalBody(parent context.Context, body io.ReadCloser) context.Context {
	return context.WithValue(parent, ctxKeyOriginalBody{}, body)
}

func ContextOriginalBodyValue(ctx context.Context) (io.ReadCloser, bool) {
	body, ok := ctx.Value(ctxKeyOriginalBody{}).(io.ReadCloser)
	return body, ok
}
GO
  # 1.14's system backend defines managed-keys create operations without an existence check,
  # which its own sdk tolerated and v0.10.2 refuses with a panic at start: tolerate it again.
  sed -i '/defines a CreateOperation but no ExistenceCheck/d' sdk-compat/framework/backend.go
  go mod edit -replace=github.com/hashicorp/vault/sdk=./sdk-compat
  cat >vault/eventbus/sdk_compat.go <<'GO'
package eventbus

import (
	"context"

	"github.com/hashicorp/vault/sdk/logical"
)

func (bus *pluginEventBus) SendEvent(ctx context.Context, eventType logical.EventType, data *logical.EventData) error {
	return bus.Send(ctx, eventType, data)
}
GO
fi
go build -trimpath -ldflags='-s -w -checklinkname=0' -o "$bin.tmp" .
mv "$bin.tmp" "$bin"
# A dev server must start and answer before the binary is cached as good.
port=$((30000 + RANDOM % 20000))
"$bin" server -dev -dev-root-token-id=check -dev-listen-address="127.0.0.1:$port" >"$cache/check.log" 2>&1 &
pid=$!
ok=
for _ in $(seq 1 100); do
  if VAULT_ADDR="http://127.0.0.1:$port" "$bin" status >/dev/null 2>&1; then ok=1; break; fi
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.1
done
kill "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
if [ -z "$ok" ]; then
  echo "build-vault: the built server does not start; see $cache/check.log" >&2
  exit 1
fi
touch "$cache/ok"
"$bin" version >&2
echo "$bin"
