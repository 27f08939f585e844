#!/bin/bash
# Runs testdata programs under real Go with our Go-written packages swapped in
# (std2/...), and compares stdout with the expected .out files.
GO=${GO:-go}
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
PK="fmt sort strings strconv errors unicode/utf8 unicode bytes bufio path path/filepath flag context"
"$(dirname "$0")/stdrun.sh" --setup
pass=0; fail=0; skip=0
for f in $ROOT/testdata/run/seq/*.go $ROOT/testdata/run/conc/*.go; do
  out="${f%.go}.out"; [ -f "$out" ] || { skip=$((skip+1)); continue; }
  name=$(basename "$f" .go); dir=/tmp/stdrun/cmd/e2e_$name; mkdir -p $dir
  cp "$f" $dir/main.go
  for p in $PK; do
    base=$(basename $p)
    perl -0pi -e "s#(^|\n)(\s*)\"$p\"\n#\$1\$2$base \"std2/$p\"\n#g; s#^import \"$p\"#import $base \"std2/$p\"#m" $dir/main.go
  done
  inp="${f%.go}.in"
  if [ -f "$inp" ]; then res=$(cd /tmp/stdrun && timeout 20 $GO run ./cmd/e2e_$name < "$inp" 2>/tmp/stdrun/e2e_$name.err); else res=$(cd /tmp/stdrun && timeout 20 $GO run ./cmd/e2e_$name 2>/tmp/stdrun/e2e_$name.err </dev/null); fi
  if [ "$res" == "$(cat $out)" ]; then pass=$((pass+1)); else fail=$((fail+1)); echo "FAIL $name"; diff <(echo "$res") $out | head -5; head -3 /tmp/stdrun/e2e_$name.err; fi
done
echo "pass=$pass fail=$fail skip=$skip"
