package dev.fixer.tools;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fixer.core.tool.Tool;
import dev.fixer.core.tool.ToolContext;
import dev.fixer.core.tool.ToolResult;
import dev.fixer.sandbox.ExecRequest;
import dev.fixer.sandbox.ExecResult;
import dev.fixer.sandbox.Sandbox;
import dev.fixer.tools.build.Build;
import dev.fixer.tools.build.Builds;
import dev.fixer.tools.build.ReportFiles;
import dev.fixer.tools.build.TestCommand;
import dev.fixer.tools.build.TestReport;
import dev.fixer.tools.build.TestSelection;
import dev.fixer.tools.build.UnknownTestException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code run_tests}: runs the repository's tests, or the named ones, in the sandbox and answers with
 * the counts, each failure with its message and a trimmed stack, and the tail of the output. The
 * build is detected at each call ({@link Builds}); a configured test command overrides it (named
 * tests replace a {@code {tests}} placeholder in it, else the whole suite runs). Meant for the agent
 * phase, after {@link Setup}: Maven and Gradle run offline. A run that fails, does not compile, or
 * meets its time limit is a {@link ToolResult.Failure}.
 */
public final class RunTestsTool implements Tool {

  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(20);

  private static final String NO_BUILD = "run_tests: none of the known build files was found at the repository root ("
      + Builds.KNOWN_FILES + "); a test command can be configured in .fixer.yml (test: <command>)";
  private static final String WHOLE_SUITE = "ran the whole suite, not only the changed modules: the build knows no"
      + " modules, or a change lies outside them";

  private final Workspace workspace;
  private final Sandbox sandbox;
  private final Optional<String> testCommand;
  private final Duration timeout;

  /**
   * @param testCommand the configured {@code bash -c} test command, if any
   * @param timeout the longest a run may take; the run's deadline can shorten it
   */
  public RunTestsTool(Workspace workspace, Sandbox sandbox, Optional<String> testCommand, Duration timeout) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("the run_tests timeout must be positive, got " + timeout);
    }
    this.workspace = workspace;
    this.sandbox = sandbox;
    this.testCommand = testCommand;
    this.timeout = timeout;
  }

  public RunTestsTool(Workspace workspace, Sandbox sandbox, Optional<String> testCommand) {
    this(workspace, sandbox, testCommand, DEFAULT_TIMEOUT);
  }

  @Override
  public String name() {
    return "run_tests";
  }

  @Override
  public String description() {
    return "Runs the project's tests (the whole suite, or only the named tests) and reports how many ran and"
        + " failed, each failure with its message and stack, and the end of the build output. Name tests as"
        + " the build does: a test class (FooTest or com.acme.FooTest), a method (FooTest#bar), a pytest node"
        + " id (tests/test_x.py::test_y), a Go test function, a cargo test filter, a JavaScript test file"
        + " (test/app.test.js) or full title (suite › test). Runs without network.";
  }

  @Override
  public JsonNode parameters() {
    return Arguments.object()
        .optionalStrings("tests", "The tests to run; leave out to run the whole suite.")
        .build();
  }

  @Override
  public ToolResult call(JsonNode arguments, ToolContext context) throws InterruptedException {
    if (Timeouts.expired(context)) {
      return ToolResult.failure("run_tests: the run's time budget is used up; no tests were run");
    }
    return run(tests(arguments), Timeouts.within(timeout, context)).answer();
  }

  /**
   * Runs {@code tests} (all when empty) as the tool would, outside the agent loop: for the runner's
   * verification after the agent is done.
   *
   * @param limit the longest the run may take
   */
  public TestRun run(List<String> tests, Duration limit) throws InterruptedException {
    Optional<Build> build = build();
    if (build.isEmpty()) {
      return TestRun.notRun(tests, NO_BUILD);
    }
    TestCommand command;
    try {
      command = build.get().testCommand(tests);
    } catch (UnknownTestException e) {
      return TestRun.notRun(tests, "run_tests: " + e.getMessage() + "; nothing was run");
    }
    return execute(build.get(), command, tests, limit);
  }

  /**
   * Runs the tests of the modules that hold {@code changedFiles} (repository-relative paths) and of
   * the modules depending on them, where the build knows its modules ({@link Build#moduleTests});
   * otherwise the whole suite, the answer's note saying so.
   *
   * @param limit the longest the run may take
   */
  public TestRun runChangedModules(List<String> changedFiles, Duration limit) throws InterruptedException {
    Optional<Build> build = build();
    if (build.isEmpty()) {
      return TestRun.notRun(List.of(), NO_BUILD);
    }
    TestCommand command = build.get().moduleTests(changedFiles).orElseGet(() -> new TestCommand(
        wholeSuite(build.get()).script(), WHOLE_SUITE));
    return execute(build.get(), command, List.of(), limit);
  }

  /**
   * The tests that {@code testFiles} (repository-relative paths) hold, as {@link #run} takes their
   * names; empty when there is no build or it cannot name them.
   */
  public Optional<TestSelection> testsIn(List<String> testFiles) {
    return build().flatMap(build -> build.testsIn(testFiles));
  }

  private TestRun execute(Build build, TestCommand command, List<String> tests, Duration limit)
      throws InterruptedException {
    ReportFiles before = ReportFiles.under(workspace.root());
    ExecResult result = sandbox.exec(ExecRequest.shell(command.script()).withTimeout(limit));
    Optional<TestReport> report = build.read(workspace.root(), result.stdout(), before);
    Optional<String> cause = sandbox.explain(result, "the tests");
    return new TestRun(command.script(), tests, TestAnswer.of(build, command, result, report, cause), report,
        result.timedOut(), BuildFailure.of(build, result, report, cause));
  }

  /** What the runner tells the model about the build before it starts. */
  public BuildFacts facts() {
    Optional<Build> build = build();
    if (build.isEmpty()) {
      return new BuildFacts("none found (no " + Builds.KNOWN_FILES + " at the root)", "");
    }
    return new BuildFacts(build.get().description(), wholeSuite(build.get()).script());
  }

  /** The configured test command over the named language's build or the detected one; empty if none. */
  private Optional<Build> build() {
    return Builds.choose(workspace.root(), testCommand, workspace.language());
  }

  private static TestCommand wholeSuite(Build build) {
    try {
      return build.testCommand(List.of());
    } catch (UnknownTestException impossible) {
      throw new IllegalStateException("the whole suite needs no test names", impossible);
    }
  }

  private static List<String> tests(JsonNode arguments) {
    List<String> tests = new ArrayList<>();
    arguments.path("tests").forEach(test -> {
      if (!test.asText().isBlank()) {
        tests.add(test.asText().strip());
      }
    });
    return tests;
  }
}
