#!/usr/bin/env bash
# Parses every resume of ../shared/eval/resumes/pdf and scores the profiles with the evaluation's own scorer, on the
# whole set and on the two producer-family folds used for cross-validation (docs/QUALITY.md). The data is read in
# place; nothing of it is copied into the repository.
# Usage: scripts/eval-resumes.sh [OUT_DIR]   (default target/eval-resumes)
set -euo pipefail
cd "$(dirname "$0")/.."
EVAL=../shared/eval
OUT="${1:-target/eval-resumes}"
[[ -d "$EVAL/resumes/pdf" ]] || { echo "no evaluation data at $EVAL/resumes" >&2; exit 1; }
# ResumeEvaluation also checks the floors of docs/QUALITY.md; below one it fails, and the figures below say where
./mvnw -B -q test -Dtest=ResumeEvaluation -Dsurefire.failIfNoSpecifiedTests=false -Deval.out="$OUT" >/dev/null 2>&1 \
  || echo "ResumeEvaluation failed (a floor of docs/QUALITY.md, or the build): see target/surefire-reports" >&2
# fold A: Typst, Canva, Word, wkhtmltopdf/Qt, Ghostscript; fold B: LaTeX, Google Docs/Chromium, Enhancv, FOP
FIELDS='^(sections|experience|projects|education|skills|name_accuracy|email_accuracy|hallucinated_projects|no_text_handled)'
declare -A FOLDS=(
  [first-six]="01 04 06 09 10 17"
  [fold-a]="23 26 29 31 33 38 43 47 48"
  [fold-b]="20 22 27 32 35 37 42 44 45"
)
echo "== all"
python3 "$EVAL/score_resumes.py" "$EVAL/resumes/truth" "$OUT" | grep -E "$FIELDS"
for fold in first-six fold-a fold-b; do
  truth=$(mktemp -d)
  for n in ${FOLDS[$fold]}; do ln -s "$(cd "$EVAL" && pwd)"/resumes/truth/$n*.json "$truth/" 2>/dev/null || true; done
  echo "== $fold"
  python3 "$EVAL/score_resumes.py" "$truth" "$OUT" | grep -E "$FIELDS"
  rm -rf "$truth"
done
