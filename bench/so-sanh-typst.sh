#!/usr/bin/env bash
# baocao (native binary) side by side with Typst, the tool a user would pick instead for "data in, PDF out".
# Installs the Typst compiler from npm (@myriaddreamin/typst-ts-node-compiler) into a temporary folder,
# has baocao write one fixture's report as Markdown, turns it into a Typst document with the same words,
# font (the bundled Liberation Serif), size and margins (bench/typst/markdown-to-typst.mjs), and checks
# that both PDFs have the same number of pages (within one). Then, alternating A B A B:
#   1. cold, one report PDF: `baocao build F --format pdf --documents bao-cao` vs one Typst process;
#   2. cold, every output of F (report + article; PDF, DOCX, HTML, MD) vs Typst's one PDF;
#   3. batch: 200 sample reports, PDF only, `-j 2`, CPU (user + sys from GNU time) per page (pdfinfo),
#      vs Typst compiling the same 200 reports (converted the same way) in one process.
# Prints one table of medians and ratios (Typst's batch CPU is measured inside its process, after start-up).
# Needs node + npm, GNU time (/usr/bin/time) and pdfinfo (poppler-utils).
# Not part of `dotnet test`. About 3-6 minutes on a quiet 2-core machine (RUNS=7, BATCH_RUNS=3).
# Usage: bench/so-sanh-typst.sh [DIR_WITH_NATIVE_baocao]   (default: publish the AOT binary first)
#   FIXTURE=file.yaml  RUNS=7  BATCH_RUNS=3  COMPARE_MANAGED=DIR (also runs bench/cold-and-batch.sh native vs DIR)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
fixture="${FIXTURE:-$root/fixtures/dang-uy-xa-o-dien-q3-2025.yaml}"
runs="${RUNS:-7}"
batch_runs="${BATCH_RUNS:-3}"
fonts="$root/fonts/liberation-serif"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [[ $# -ge 1 ]]; then native="$(cd "$1" && pwd)/baocao"; else
  dotnet publish "$root/src/Reports.Cli" -c Release -r linux-x64 -p:PublishAot=true -o "$work/aot" -v quiet >/dev/null
  native="$work/aot/baocao"
fi
"$native" --version

echo "installing the Typst compiler from npm ..."
mkdir -p "$work/typst"
cp "$root"/bench/typst/*.mjs "$work/typst/"
(cd "$work/typst" && npm install --silent --no-audit --no-fund @myriaddreamin/typst-ts-node-compiler >/dev/null)
typst_version="$(node -p "require('$work/typst/node_modules/@myriaddreamin/typst-ts-node-compiler/package.json').version")"

# The same content for both: baocao's own Markdown of the report, set by Typst.
name="$(basename "$fixture" .yaml)"
"$native" build "$fixture" -o "$work/md" --format md,pdf --documents bao-cao >/dev/null
node "$work/typst/convert.mjs" "$work/typst" "$work/md/$name.bao-cao.md"
node "$work/typst/compile-one.mjs" "$fonts" "$work/typst/$name.typ" "$work/typst/one.pdf"
pages() { pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ {print $2}'; }
ours=$(pages "$work/md/$name.bao-cao.pdf"); theirs=$(pages "$work/typst/one.pdf")
echo "pages: baocao $ours, Typst $theirs"
(( ours - theirs <= 1 && theirs - ours <= 1 )) || { echo "page counts differ by more than one" >&2; exit 1; }

# One measured run: wall seconds and CPU seconds (user + sys) appended to $work/<label>.
measure() {
  local label="$1"; shift
  # Wall time from the clock in nanoseconds (GNU time's %e is only 10 ms fine); CPU and memory from GNU time.
  local start end
  start=$(date +%s%N)
  /usr/bin/time -f "%e %U %S %M" -o "$work/t" "$@" >/dev/null 2>&1
  end=$(date +%s%N)
  awk -v wall="$(( (end - start) / 1000 ))" '{printf "%.4f %.3f %s\n", wall / 1e6, $2 + $3, $4}' "$work/t" >>"$work/m-$label"
}
median() { sort -n -k"$2" "$work/m-$1" | awk -v c="$2" '{v[NR]=$c} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }

echo "cold runs, alternating, $runs pairs each ..."
for ((i = 0; i < runs + 1; i++)); do
  rm -rf "$work/o"; measure pdf "$native" build "$fixture" -o "$work/o" --format pdf --documents bao-cao
  measure typst node "$work/typst/compile-one.mjs" "$fonts" "$work/typst/$name.typ" "$work/typst/one.pdf"
  rm -rf "$work/o"; measure all "$native" build "$fixture" -o "$work/o"
  if ((i == 0)); then rm -f "$work"/m-{pdf,typst,all}; fi # the first round only warms the disk cache
done

echo "batch: 200 samples ..."
"$native" sample --so 200 -o "$work/samples" >/dev/null
"$native" build "$work/samples" -o "$work/samples-md" --format md --documents bao-cao -j 2 >/dev/null
mkdir -p "$work/typst-batch"
node "$work/typst/convert.mjs" "$work/typst-batch" "$work"/samples-md/*.bao-cao.md
for ((i = 0; i < batch_runs; i++)); do
  rm -rf "$work/b"; measure batch "$native" build "$work/samples" -o "$work/b" -j 2 --format pdf --documents bao-cao
  rm -f "$work"/typst-batch/*.pdf
  /usr/bin/time -f "%e %U %S %M" -o "$work/t" node "$work/typst/batch.mjs" "$fonts" "$work/typst-batch" >"$work/typst-cpu"
  awk -v own="$(awk '{print $2 / 1000}' "$work/typst-cpu")" '{printf "%s %.3f %s %s\n", $1, $2 + $3, $4, own}' "$work/t" >>"$work/m-typst-batch"
done
our_pages=0; for f in "$work"/b/*.bao-cao.pdf; do our_pages=$((our_pages + $(pages "$f"))); done
typst_pages=0; for f in "$work"/typst-batch/*.pdf; do typst_pages=$((typst_pages + $(pages "$f"))); done

pdf_wall=$(median pdf 1); pdf_cpu=$(median pdf 2)
typ_wall=$(median typst 1); typ_cpu=$(median typst 2)
all_wall=$(median all 1); all_cpu=$(median all 2)
b_wall=$(median batch 1); b_cpu=$(median batch 2); b_mem=$(median batch 3)
t_cpu=$(median typst-batch 4); t_mem=$(median typst-batch 3)
echo
echo "baocao native vs Typst $typst_version (node binding), medians; fixture $name ($ours pages); $(nproc) cores"
awk -v pw="$pdf_wall" -v pc="$pdf_cpu" -v tw="$typ_wall" -v tc="$typ_cpu" -v aw="$all_wall" -v ac="$all_cpu" \
    -v bw="$b_wall" -v bc="$b_cpu" -v bm="$b_mem" -v op="$our_pages" -v tpc="$t_cpu" -v tm="$t_mem" -v tp="$typst_pages" '
function row(w, a, b, r) { printf "| %-40s | %-26s | %-26s | %-7s |\n", w, a, b, r }
BEGIN {
  row("work", "baocao (native)", "Typst", "ratio")
  row("----", "----", "----", "----")
  row("cold: one report, PDF only", sprintf("%.3f s (CPU %.3f s)", pw, pc), sprintf("%.3f s (CPU %.3f s)", tw, tc), sprintf("%.2f×", pw / tw))
  row("cold: every output of one file", sprintf("%.3f s (CPU %.3f s)", aw, ac), sprintf("%.3f s (one PDF)", tw), sprintf("%.2f×", aw / tw))
  row("batch: 200 reports, CPU per PDF page", sprintf("%.2f ms", 1000 * bc / op), sprintf("%.2f ms", 1000 * tpc / tp), sprintf("%.2f×", (bc / op) / (tpc / tp)))
  row("batch: pages; wall", sprintf("%d pages; %.2f s", op, bw), sprintf("%d pages; one thread", tp), "")
  row("batch: cores busy with -j 2", sprintf("%.0f%%", 100 * bc / bw / 2), "", "")
  row("batch: peak memory (max RSS)", sprintf("%.0f MiB", bm / 1024), sprintf("%.0f MiB", tm / 1024), "")
}'

if [[ -n "${COMPARE_MANAGED:-}" ]]; then "$root/bench/cold-and-batch.sh" "$(dirname "$native")" "$COMPARE_MANAGED"; fi
