#!/usr/bin/env bash
# The Action's first step: decides from the event alone, before any image is pulled or built, whether
# the event may be for fixer. It writes the step output status=run or status=ignored (and reason=...)
# to $GITHUB_OUTPUT; the later steps run only when it is not ignored. It reads no secret.
#
# It lets through (status=run):
#   issues                        labeled with the trigger label (INPUT_LABEL, default 'fixer', or the
#                                 deprecated INPUT_TRIGGER_LABEL; compared ignoring case)
#   issue_comment                 created, not by a bot, whose body starts with the trigger phrase
#   pull_request_review_comment   (INPUT_TRIGGER_PHRASE, default '/fixer'; ignoring case) then a
#                                 space or the end
#   pull_request_review           submitted with the state changes_requested
# and ignores everything else. `fixer action` decides again on the whole payload (closed issues,
# write access), so this is a cheap first sieve that never ignores what fixer would run. Without jq
# it cannot read the payload and answers run: fixer then decides.
set -euo pipefail

event_name="${GITHUB_EVENT_NAME:-}"
event_path="${GITHUB_EVENT_PATH:-}"
label="${INPUT_LABEL:-fixer}"
if [ "$label" = fixer ] && [ -n "${INPUT_TRIGGER_LABEL:-}" ]; then
  label="$INPUT_TRIGGER_LABEL"   # the deprecated name of the input, used where label is left at its default
fi
phrase="${INPUT_TRIGGER_PHRASE:-}"
[ -n "$phrase" ] || phrase="/fixer"

# answer STATUS REASON: the step's outputs, and one log line.
answer() {
  echo "fixer: $1: $2" >&2
  if [ -n "${GITHUB_OUTPUT:-}" ]; then
    printf 'status=%s\nreason=%s\n' "$1" "$(printf '%s' "$2" | tr '\r\n' '  ')" >>"$GITHUB_OUTPUT"
  fi
  exit 0
}

if ! command -v jq >/dev/null 2>&1; then
  answer run "jq is not on this runner, so fixer reads the $event_name event itself"
fi
if [ -z "$event_path" ] || [ ! -r "$event_path" ]; then
  answer run "no readable event payload (GITHUB_EVENT_PATH), so fixer reads the $event_name event itself"
fi

# The jq program prints "run" or "ignored<TAB>reason".
decision="$(jq -r --arg event "$event_name" --arg wanted "$label" --arg phrase "$phrase" '
  def asks($body): ($body // "" | sub("^\\s+"; "") | ascii_downcase) as $text
    | ($phrase | ascii_downcase) as $p
    | ($text | startswith($p)) and (($text | length) == ($p | length) or ($text[($p | length):] | test("^\\s")));
  if $event == "issues" then
    if .action != "labeled" then "ignored\tissues action \(.action) is not labeled"
    elif ((.["label"].name // "") | ascii_downcase) != ($wanted | ascii_downcase)
      then "ignored\tlabel \(.["label"].name // "") is not the trigger label \($wanted)"
    else "run" end
  elif $event == "issue_comment" or $event == "pull_request_review_comment" then
    if .action != "created" then "ignored\t\($event) action \(.action) is not created"
    elif .comment.user.type == "Bot" then "ignored\tthe comment is by a bot"
    elif asks(.comment.body) then "run"
    else "ignored\tthe comment does not start with \($phrase)" end
  elif $event == "pull_request_review" then
    if .action != "submitted" then "ignored\tpull_request_review action \(.action) is not submitted"
    elif ((.review.state // "") | ascii_downcase) == "changes_requested" then "run"
    else "ignored\tthe review does not request changes" end
  else "ignored\tfixer handles issues, issue_comment, pull_request_review and pull_request_review_comment events, not \($event)"
  end' "$event_path" 2>/dev/null)" || answer run "jq could not read the event payload, so fixer reads it itself"

case "$decision" in
  run) answer run "the $event_name event may be for fixer" ;;
  *) answer ignored "nothing to do for this $event_name event: ${decision#ignored$'\t'}" ;;
esac
