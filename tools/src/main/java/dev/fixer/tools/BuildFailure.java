package dev.fixer.tools;

import dev.fixer.sandbox.ExecResult;
import dev.fixer.tools.build.Build;
import dev.fixer.tools.build.TestReport;
import java.util.List;
import java.util.Optional;

/** Says why a run that exited non-zero failed when no failed test explains it. */
final class BuildFailure {

  static final int MAX_LINES = 12;

  private BuildFailure() {}

  /**
   * Empty when the run passed, failed because tests failed, or met its time limit. A {@code cause}
   * from the sandbox (a limit that killed the run) comes first, whatever the tests showed.
   */
  static Optional<String> of(Build build, ExecResult result, Optional<TestReport> report, Optional<String> cause) {
    if (cause.isPresent()) {
      return Optional.of(cause.get() + "; the output ends:\n" + OutputTail.lastLines(result.stdout(), MAX_LINES));
    }
    boolean testsFailed = report.map(r -> !r.passed()).orElse(false);
    if (result.timedOut() || result.exitCode() == 0 || testsFailed) {
      return Optional.empty();
    }
    String code = "exit code " + result.exitCode();
    List<String> errors = build.buildErrors(result.stdout());
    if (errors.isEmpty()) {
      return Optional.of((report.isPresent() ? "no test failed, but the command ended with " + code
          : code + " and no test results could be read") + "; the output ends:\n"
          + OutputTail.lastLines(result.stdout(), MAX_LINES));
    }
    String what = report.isPresent() ? "no test failed, but the build failed" : "the build failed before tests ran";
    return Optional.of(what + " (" + code + "):\n"
        + String.join("\n", errors.subList(0, Math.min(errors.size(), MAX_LINES))));
  }
}
