#!/bin/bash
# Copies the embedded stdlib into /tmp/stdrun (module std2) with every bodiless
# function given a body (a shim from $HERE/shims/<pkgpath with _>.txt, or a panic),
# so the Go-written parts can be run by real Go against the real standard library.
# A shim line "import<TAB>path" adds that import to files where a shim was used.
GO=${GO:-go}
HERE=$(cd "$(dirname "$0")" && pwd)
SRC=$(cd "$HERE/../go" && pwd)
rm -rf /tmp/stdrun && mkdir -p /tmp/stdrun && cd /tmp/stdrun
printf 'module std2\n\ngo 1.22\n' > go.mod
for d in $(cd $SRC && find . -name '*.go' -printf '%h\n' | sort -u); do
  mkdir -p "$d"
  shim=$HERE/shims/$(echo ${d#./} | tr / _).txt
  for f in $SRC/$d/*.go; do
    SHIM=$shim perl -e '
      my %b; my @imp; if (open(my $fh, "<", $ENV{SHIM})) { while (<$fh>) { chomp; my ($n, $body) = split /\t/, $_, 2; if ($n eq "import") { push @imp, $body } else { $b{$n} = $body; } } }
      my $out = ""; my $used = 0;
      while (<>) {
        if (/^func / && !/\{/) {
          chomp; my $name = /^func (?:\([^)]*\) )?(\w+)/ ? $1 : "";
          if (exists $b{$name}) { $used = 1 }
          $out .= "$_ " . ($b{$name} // "{ panic(\"native\") }") . "\n";
        } else { $out .= $_ }
      }
      if ($used && @imp) { my $i = join("", map { my $x = $_; $x =~ s/^(\w+) "/$1 "/; $x =~ /"/ ? "import $x\n" : "import \"$x\"\n" } @imp); $out =~ s/^(package \w+\n)/$1$i/m; }
      print $out;' "$f" > "$d/$(basename $f)"
  done
done
cp $HERE/shims/time_start.go /tmp/stdrun/time/zz_start.go
for x in $HERE/shims/*_extra.go; do pk=$(basename $x _extra.go); cp $x /tmp/stdrun/$(echo $pk | tr _ /)/zz_extra.go; done
mkdir -p cmd && cp -r $HERE/tests/* cmd/ 2>/dev/null
[ "${1:-}" = "--setup" ] && exit 0
for t in ${1:-cmd/*/}; do echo "== $t"; $GO run ./$t 2>&1; done
