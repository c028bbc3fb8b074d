package dev.fixer.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fixer.core.tool.ToolContext;
import dev.fixer.core.tool.ToolResult;
import dev.fixer.sandbox.ResourceLimits;
import dev.fixer.tools.verdict.Outcomes;
import dev.fixer.tools.verdict.Verdict;
import dev.fixer.sandbox.Sandbox;
import dev.fixer.sandbox.testing.Sandboxes;
import dev.fixer.tools.build.TestCase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** run_tests through a local sandbox, with scripts standing in for test runners. */
class RunTestsToolTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ToolContext NO_DEADLINE = new ToolContext(1, "call-1", null);

  @TempDir
  Path repo;

  @TempDir
  Path cache;

  private Sandbox sandbox;

  @BeforeEach
  void openSandbox() {
    sandbox = Sandboxes.local(repo, cache);
  }

  @AfterEach
  void closeSandbox() {
    sandbox.close();
  }

  @Test
  void withoutABuildTheAnswerPointsToTheConfiguration() throws Exception {
    ToolResult result = tool(Optional.empty()).call(JSON.createObjectNode(), NO_DEADLINE);

    assertThat(result).isInstanceOf(ToolResult.Failure.class);
    assertThat(result.output()).contains("none of the known build files was found", ".fixer.yml", "test: <command>");
  }

  @Test
  void aConfiguredCommandIsRunAndItsSummaryRead() throws Exception {
    Files.writeString(repo.resolve("run.sh"), """
        echo 'FAILED tests/test_calc.py::test_subtract - assert (3 - 1) == 1'
        echo '==================== 1 failed, 2 passed in 0.05s ===================='
        exit 1
        """);

    ToolResult result = tool(Optional.of("bash run.sh")).call(JSON.createObjectNode(), NO_DEADLINE);

    assertThat(result).isInstanceOf(ToolResult.Failure.class);
    assertThat(result.output())
        .startsWith("run_tests: 3 run, 1 failed, 0 errors, 0 skipped (configured command, ")
        .contains("FAILED tests/test_calc.py::test_subtract: assert (3 - 1) == 1")
        .contains("--- output tail ---\nFAILED tests/test_calc.py::test_subtract");
  }

  @Test
  void theTestsAConfiguredCommandNamesFlowIntoTheReport() throws Exception {
    Files.writeString(repo.resolve("run.sh"), """
        echo 'PASSED tests/test_calc.py::test_add'
        echo 'FAILED tests/test_calc.py::test_subtract - assert (3 - 1) == 1'
        echo '==================== 1 failed, 1 passed in 0.05s ===================='
        exit 1
        """);

    TestRun run = tool(Optional.of("bash run.sh")).run(List.of(), Duration.ofMinutes(1));

    assertThat(run.report().orElseThrow().outcomes()).containsExactly(
        entry("tests/test_calc.py::test_add", TestCase.Outcome.PASSED),
        entry("tests/test_calc.py::test_subtract", TestCase.Outcome.FAILED));
    assertThat(run.buildFailure()).isEmpty();
  }

  @Test
  void aRunKilledAtTheMemoryLimitSaysSoToTheModelAndToVerification() throws Exception {
    sandbox.close();
    sandbox = Sandboxes.local(repo, cache, ResourceLimits.DEFAULT.withMemoryBytes(256L << 20));
    TestRun run = tool(Optional.of("echo 'Tests run: 3, Failures: 1'; python3 -c 'b = bytearray(1024 * 1024 * 1024)'"))
        .run(List.of(), Duration.ofMinutes(1));

    assertThat(run.passed()).isFalse();
    assertThat(run.answer().output()).contains("256 MiB memory limit", "the tests", "raise limits.memory in .fixer.yml");
    assertThat(run.buildFailure()).hasValueSatisfying(text -> assertThat(text).contains("256 MiB memory limit"));
    Outcomes after = Outcomes.of(run);
    assertThat(after.status()).isEqualTo(Outcomes.Status.BUILD_FAILED);
    assertThat(Verdict.judge(Outcomes.none("no baseline"), after, Optional.empty()).reason())
        .contains("256 MiB memory limit", "raise limits.memory in .fixer.yml");
  }

  @Test
  void aNonZeroExitWithoutResultsIsABuildFailureWithTheOutputsEnd() throws Exception {
    TestRun run = tool(Optional.of("echo 'compiling'; echo 'syntax error near line 3'; exit 3"))
        .run(List.of(), Duration.ofMinutes(1));

    assertThat(run.buildFailure()).contains(
        "exit code 3 and no test results could be read; the output ends:\ncompiling\nsyntax error near line 3");
  }

  @Test
  void aNonZeroExitAfterPassingTestsIsABuildFailure() throws Exception {
    TestRun run = tool(Optional.of("echo '== 2 passed in 0.01s =='; exit 1")).run(List.of(), Duration.ofMinutes(1));

    assertThat(run.buildFailure()).hasValueSatisfying(why ->
        assertThat(why).startsWith("no test failed, but the command ended with exit code 1"));
  }

  @Test
  void withoutModulesTheChangedModulesAreTheWholeSuiteAndTheAnswerSaysSo() throws Exception {
    Files.writeString(repo.resolve("run.sh"), "echo \"$@\" > ran.txt; echo '== 1 passed in 0.01s =='\n");

    TestRun run = tool(Optional.of("bash run.sh all")).runChangedModules(List.of("src/calc.py"), Duration.ofMinutes(1));

    assertThat(run.command()).isEqualTo("bash run.sh all");
    assertThat(run.tests()).isEmpty();
    assertThat(run.answer().output()).contains("ran the whole suite, not only the changed modules");
    assertThat(repo.resolve("ran.txt")).hasContent("all");
  }

  @Test
  void theTestsOfSomeTestFilesAreNamedByTheDetectedBuild() throws Exception {
    Files.writeString(repo.resolve("pytest.ini"), "[pytest]\n");
    Files.createDirectories(repo.resolve("tests"));
    Files.writeString(repo.resolve("tests/test_calc.py"), "def test_add(): pass\n");

    assertThat(tool(Optional.empty()).testsIn(List.of("tests/test_calc.py")).orElseThrow().names())
        .containsExactly("tests/test_calc.py");
    assertThat(tool(Optional.empty()).testsIn(List.of("README.md"))).isEmpty();
  }

  @Test
  void aPassingRunIsASuccess() throws Exception {
    ToolResult result = tool(Optional.of("echo '== 2 passed in 0.01s =='"))
        .call(JSON.createObjectNode(), NO_DEADLINE);

    assertThat(result).isInstanceOf(ToolResult.Success.class);
    assertThat(result.output()).startsWith("run_tests: 2 run, 0 failed");
  }

  @Test
  void aRunWithoutReadableResultsGivesTheExitCodeAndTail() throws Exception {
    ToolResult result = tool(Optional.of("echo 'something broke'; exit 3")).call(JSON.createObjectNode(), NO_DEADLINE);

    assertThat(result).isInstanceOf(ToolResult.Failure.class);
    assertThat(result.output())
        .startsWith("run_tests: exit code 3 and no test results could be read")
        .endsWith("--- output tail ---\nsomething broke\n");
  }

  @Test
  void anUnknownTestIsAFailureThatRunsNothing() throws Exception {
    Files.writeString(repo.resolve("pom.xml"), "<project/>");
    Files.createDirectories(repo.resolve("src/test/java/demo"));
    Files.writeString(repo.resolve("src/test/java/demo/CalcTest.java"), "class CalcTest {}");

    ToolResult result = tool(Optional.empty()).call(arguments("CalcTests"), NO_DEADLINE);

    assertThat(result).isInstanceOf(ToolResult.Failure.class);
    assertThat(result.output()).contains("no test class CalcTests", "CalcTest", "nothing was run");
  }

  @Test
  void aPassedDeadlineRunsNothing() throws Exception {
    ToolContext late = new ToolContext(3, "call-3", Instant.now().minusSeconds(1));

    ToolResult result = tool(Optional.of("touch ran")).call(JSON.createObjectNode(), late);

    assertThat(result).isInstanceOf(ToolResult.Failure.class);
    assertThat(result.output()).contains("time budget is used up");
    assertThat(repo.resolve("ran")).doesNotExist();
  }

  @Test
  void theDeadlineShortensTheTimeout() throws Exception {
    ToolContext soon = new ToolContext(2, "call-2", Instant.now().plusSeconds(1));

    ToolResult result = tool(Optional.of("sleep 30")).call(JSON.createObjectNode(), soon);

    assertThat(result).isInstanceOf(ToolResult.Failure.class);
    assertThat(result.output()).startsWith("run_tests: the run was stopped at its time limit");
  }

  @Test
  void factsNameTheBuildAndItsTestCommand() throws Exception {
    Files.writeString(repo.resolve("Cargo.toml"), "[package]\nname = \"x\"\n");

    BuildFacts facts = tool(Optional.empty()).facts();

    assertThat(facts).isEqualTo(new BuildFacts("Rust (cargo test)", "cargo test --offline"));
    assertThat(facts.forModel()).contains("Rust (cargo test)", "cargo test --offline");
  }

  private RunTestsTool tool(Optional<String> command) {
    return new RunTestsTool(Workspace.at(repo, sandbox.workdir()), sandbox, command);
  }

  private static JsonNode arguments(String... tests) {
    return JSON.valueToTree(Map.of("tests", List.of(tests)));
  }
}
