#!/usr/bin/env bash
# Scores the resume parser and the answer analyser on eval/fresh: fictional resumes (HTML printed to PDF by headless
# Chromium) and labelled answers, written for this repository by authors who never saw the code, with the shared
# scorers of ../shared/eval. Each set comes in folds by author, tuned on one after another; see eval/fresh/README.md.
# Usage: scripts/eval-fresh.sh [resumes|answers|all]   (default all; outputs under target/fresh-eval)
set -euo pipefail
cd "$(dirname "$0")/.."
EVAL=$(cd ../shared/eval 2>/dev/null && pwd) || { echo "the shared scorers are not at ../shared/eval" >&2; exit 1; }
FRESH=$(pwd)/eval/fresh
OUT=$(pwd)/target/fresh-eval
WHAT=${1:-all}
FIELDS='^(sections|experience|projects|education|skills|name_accuracy|email_accuracy|hallucinated_projects|project_keyword)'

score_resume_fold() { # name, regex of file numbers
  local truth; truth=$(mktemp -d)
  for f in "$FRESH"/resumes/truth/*.json; do [[ $(basename "$f") =~ $2 ]] && ln -s "$f" "$truth/"; done
  echo "== resumes $1 ($(ls "$truth" | wc -l) files)"
  python3 "$EVAL/score_resumes.py" "$truth" "$OUT/profiles" | grep -E "$FIELDS"
  rm -rf "$truth"
}

if [[ $WHAT == all || $WHAT == resumes ]]; then
  command -v chromium >/dev/null || { echo "chromium is needed to print eval/fresh/resumes/html" >&2; exit 1; }
  rm -rf "$OUT/resumes" "$OUT/profiles" && mkdir -p "$OUT/resumes/pdf" "$OUT/profiles"
  for html in "$FRESH"/resumes/html/*.html; do
    chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
      --print-to-pdf="$OUT/resumes/pdf/$(basename "${html%.html}").pdf" "$html" >/dev/null 2>&1
  done
  ln -s "$FRESH/resumes/truth" "$OUT/resumes/truth"
  ln -sf "$EVAL/score_resumes.py" "$OUT/score_resumes.py"
  ./mvnw -B -q test -Dtest=ResumeEvaluation -Dsurefire.failIfNoSpecifiedTests=false \
    -Deval.resumes="$OUT/resumes/pdf" -Deval.out="$OUT/profiles" >/dev/null 2>&1 \
    || echo "ResumeEvaluation failed: see target/surefire-reports" >&2
  score_resume_fold all '.'
  score_resume_fold "T (101-112)" '^1(0[1-9]|1[0-2])-'
  score_resume_fold "H (113-124)" '^1(1[3-9]|2[0-4])-'
  score_resume_fold "C (125-148)" '^1(2[5-9]|3[0-9]|4[0-8])-'
  score_resume_fold "D (149-160)" '^1(49|5[0-9]|60)-'
  score_resume_fold "E (161-172)" '^1(6[1-9]|7[0-2])-'
  score_resume_fold "F (173-184)" '^1(7[3-9]|8[0-4])-'
  score_resume_fold "G (185-196)" '^1(8[5-9]|9[0-6])-'
  score_resume_fold "I (197-208)" '^(19[7-9]|20[0-8])-'
  score_resume_fold "J (209-220)" '^(209|21[0-9]|220)-'
  score_resume_fold "K (221-232)" '^(22[1-9]|23[0-2])-'
  score_resume_fold "L (233-244)" '^(23[3-9]|24[0-4])-'
  score_resume_fold "M (245-256)" '^(24[5-9]|25[0-6])-'
  score_resume_fold "N (257-268)" '^(25[7-9]|26[0-8])-'
  score_resume_fold "O (269-280)" '^(269|27[0-9]|280)-'
  score_resume_fold "P (281-292)" '^(28[1-9]|29[0-2])-'
  score_resume_fold "Q (293-304)" '^(29[3-9]|30[0-4])-'
  score_resume_fold "R (305-316)" '^(30[5-9]|31[0-6])-'
  score_resume_fold "S (317-328)" '^(31[7-9]|32[0-8])-'
  score_resume_fold "U (329-340)" '^(329|33[0-9]|340)-'
  score_resume_fold "V (341-352)" '^(34[1-9]|35[0-2])-'
  score_resume_fold "W (353-364)" '^(35[3-9]|36[0-4])-'
  score_resume_fold "X (365-376)" '^(36[5-9]|37[0-6])-'
  score_resume_fold "Y (377-388)" '^(37[7-9]|38[0-8])-'
  score_resume_fold "Z (389-400)" '^(389|39[0-9]|400)-'
  score_resume_fold "AA (401-412)" '^(40[1-9]|41[0-2])-'
  score_resume_fold "AB (413-424)" '^(41[3-9]|42[0-4])-'
  score_resume_fold "AC (425-436)" '^(42[5-9]|43[0-6])-'
  score_resume_fold "AD (437-448)" '^(43[7-9]|44[0-8])-'
  score_resume_fold "AE (449-460)" '^(449|45[0-9]|460)-'
  score_resume_fold "AF (461-472)" '^(46[1-9]|47[0-2])-'
  score_resume_fold "AG (473-484)" '^(47[3-9]|48[0-4])-'
  score_resume_fold "AH (485-496)" '^(48[5-9]|49[0-6])-'
  score_resume_fold "AI (497-508)" '^(49[7-9]|50[0-8])-'
  score_resume_fold "AJ (509-520)" '^(509|51[0-9]|520)-'
  score_resume_fold "AK (521-532)" '^(52[1-9]|53[0-2])-'
  score_resume_fold "AL (533-544)" '^(53[3-9]|54[0-4])-'
  score_resume_fold "AM (545-556)" '^(54[5-9]|55[0-6])-'
  score_resume_fold "AN (557-568)" '^(55[7-9]|56[0-8])-'
  score_resume_fold "AO (569-580)" '^(569|57[0-9]|580)-'
  score_resume_fold "AP (581-592)" '^(58[1-9]|59[0-2])-'
  score_resume_fold "AQ (593-604)" '^(59[3-9]|60[0-4])-'
  score_resume_fold "AR (605-616)" '^(60[5-9]|61[0-6])-'
  score_resume_fold "AS (617-628)" '^(61[7-9]|62[0-8])-'
  score_resume_fold "AT (629-640)" '^(629|63[0-9]|640)-'
  score_resume_fold "AU (641-652)" '^(64[1-9]|65[0-2])-'
  score_resume_fold "AV (653-664)" '^(65[3-9]|66[0-4])-'
  score_resume_fold "never read (O, AA, AC, AF, AH, AJ, AL)" '^(269|27[0-9]|280|40[1-9]|41[0-2]|42[5-9]|43[0-6]|46[1-9]|47[0-2]|48[5-9]|49[0-6]|509|51[0-9]|520|53[3-9]|54[0-4])-'
  echo "== tailoring (offline plan, 2 questions per category)"
  ./mvnw -B -q test -Dtest=TailoringEvaluation -Dsurefire.failIfNoSpecifiedTests=false \
    -Deval.root="$OUT/resumes" 2>/dev/null | grep -E "resumes tailored|^[1-6][0-9][0-9]-.*tailored" \
    | grep -v " 5/5 " || echo "TailoringEvaluation failed: see target/surefire-reports" >&2
fi

if [[ $WHAT == all || $WHAT == answers ]]; then
  mkdir -p "$OUT/answers"
  for fold in a b c d e f g h i j k l m n o p q r s t u v w x y z aa ab ac ad ae af ag ah ai; do
    [[ -f "$FRESH/star/answers-$fold.jsonl" ]] || continue
    ./mvnw -B -q test -Dtest=AnswerEvaluation -Dsurefire.failIfNoSpecifiedTests=false \
      -Deval.star="$FRESH/star/answers-$fold.jsonl" -Deval.rubric="$FRESH/rubric/answers-$fold.jsonl" >/dev/null 2>&1 \
      || echo "AnswerEvaluation failed: see target/surefire-reports" >&2
    cp target/eval-star.jsonl "$OUT/answers/star-$fold.jsonl"
    cp target/eval-rubric.jsonl "$OUT/answers/rubric-$fold.jsonl"
    label="set $fold"
    echo "== answers $label"
    python3 "$EVAL/score_star.py" "$FRESH/star/answers-$fold.jsonl" "$OUT/answers/star-$fold.jsonl"
    python3 "$EVAL/score_rubric.py" "$FRESH/rubric/answers-$fold.jsonl" "$OUT/answers/rubric-$fold.jsonl"
  done
fi
