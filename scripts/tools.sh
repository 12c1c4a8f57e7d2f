#!/usr/bin/env bash
# Installs the pinned code generators and CLI tools into $HOME/.cache/tokendroplet/tools/, one
# directory per tool and version, and prints the directory to put on PATH.
#   eval "$(scripts/tools.sh env)"   # puts them on PATH
set -euo pipefail

BUF_VERSION=v1.75.0
PROTOC_GEN_GO_VERSION=v1.36.12            # google.golang.org/protobuf, as in go.mod
PROTOC_GEN_GO_GRPC_VERSION=v1.6.2
GRPCURL_VERSION=v1.9.4

root="${HOME}/.cache/tokendroplet/tools"
bindir="${root}/bin"
mkdir -p "$bindir"

install_tool() { # name version package
  local name=$1 version=$2 pkg=$3
  local dir="${root}/${name}-${version}"
  if [ ! -x "${dir}/${name}" ]; then
    echo "installing ${name} ${version}" >&2
    GOBIN="$dir" GOFLAGS=-mod=mod GOTOOLCHAIN=local go install "${pkg}@${version}" >&2
  fi
  ln -sf "${dir}/${name}" "${bindir}/${name}"
}

install_tool buf "$BUF_VERSION" github.com/bufbuild/buf/cmd/buf
install_tool protoc-gen-go "$PROTOC_GEN_GO_VERSION" google.golang.org/protobuf/cmd/protoc-gen-go
install_tool protoc-gen-go-grpc "$PROTOC_GEN_GO_GRPC_VERSION" google.golang.org/grpc/cmd/protoc-gen-go-grpc
install_tool grpcurl "$GRPCURL_VERSION" github.com/fullstorydev/grpcurl/cmd/grpcurl

if [ "${1:-}" = env ]; then
  echo "export PATH=\"${bindir}:\$PATH\""
else
  echo "$bindir"
fi
