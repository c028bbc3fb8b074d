package dev.fixer.tools;

import dev.fixer.core.tool.ToolResult;
import dev.fixer.tools.build.TestReport;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One run of the tests, as {@link RunTestsTool#run} made it.
 *
 * @param command the script that ran; empty when nothing could run
 * @param tests the tests asked for; empty for the whole suite
 * @param answer what the model reads of it: a success only when tests ran and all passed
 * @param report the results read from the build's reports, when there were any
 * @param timedOut whether the run met its time limit
 * @param buildFailure when the command exited non-zero and no failed test explains it (it did not
 *     compile, a module after the tested ones failed, no test could be read): the exit code and the
 *     build's first error lines, or the output's last lines when the build names no error
 */
public record TestRun(String command, List<String> tests, ToolResult answer, Optional<TestReport> report,
    boolean timedOut, Optional<String> buildFailure) {

  public TestRun {
    Objects.requireNonNull(command, "command");
    tests = List.copyOf(tests);
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(buildFailure, "buildFailure");
  }

  static TestRun notRun(List<String> tests, String why) {
    return new TestRun("", tests, ToolResult.failure(why), Optional.empty(), false, Optional.empty());
  }

  /** Whether the tests ran and passed. */
  public boolean passed() {
    return answer instanceof ToolResult.Success;
  }

  /** Whether a command ran; not when no build was found or a named test does not exist. */
  public boolean ran() {
    return !command.isEmpty();
  }
}
