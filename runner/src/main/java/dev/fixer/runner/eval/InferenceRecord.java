package dev.fixer.runner.eval;

import java.util.Objects;

/**
 * How fixer's run on one instance ended ({@code instances/ID/inference.json}).
 *
 * @param instanceId the dataset's id
 * @param status fixer's own verdict: {@code fixed}, {@code unverified} or {@code not_fixed}; or
 *     {@code error} when the run could not be made (no clone, no base commit, a usage error)
 * @param reason why, in words
 * @param exitCode what {@code fixer run} exited with
 * @param steps model replies
 * @param promptTokens prompt tokens, cached ones included
 * @param cachedTokens prompt tokens served from the cache
 * @param completionTokens completion tokens
 * @param costUsd what the model cost; {@code null} when not counted
 * @param agentMs the agent phase's time, as the run reports it
 * @param wallMs the instance's whole time: checkout, setup, agent, verification
 * @param modelMs time spent waiting for the model
 * @param testMs time spent running tests: baseline, the agent's run_tests, verification
 * @param patchBytes the size of the model patch written to the predictions
 * @param runDir the run's directory, relative to the eval directory; empty when none
 */
public record InferenceRecord(String instanceId, String status, String reason, int exitCode, int steps,
    long promptTokens, long cachedTokens, long completionTokens, Double costUsd, long agentMs, long wallMs,
    long modelMs, long testMs, long patchBytes, String runDir) {

  public InferenceRecord {
    Objects.requireNonNull(instanceId, "instanceId");
    Objects.requireNonNull(status, "status");
    reason = Objects.requireNonNullElse(reason, "");
    runDir = Objects.requireNonNullElse(runDir, "");
  }

  /** An instance whose run could not be made. */
  public static InferenceRecord error(String instanceId, int exitCode, String reason, long wallMs) {
    return new InferenceRecord(instanceId, "error", reason, exitCode, 0, 0, 0, 0, null, 0, wallMs, 0, 0, 0, "");
  }

  /** Whether fixer itself called the instance fixed. */
  public boolean saidFixed() {
    return status.equals("fixed");
  }
}
