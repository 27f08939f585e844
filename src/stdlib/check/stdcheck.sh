#!/bin/bash
# Type-checks each embedded stdlib package with real Go (see README.md).
set -u
GO=${GO:-go}
SRC=$(cd "$(dirname "$0")/../go" && pwd)
GOFMT="$($GO env GOROOT)/bin/gofmt"
"$GOFMT" -l -w "$SRC"
rm -rf /tmp/stdcheck && mkdir -p /tmp/stdcheck && cd /tmp/stdcheck
printf 'module std2\n\ngo 1.22\n' > go.mod
for d in $(cd "$SRC" && find . -name '*.go' -printf '%h\n' | sort -u); do
  mkdir -p "$d" && cp "$SRC/$d"/*.go "$d"/ && : > "$d/natives.s"
done
$GO build -gcflags=-e ./... 2>&1
$GO vet ./... 2>&1 | grep -v "^#" | head -50
