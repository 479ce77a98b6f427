#!/usr/bin/env bash
# Cold start and batch speed of one or more baocao builds, side by side in one run.
# Usage: [FIXTURE=file.yaml] bench/cold-and-batch.sh DIR_OF_BUILD_A [DIR_OF_BUILD_B ...]
#   each DIR holds a published baocao (e.g. dotnet publish src/Reports.Cli -c Release -r linux-x64
#   --self-contained false -p:PublishReadyToRun=true -o DIR). Needs hyperfine and GNU time. The data file
#   (FIXTURE) and the 200 samples (written by the first build) must be valid for every build compared.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
fixture="${FIXTURE:-$root/fixtures/huyen-uy-dan-phuong-q1-2024.yaml}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
first="$1"
"$first/baocao" sample --so 200 -o "$work/samples" >/dev/null

cold=(); pdf=(); batch=()
for dir in "$@"; do
  name="$(basename "$(dirname "$dir")")/$(basename "$dir")"
  cold+=(-n "$name: every output" "rm -rf $work/o && $dir/baocao build $fixture -o $work/o")
  pdf+=(-n "$name: report PDF" "rm -rf $work/o && $dir/baocao build $fixture -o $work/o --format pdf --documents bao-cao")
  batch+=(-n "$name: 200 files, PDF+DOCX, -j 2" "rm -rf $work/b && $dir/baocao build $work/samples -o $work/b -j 2 --format pdf,docx")
done
hyperfine -w 2 -r 15 "${cold[@]}" "${pdf[@]}"
hyperfine -w 1 -r 5 "${batch[@]}"
for dir in "$@"; do
  rm -rf "$work/b"
  /usr/bin/time -f "$dir: batch peak memory %M KiB, %e s wall, %U s user" "$dir/baocao" build "$work/samples" -o "$work/b" -j 2 --format pdf,docx >/dev/null
done
