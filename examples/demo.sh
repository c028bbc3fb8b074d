#!/usr/bin/env bash
# Runs fixer end to end on examples/stats, a small Maven library with a real bug, in a fresh git
# repository made from it, so that your own checkouts are never involved. Flags are passed on to
# `fixer run`: `--model replay:examples/median-fix.hand-written.jsonl` replays a hand-written model
# session (no key needed); without it, the model in KIMI_API_KEY / KIMI_BASE_URL does the work.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"

for tool in git java mvn; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "demo: $tool is not on the PATH; install it (Debian, Ubuntu: sudo apt-get install -y git openjdk-17-jdk-headless maven)" >&2
    exit 2
  fi
done

# The sandbox needs bubblewrap and ripgrep. Where they are missing and this user may install
# packages (root, or sudo without a password), the demo installs them; otherwise it says how.
missing=()
command -v bwrap >/dev/null 2>&1 || missing+=(bubblewrap)
command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
if [ "${#missing[@]}" -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1 && { [ "$(id -u)" = 0 ] || sudo -n true 2>/dev/null; }; then
    sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo -n"
    echo "demo: installing ${missing[*]} for the sandbox (apt-get)" >&2
    $sudo apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >&2
  else
    echo "demo: the sandbox needs ${missing[*]}: install them (Debian, Ubuntu: sudo apt-get install -y ${missing[*]}) and run the demo again" >&2
    exit 2
  fi
fi

parent="${FIXER_DEMO_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/fixer-demo.XXXXXX")}"
repo="$parent/stats"
if [ -e "$repo" ]; then
  echo "demo: $repo already exists; set FIXER_DEMO_DIR to a new directory" >&2
  exit 2
fi
mkdir -p "$parent"
cp -R "$here/stats" "$repo"
rm -rf "$repo/target"
git -C "$repo" init -q
git -C "$repo" config user.name "fixer demo"
git -C "$repo" config user.email "demo@fixer.invalid"
git -C "$repo" add -A
git -C "$repo" commit -q -m "stats: mean and median"
echo "demo: a fresh git repository made from examples/stats is at $repo" >&2

status=0
"$root/fixer" run --repo "$repo" --issue "$here/median-issue.md" "$@" || status=$?

branch="$(git -C "$repo" for-each-ref --format='%(refname:short)' 'refs/heads/fixer/*' | sed -n 1p)"
if [ -n "$branch" ]; then
  echo >&2
  echo "demo: the fix, as committed on $branch in $repo:" >&2
  git -C "$repo" --no-pager show --stat --patch "$branch" >&2
fi
exit "$status"
