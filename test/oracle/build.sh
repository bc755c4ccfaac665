#!/usr/bin/env bash
# Builds the API-server oracle into test/oracle/bin/oracle.
# The first build downloads the module graph (k8s.io/kubernetes v1.37.2 and
# its staging modules) from the Go module proxy and compiles it: several
# minutes on 2 cores; later builds reuse the Go build cache.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
mkdir -p bin
go build -o bin/oracle .
