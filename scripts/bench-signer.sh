#!/usr/bin/env bash
# The signer's benchmark on real PostgreSQL and Vault over mTLS gRPC on loopback:
# transfers signed per second and p50/p99 latency from the m-th attestation to SignTransfer,
# for 3-of-5 and 13-of-19 watcher sets.
set -euo pipefail
cd "$(dirname "$0")/.."
eval "$(scripts/testenv.sh up)"
trap 'scripts/testenv.sh down "$DROPLET_TESTENV_DIR"' EXIT
echo "cores: $(nproc)"
go test -run '^$' -bench BenchmarkSignTransfer -benchtime "${BENCHTIME:-3000x}" -count 1 ./signer/internal/app/
