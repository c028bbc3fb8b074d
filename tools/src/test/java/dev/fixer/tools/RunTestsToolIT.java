package dev.fixer.tools;

import dev.fixer.tools.testing.MavenProjects;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fixer.core.tool.ToolContext;
import dev.fixer.core.tool.ToolResult;
import dev.fixer.sandbox.Sandbox;
import dev.fixer.sandbox.testing.Sandboxes;
import dev.fixer.tools.build.TestCase;
import dev.fixer.tools.verdict.Outcomes;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** run_tests on real Maven projects in a bubblewrap sandbox, offline after the setup phase. */
class RunTestsToolIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ToolContext CONTEXT = new ToolContext(1, "call-1", null);

  @TempDir
  static Path cache;

  @TempDir
  Path repo;

  @Test
  void runsTheSuiteOfflineAfterSetupAndReportsTheFailingTest() throws Exception {
    MavenProjects.singleModule(repo);
    try (Sandbox sandbox = makeSandbox(repo, cache)) {
      SetupResult setup = Setup.run(Workspace.at(repo, sandbox.workdir()), sandbox, Optional.empty(), Setup.DEFAULT_TIMEOUT);
      assertThat(setup.succeeded()).as(setup.outputTail()).isTrue();
      assertThat(sandbox.describe()).contains("network off");

      TestRun run = tool(sandbox).run(List.of(), RunTestsTool.DEFAULT_TIMEOUT);

      ToolResult result = run.answer();
      assertThat(result).isInstanceOf(ToolResult.Failure.class);
      assertThat(result.output())
          .startsWith("run_tests: 2 run, 1 failed, 0 errors, 0 skipped (Maven")
          .contains("FAILED demo.CalcTest#addsWrongly: two and two ==> expected: <5> but was: <4>")
          .contains("demo.CalcTest.addsWrongly(CalcTest.java:6)")
          .contains("--- output tail ---");
      assertThat(run.report().orElseThrow().outcomes()).containsOnly(
          entry("demo.CalcTest#addsTwoNumbers", TestCase.Outcome.PASSED),
          entry("demo.CalcTest#addsWrongly", TestCase.Outcome.FAILED));
      assertThat(Outcomes.of(run).status()).isEqualTo(Outcomes.Status.RAN);
    }
  }

  @Test
  void runsOnlyTheNamedTest() throws Exception {
    MavenProjects.singleModule(repo);
    try (Sandbox sandbox = makeSandbox(repo, cache)) {
      Setup.run(Workspace.at(repo, sandbox.workdir()), sandbox, Optional.empty(), Setup.DEFAULT_TIMEOUT);

      ToolResult result = tool(sandbox).call(arguments("CalcTest#addsTwoNumbers"), CONTEXT);

      assertThat(result).as(result.output()).isInstanceOf(ToolResult.Success.class);
      assertThat(result.output()).startsWith("run_tests: 1 run, 0 failed, 0 errors, 0 skipped (Maven");
    }
  }

  @Test
  void aTestClassNamedInAMultiModuleBuildRunsOnlyInItsModule() throws Exception {
    MavenProjects.multiModule(repo);
    try (Sandbox sandbox = makeSandbox(repo, cache)) {
      SetupResult setup = Setup.run(Workspace.at(repo, sandbox.workdir()), sandbox, Optional.empty(), Setup.DEFAULT_TIMEOUT);
      assertThat(setup.succeeded()).as(setup.outputTail()).isTrue();
      RunTestsTool tool = tool(sandbox);

      ToolResult result = tool.call(arguments("AppTest"), CONTEXT);

      assertThat(result).as(result.output()).isInstanceOf(ToolResult.Success.class);
      assertThat(result.output())
          .startsWith("run_tests: 1 run, 0 failed, 0 errors, 0 skipped (Maven")
          .contains("ran in module app");
      assertThat(tool.facts().description()).isEqualTo("Maven (multi-module: core, app)");
    }
  }

  @Test
  void aCompileErrorIsReportedWithTheCompilerMessage() throws Exception {
    MavenProjects.compileError(repo);
    try (Sandbox sandbox = makeSandbox(repo, cache)) {
      Setup.run(Workspace.at(repo, sandbox.workdir()), sandbox, Optional.empty(), Setup.DEFAULT_TIMEOUT);

      TestRun run = tool(sandbox).run(List.of(), RunTestsTool.DEFAULT_TIMEOUT);

      ToolResult result = run.answer();
      assertThat(result).isInstanceOf(ToolResult.Failure.class);
      assertThat(result.output())
          .startsWith("run_tests: the build failed before tests ran (exit code 1) (Maven")
          .containsPattern("\\[ERROR\\] .*Calc\\.java:\\[2,.*cannot find symbol");
      Outcomes outcomes = Outcomes.of(run);
      assertThat(outcomes.status()).isEqualTo(Outcomes.Status.BUILD_FAILED);
      assertThat(outcomes.detail()).startsWith("the build failed before tests ran (exit code 1):")
          .containsPattern("Calc\\.java:\\[2,.*cannot find symbol");
    }
  }

  @Test
  void theChangedModulesRunWithTheModulesDependingOnThemAndNoOthers() throws Exception {
    MavenProjects.threeModules(repo);
    try (Sandbox sandbox = makeSandbox(repo, cache)) {
      SetupResult setup = Setup.run(Workspace.at(repo, sandbox.workdir()), sandbox, Optional.empty(), Setup.DEFAULT_TIMEOUT);
      assertThat(setup.succeeded()).as(setup.outputTail()).isTrue();

      TestRun run = tool(sandbox).runChangedModules(List.of("core/src/main/java/demo/core/Greeting.java"),
          RunTestsTool.DEFAULT_TIMEOUT);

      assertThat(run.answer()).as(run.answer().output()).isInstanceOf(ToolResult.Success.class);
      assertThat(run.answer().output()).contains("ran the tests of the changed module core");
      assertThat(run.report().orElseThrow().outcomes()).containsOnly(
          entry("demo.core.GreetingTest#works", TestCase.Outcome.PASSED),
          entry("demo.app.AppTest#works", TestCase.Outcome.PASSED));
    }
  }

  private RunTestsTool tool(Sandbox sandbox) {
    return new RunTestsTool(Workspace.at(repo, sandbox.workdir()), sandbox, Optional.empty());
  }

  private static JsonNode arguments(String... tests) {
    return tests.length == 0 ? JSON.createObjectNode() : JSON.valueToTree(java.util.Map.of("tests", List.of(tests)));
  }

  /** The sandbox the tool runs in: bubblewrap here, Docker in the subclass. */
  Sandbox makeSandbox(Path workspace, Path cache) throws Exception {
    return Sandboxes.bubblewrap(workspace, cache);
  }
}
