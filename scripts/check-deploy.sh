#!/usr/bin/env bash
# Checks what deploy/ ships, as CI does:
#   - every systemd unit in deploy/systemd (and the signer's example drop-in) passes
#     `systemd-analyze verify` with no warning at all, and its exposure level from
#     `systemd-analyze security --offline` is at most $DROPLET_MAX_EXPOSURE tenths (default 20,
#     that is 2.0 "OK" on systemd's 0-10 scale);
#   - the sysusers.d file parses (systemd-sysusers --dry-run on an empty root);
#   - every example configuration in deploy/examples passes `droplet config check`.
# Verification needs the binaries a unit starts to exist, so the four binaries are built from this
# tree into a temporary directory and the units are verified in a temporary copy in which
# /usr/local/bin/ is the only thing replaced. No systemd needs to be running (containers are fine).
# When systemd-analyze is missing it installs Debian's systemd package if run as root.
set -euo pipefail
cd "$(dirname "$0")/.."
export GOTOOLCHAIN=local
max_exposure=${DROPLET_MAX_EXPOSURE:-20}

need() {
  command -v "$1" >/dev/null 2>&1 && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "check-deploy: $1 is missing; installing Debian's systemd package" >&2
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends systemd >&2
  fi
  if ! command -v "$1" >/dev/null 2>&1; then
    echo "check-deploy: $1 is missing: install the systemd package (apt-get install systemd) or run as root" >&2
    exit 1
  fi
}
need systemd-analyze
need systemd-sysusers

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

echo "== build the binaries the units start"
for c in signer watcher relayer reporter; do
  go build -o "$tmp/bin/droplet-$c" "./$c/cmd/droplet-$c"
done
go build -o "$tmp/bin/droplet" ./cmd/droplet

echo "== systemd-analyze verify"
units=$tmp/units
mkdir -p "$units"
cp -R deploy/systemd/. "$units/"
for f in "$units"/*.service "$units"/*.timer; do
  [ -e "$f" ] || continue
  sed -i "s#/usr/local/bin/#$tmp/bin/#g" "$f"
done
# The signer's drop-in ships as an example; verify it as installed.
for f in "$units"/*.service.d/*.conf.example; do
  [ -e "$f" ] || continue
  cp "$f" "${f%.example}"
done
checked=0
for f in "$units"/*.service "$units"/*.timer; do
  [ -e "$f" ] || continue
  name=$(basename "$f")
  # A template is verified through an instance of it.
  case "$name" in *@.*) name="${name%%@.*}@example.${name##*.}" ;; esac
  out=$(cd "$units" && systemd-analyze verify "./$name" 2>&1) || { fail=1; echo "$name: systemd-analyze verify failed:"; echo "$out"; continue; }
  if [ -n "$out" ]; then
    # verify only warns about unknown keys and similar; here every warning is an error.
    fail=1; echo "$name: systemd-analyze verify warns:"; echo "$out"; continue
  fi
  case "$name" in
    *.service)
      sec=$(cd "$units" && systemd-analyze security --offline=true --threshold="$max_exposure" "./$name" 2>&1) || {
        fail=1; echo "$name: exposure above $max_exposure tenths:"; echo "$sec" | grep -E '✗|Overall|Failed' || echo "$sec"; continue; }
      echo "$name: ok ($(echo "$sec" | grep -o 'Overall exposure level[^:]*: [0-9.]*' | sed 's/.*: //') exposure)"
      ;;
    *) echo "$name: ok" ;;
  esac
  checked=$((checked + 1))
done
if [ "$checked" = 0 ] && [ "$fail" = 0 ]; then
  echo "no unit found in deploy/systemd"; fail=1
fi

echo "== systemd-sysusers"
mkdir -p "$tmp/root/etc"
for f in deploy/systemd/*.sysusers.conf; do
  [ -e "$f" ] || continue
  if out=$(systemd-sysusers --dry-run --root="$tmp/root" "$PWD/$f" 2>&1) && ! grep -qiE 'fail|unknown|invalid' <<<"$out"; then
    echo "$f: ok"
  else
    fail=1; echo "$f: systemd-sysusers:"; echo "$out"
  fi
done

echo "== example configurations"
ex=deploy/examples
DROPLET_REPORTER_SMTP_PASSWORD=example DROPLET_REPORTER_WEBHOOK_TOKEN=example \
  "$tmp/bin/droplet" config check -routes $ex/routes.json -signer $ex/signer.json -watcher $ex/watcher.json \
  -relayer $ex/relayer.json -reporter $ex/reporter.json || fail=1

if [ "$fail" != 0 ]; then
  echo "check-deploy: FAILED" >&2
  exit 1
fi
echo "check-deploy: ok"
