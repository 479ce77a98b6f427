#!/usr/bin/env bash
# Checks the Native AOT binary the way the managed build is checked:
#   1. publishes it (needs clang and zlib1g-dev) unless AOT_DIR names one already published;
#   2. builds every fixture and 20 generated samples with both builds and compares every output byte for byte;
#   3. runs the CLI tests against the binary (BAOCAO_EXE makes tests/Reports.Tests/Cli/CliRunner start it).
# Not part of `dotnet test`: a fresh CI machine has only the .NET SDK, and the publish takes minutes.
# Usage: [AOT_DIR=dir] bench/aot-cli-tests.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

aot="${AOT_DIR:-$work/aot}"
if [[ -z "${AOT_DIR:-}" ]]; then
  dotnet publish "$root/src/Reports.Cli" -c Release -r linux-x64 -p:PublishAot=true -o "$aot" -v quiet
fi
dotnet build "$root/src/Reports.Cli" -c Release -o "$work/managed" -v quiet >/dev/null
"$aot/baocao" --version
"$work/managed/baocao" --version

"$work/managed/baocao" sample --so 20 -o "$work/in" >/dev/null
cp "$root"/fixtures/*.yaml "$work/in/"
"$work/managed/baocao" build "$work/in" -o "$work/out-managed" >/dev/null
"$aot/baocao" build "$work/in" -o "$work/out-native" >/dev/null
count=$(find "$work/out-managed" -type f | wc -l)
if diff -r "$work/out-managed" "$work/out-native" >/dev/null; then
  echo "byte-identical: $count outputs of $(ls "$work/in" | wc -l) data files"
else
  echo "DIFFERENT outputs between managed and native:" >&2
  diff -rq "$work/out-managed" "$work/out-native" >&2 || true
  exit 1
fi

BAOCAO_EXE="$aot/baocao" dotnet test "$root/tests/Reports.Tests" \
  --filter "FullyQualifiedName~Reports.Tests.Cli|FullyQualifiedName~Reports.Tests.Samples"
