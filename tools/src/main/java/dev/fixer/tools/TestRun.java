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
 */
public record TestRun(String command, List<String> tests, ToolResult answer, Optional<TestReport> report,
    boolean timedOut) {

  public TestRun {
    Objects.requireNonNull(command, "command");
    tests = List.copyOf(tests);
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(report, "report");
  }

  static TestRun notRun(List<String> tests, String why) {
    return new TestRun("", tests, ToolResult.failure(why), Optional.empty(), false);
  }

  /** Whether the tests ran and passed. */
  public boolean passed() {
    return answer instanceof ToolResult.Success;
  }
}
