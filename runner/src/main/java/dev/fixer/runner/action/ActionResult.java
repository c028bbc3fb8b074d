package dev.fixer.runner.action;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fixer.runner.run.RunReport;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Action's outputs, as {@code action.yml} declares them.
 *
 * @param status fixed, unverified, not_fixed, error, ignored or unauthorised
 * @param prUrl the pull request fixer opened or updated
 * @param branchName the branch fixer pushed, which carries that pull request
 * @param runDir the run's directory, once a run began
 * @param costUsd what the model cost, when known
 */
record ActionResult(String status, Optional<String> prUrl, Optional<String> branchName, Optional<Path> runDir,
    Optional<BigDecimal> costUsd) {

  ActionResult {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(prUrl, "prUrl");
    Objects.requireNonNull(branchName, "branchName");
    Objects.requireNonNull(runDir, "runDir");
    Objects.requireNonNull(costUsd, "costUsd");
  }

  /** An end before any run began: every output but the status is empty. */
  static ActionResult of(String status) {
    return new ActionResult(status, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** The end of fixer's run that pushes to {@code branch}; a pull request means it was pushed. */
  static ActionResult of(RunReport report, String branch) {
    JsonNode cost = report.json().get("cost_usd");
    return new ActionResult(report.status(), report.prUrl(), report.prUrl().map(url -> branch),
        report.runDir(), cost != null && cost.isNumber() ? Optional.of(cost.decimalValue()) : Optional.empty());
  }

  /** The outputs by name, in action.yml's order, an absent one as the empty string. */
  Map<String, String> outputs() {
    Map<String, String> outputs = new LinkedHashMap<>();
    outputs.put("status", status);
    outputs.put("pr_url", prUrl.orElse(""));
    outputs.put("branch_name", branchName.orElse(""));
    outputs.put("run_dir", runDir.map(Path::toString).orElse(""));
    outputs.put("cost_usd", costUsd.map(BigDecimal::toPlainString).orElse(""));
    return outputs;
  }
}
