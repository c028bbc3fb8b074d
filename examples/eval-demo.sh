#!/usr/bin/env bash
# Measures fixer on a one-instance dataset made here from examples/stats (the median bug), so that
# neither GitHub nor a model key is needed: `fixer eval run` with the hand-written replay of
# examples/median-fix.hand-written.jsonl, then `fixer eval score` of its predictions, then of the
# dataset's gold patch. Flags are passed on to `fixer eval run` (e.g. --sandbox docker); without
# --model, the default model is the replay. Needs git, java, mvn, python3, bubblewrap and ripgrep
# (see demo.sh).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"

parent="${FIXER_DEMO_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/fixer-eval-demo.XXXXXX")}"
repo="$parent/cache/demo/stats"
if [ -e "$repo" ]; then
  echo "eval-demo: $repo already exists; set FIXER_DEMO_DIR to a new directory" >&2
  exit 2
fi
mkdir -p "$(dirname "$repo")"
cp -R "$here/stats" "$repo"
rm -rf "$repo/target"
git -C "$repo" init -q
git -C "$repo" config user.name "fixer demo"
git -C "$repo" config user.email "demo@fixer.invalid"
git -C "$repo" add -A
git -C "$repo" commit -q -m "stats: mean and median"
base="$(git -C "$repo" rev-parse HEAD)"

# The gold patch: the fix, as a diff against the base commit.
sed -i 's|    return sorted\[middle\];|    if (sorted.length % 2 == 0) {\n      return (sorted[middle - 1] + sorted[middle]) / 2.0;\n    }\n    return sorted[middle];|' \
  "$repo/src/main/java/demo/Stats.java"
gold="$(git -C "$repo" diff)"
git -C "$repo" checkout -q -- .

python3 - "$parent/dataset.jsonl" "$base" "$gold" "$here/median-issue.md" <<'PY'
import json, sys
path, base, gold, issue = sys.argv[1:]
line = {
    "instance_id": "demo__stats-1",
    "repo": "demo/stats",
    "base_commit": base,
    "problem_statement": open(issue).read().lstrip("# "),
    "hints_text": "",
    "patch": gold + "\n",
    "test_patch": "",
    "FAIL_TO_PASS": json.dumps(["demo.StatsTest#medianOfAnEvenCount"]),
    "PASS_TO_PASS": json.dumps(["demo.StatsTest#medianOfAnOddCount", "demo.StatsTest#meanOfThreeValues",
                                "demo.StatsTest#noValuesIsAnError"]),
}
open(path, "w").write(json.dumps(line) + "\n")
PY
echo "eval-demo: the dataset is $parent/dataset.jsonl, its repository in $parent/cache" >&2

model=(--model "replay:$here/median-fix.hand-written.jsonl")
for arg in "$@"; do
  [ "$arg" = "--model" ] && model=()
done
"$root/fixer" eval run "$parent/dataset.jsonl" -o "$parent/eval" --repo-cache "$parent/cache" "${model[@]}" "$@"
"$root/fixer" eval score "$parent/dataset.jsonl" --predictions "$parent/eval/predictions.jsonl" \
  --repo-cache "$parent/cache"
"$root/fixer" eval score "$parent/dataset.jsonl" --predictions gold -o "$parent/gold" --repo-cache "$parent/cache"
