#!/usr/bin/env bash
# Median time per file of `pdftotext -layout` (poppler) against our ResumePdfParser, on the generated 1-3 page
# resumes and, when present, on ../shared/eval/resumes/pdf/*.pdf (read in place, never copied into the repository).
# Usage: scripts/bench-poppler.sh [runs]   (default 30 runs per file after 5 warm-up runs)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-30}"
JAVA="${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
OUT=target/bench-results
mkdir -p "$OUT" target/bench-pdfs
command -v pdftotext >/dev/null || { echo "pdftotext missing: apt-get install -y poppler-utils" >&2; exit 1; }

CP="$(scripts/bench-classpath.sh)"
"$JAVA" -cp "$CP" org.mockinterview.bench.BenchPdfs target/bench-pdfs >/dev/null
FILES=(target/bench-pdfs/*.pdf)
if compgen -G "../shared/eval/resumes/pdf/*.pdf" >/dev/null; then FILES+=(../shared/eval/resumes/pdf/*.pdf); fi

echo "# $(date -u +%FT%TZ)  $(nproc) cores  $(uptime | sed 's/.*load/load/')"
echo "# poppler: $(pdftotext -v 2>&1 | head -1)"
: > "$OUT/poppler.tsv"
for f in "${FILES[@]}"; do
  if command -v hyperfine >/dev/null; then
    # -N: no intermediate shell, so the figure is pdftotext alone
    hyperfine -N -w 5 -r "$RUNS" --export-json "$OUT/hf.json" "pdftotext -layout $f /dev/null" >/dev/null 2>&1 || true
    med=$(python3 -c "import json;r=json.load(open('$OUT/hf.json'))['results'][0];print('%.2f\t%.2f'%(r['median']*1000,r['min']*1000))")
  else
    ts=()
    for ((i = 0; i < RUNS + 5; i++)); do
      s=$(date +%s%N); pdftotext -layout "$f" /dev/null 2>/dev/null || true; e=$(date +%s%N)
      (( i >= 5 )) && ts+=($(( e - s )))
    done
    med=$(printf '%s\n' "${ts[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.2f\t%.2f", a[int((NR+1)/2)]/1e6, a[1]/1e6}')
  fi
  printf '%s\t%s\n' "$(basename "$f")" "$med" >> "$OUT/poppler.tsv"
done

# pdftotext pays a process start (library loading) on every file; measure it alone to show how much of its figure
# is extraction, since our parser runs inside an already warm JVM
START_MS=""
if command -v hyperfine >/dev/null; then
  hyperfine -N -w 5 -r "$RUNS" --export-json "$OUT/hf.json" "pdftotext -v" >/dev/null 2>&1 || true
  START_MS=$(python3 -c "import json;print('%.2f'%(json.load(open('$OUT/hf.json'))['results'][0]['median']*1000))")
  echo "# pdftotext process start alone (pdftotext -v), median: $START_MS ms"
fi

"$JAVA" -Xmx384m -cp "$CP" org.mockinterview.bench.ParseTimer "$RUNS" "${FILES[@]}" | tee "$OUT/ours.txt" >&2
echo
# medians decide the target (ours <= 2x poppler); minimums show the figures with the least CPU contention
printf '%-32s %11s %11s %11s %11s %7s  %s\n' file "poppler p50" "ours p50" "poppler min" "ours min" ratio "our outcome"
awk 'NR==FNR {p[$1]=$2; m[$1]=$3; next} FNR>1 {
       o=""; for (i = 5; i <= NF; i++) o = o " " $i
       printf "%-32s %11.2f %11.2f %11.2f %11.2f %7.2f %s\n", $1, p[$1], $3, m[$1], $4, (p[$1] > 0 ? $3 / p[$1] : 0), o }' \
  "$OUT/poppler.tsv" "$OUT/ours.txt"
