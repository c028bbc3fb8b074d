package dev.fixer.runner.eval;

import java.util.List;
import java.util.Objects;

/**
 * How one instance scored ({@code instances/ID/score.json}): SWE-bench's "resolved" is every
 * FAIL_TO_PASS test passing and every PASS_TO_PASS test still passing.
 *
 * @param instanceId the dataset's id
 * @param status {@code resolved}, {@code unresolved}, or {@code error} when it could not be scored
 *     (no clone, missing base commit, a test patch that does not apply, no test could run)
 * @param reason why, in words; empty for resolved
 * @param patch how the model patch went: {@code applied}, {@code empty} or {@code did_not_apply}
 * @param failToPassPassed FAIL_TO_PASS ids that passed
 * @param failToPassFailed FAIL_TO_PASS ids that failed, were skipped or did not run
 * @param passToPassPassed PASS_TO_PASS ids that passed
 * @param passToPassFailed PASS_TO_PASS ids that failed, were skipped or did not run
 * @param missing ids of either list that named no test that ran (counted as failed, and warned of)
 * @param predictions where the patch came from: {@code gold}, {@code empty} or the predictions file
 * @param wallMs the scoring's whole time: checkout, setup, tests
 * @param testMs the time the tests took
 */
public record ScoreRecord(String instanceId, String status, String reason, String patch,
    List<String> failToPassPassed, List<String> failToPassFailed, List<String> passToPassPassed,
    List<String> passToPassFailed, List<String> missing, String predictions, long wallMs, long testMs) {

  public static final String RESOLVED = "resolved";
  public static final String UNRESOLVED = "unresolved";
  public static final String ERROR = "error";

  public ScoreRecord {
    Objects.requireNonNull(instanceId, "instanceId");
    Objects.requireNonNull(status, "status");
    reason = Objects.requireNonNullElse(reason, "");
    Objects.requireNonNull(patch, "patch");
    failToPassPassed = List.copyOf(failToPassPassed);
    failToPassFailed = List.copyOf(failToPassFailed);
    passToPassPassed = List.copyOf(passToPassPassed);
    passToPassFailed = List.copyOf(passToPassFailed);
    missing = List.copyOf(missing);
    predictions = Objects.requireNonNullElse(predictions, "");
  }

  /** An instance that could not be scored. */
  public static ScoreRecord error(String instanceId, String reason, String patch, String predictions, long wallMs) {
    return new ScoreRecord(instanceId, ERROR, reason, patch, List.of(), List.of(), List.of(), List.of(), List.of(),
        predictions, wallMs, 0);
  }

  public boolean resolved() {
    return status.equals(RESOLVED);
  }
}
