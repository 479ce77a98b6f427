#!/usr/bin/env bash
# Proves the .NET tool package: `dotnet pack` it, install it from that folder into an empty tool path,
# then run `baocao build` from an empty folder and check that the package carries the bundled font and
# that every output was written.
# A script rather than a test: pack + install take 1-5 minutes here, far beyond a unit test's budget.
# Usage: bench/tool-package.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet pack "$root/src/Reports.Cli" -c Release -o "$work/feed" -v quiet >/dev/null
dotnet tool install --tool-path "$work/tools" baocao --add-source "$work/feed" >/dev/null
store="$(find "$work/tools/.store" -type d -path '*/fonts/liberation-serif' | head -1)"
test -f "$store/LiberationSerif-Regular.ttf" || { echo "package lacks the bundled font" >&2; exit 1; }

mkdir "$work/clean"
cd "$work/clean"
"$work/tools/baocao" --version
"$work/tools/baocao" build "$root/fixtures/huyen-uy-dan-phuong-q1-2024.yaml" -o out >/dev/null
written=$(ls out | grep -c -v '^\.')
echo "tool package: $written outputs written from a clean folder"
test "$written" -eq 9
