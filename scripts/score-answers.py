#!/usr/bin/env python3
"""Score target/eval-star.jsonl and target/eval-rubric.jsonl (written by AnswerEvaluation) on subsets of the
shared dev sets, with the shared scorers.

usage: scripts/score-answers.py [all|new|old|A|B|A+new|B+new|...] [--errors]
  all  every item; new  the ids added later (n-star-*, n-rub-*);
  A/B  the two folds: fold A = zlib.crc32(id) % 2 == 0, fold B = the rest (reproducible, no randomness).
  --errors  also lists the item ids and labels where prediction and truth disagree (only look at the fold you tune on).
The filtered truth files go to a temporary directory outside the repository and are deleted afterwards.
"""
import json, os, subprocess, sys, tempfile, zlib

EVAL = os.environ.get("EVAL_DIR", os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval"))
SETS = {"star": ("star/answers-dev.jsonl", "score_star.py", "target/eval-star.jsonl"),
        "rubric": ("rubric/answers-dev.jsonl", "score_rubric.py", "target/eval-rubric.jsonl")}


def fold(item_id):
    return "A" if zlib.crc32(item_id.encode()) % 2 == 0 else "B"


def keep(item_id, subset):
    return all(part == "all" or (part == "new" and item_id.startswith("n-"))
               or (part == "old" and not item_id.startswith("n-")) or fold(item_id) == part
               for part in subset.split("+"))


def main():
    subset = sys.argv[1] if len(sys.argv) > 1 else "all"
    for name, (truth, scorer, pred) in SETS.items():
        rows = [json.loads(l) for l in open(os.path.join(EVAL, truth)) if l.strip()]
        rows = [r for r in rows if keep(r["id"], subset)]
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "truth.jsonl")
            with open(path, "w") as f:
                for r in rows:
                    f.write(json.dumps(r) + "\n")
            res = json.loads(subprocess.run([sys.executable, os.path.join(EVAL, scorer), path, pred, "--json"],
                                            capture_output=True, text=True, check=True).stdout)
        per = {k: v["balanced_accuracy"] for k, v in res.items() if isinstance(v, dict)}
        heads = {k: v for k, v in res.items() if not isinstance(v, dict) and k != "missing_predictions"}
        print(f"{name} [{subset}, n={len(rows)}] {heads}")
        print("   " + ", ".join(f"{k} {v}" for k, v in per.items()))
        if "--errors" in sys.argv:
            preds = {p["id"]: p.get("labels", {}) for p in map(json.loads, open(pred))}
            for r in rows:
                wrong = [f"{k}={v}" for k, v in r["labels"].items()
                         if v is not None and bool(preds.get(r["id"], {}).get(k, False)) != v]
                if wrong:
                    print(f"   {r['id']}: truth " + ", ".join(wrong))


if __name__ == "__main__":
    main()
