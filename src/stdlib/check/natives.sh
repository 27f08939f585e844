#!/bin/bash
# Lists every native (bodiless function or method) of the embedded standard
# library as "importpath: signature", for the VM's implementers.
SRC=$(cd "$(dirname "$0")/../go" && pwd)
cd "$SRC" && for f in $(find . -name '*.go' | sort); do
  pkg=$(dirname "${f#./}")
  grep -hE '^func [^{]*$' "$f" | sed "s|^|$pkg: |"
done
