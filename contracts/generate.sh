#!/usr/bin/env bash
# Regenerates everything derived from src/: artifacts/<Name>.json (solc-js, pinned in
# package-lock.json) and the abigen v2 Go bindings in bindings/.
set -euo pipefail
cd "$(dirname "$0")"

# npm ci when node_modules is missing or older than the lock file.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
	npm ci --no-audit --no-fund --loglevel=error
fi

rm -f artifacts/*.json
node compile.js

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p bindings
rm -f bindings/*.go
for artifact in artifacts/*.json; do
	name=$(basename "$artifact" .json)
	node -e '
		const a = require(process.argv[1]);
		const fs = require("fs");
		fs.writeFileSync(process.argv[2] + ".abi", JSON.stringify(a.abi));
		fs.writeFileSync(process.argv[2] + ".bin", a.bytecode);
	' "./$artifact" "$tmp/$name"
	out="bindings/$(echo "$name" | sed -E 's/([a-z0-9])([A-Z])/\1_\2/g' | tr '[:upper:]' '[:lower:]').go"
	go run github.com/ethereum/go-ethereum/cmd/abigen --v2 --pkg bindings --type "$name" \
		--abi "$tmp/$name.abi" --bin "$tmp/$name.bin" --out "$out"
done
gofmt -w bindings
