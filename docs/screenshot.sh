#!/usr/bin/env bash
# Makes docs/report.png, the README's picture of `fixer report`: ReportBrowserIT records a real run of
# examples/stats (a scripted model over HTTP, the quick test command, no sandbox), writes its report and
# screenshots it in Debian's headless Chromium (runner/target/report-screenshot.png); this copies it.
# Extra arguments go to Maven, e.g. -o to build offline.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if ! command -v chromium >/dev/null 2>&1; then
  echo "screenshot.sh: needs chromium (Debian: apt-get install chromium)" >&2
  exit 1
fi
FIXER_REQUIRE_SANDBOXES=1 mvn -B -q "$@" -pl runner -am verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfailsafe.failIfNoSpecifiedTests=false -Dit.test=ReportBrowserIT
cp runner/target/report-screenshot.png docs/report.png
echo "docs/report.png"
