package dev.fixer.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fixer.core.testing.ScriptedModelServer;
import dev.fixer.runner.github.FakeGitHub;
import dev.fixer.sandbox.testing.Sandboxes;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verification against a baseline, end to end: {@code fixer run} on a real Maven project ({@link CalcRepo}) in
 * bubblewrap, with a scripted model over HTTP. Each test is one of the ways a change can look fixed and
 * not be, or look broken and be fixed.
 */
class VerificationIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Shared with RunCommandIT, so that the sandbox's Maven cache is filled once. */
  private static final Path FIXER_HOME = Path.of("target", "it-fixer-home").toAbsolutePath();

  @TempDir
  Path temp;

  private final ScriptedModelServer server = new ScriptedModelServer();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private Path issue;

  @BeforeEach
  void issue() throws Exception {
    Sandboxes.assumeBubblewrap();
    issue = CalcRepo.issue(temp);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private JsonNode fixer(Path repo, int exitCode, String... args) throws Exception {
    return fixer(repo, Map.of(), exitCode, args);
  }

  private JsonNode fixer(Path repo, Map<String, String> more, int exitCode, String... args) throws Exception {
    Map<String, String> env = new HashMap<>(more);
    env.put("PATH", System.getenv("PATH"));
    env.put("HOME", System.getProperty("user.home"));
    env.put("KIMI_BASE_URL", server.baseUrl());
    env.put("KIMI_API_KEY", "sk-verification-it-0123456789abcdef");
    env.put("FIXER_HOME", FIXER_HOME.toString());
    List<String> all = new ArrayList<>(List.of("run", "--repo", repo.toString(), "--sandbox", "bwrap",
        "--work-dir", temp.resolve("run").toString(), "--json"));
    if (!List.of(args).contains("--issue") && !List.of(args).contains("--resume")) {
      all.addAll(List.of("--issue", issue.toString()));
    }
    all.addAll(List.of(args));
    int code = Main.run(env, temp, false, new PrintWriter(out, true), new PrintWriter(err, true),
        all.toArray(String[]::new));
    assertThat(code).as("exit code; stderr:\n%s", err).isEqualTo(exitCode);
    List<String> lines = out.toString().strip().lines().toList();
    return JSON.readTree(lines.get(lines.size() - 1));
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }

  @Test
  void aChangeThatBreaksATestTheAgentDidNotRunIsNotFixed() throws Exception {
    Path repo = CalcRepo.create(temp.resolve("repo"), Map.of());
    server.reply(CalcRepo.helperFix("edit:0")).reply(CalcRepo.runTests("run_tests:0", "CalcTest"))
        .reply(CalcRepo.finish("finish:0", "Ops.combine now adds the operands the right way round."));

    JsonNode result = fixer(repo, 1, "--attempts", "1");

    assertThat(result.path("status").asText()).isEqualTo("not_fixed");
    assertThat(result.path("reason").asText()).contains(CalcRepo.MULTIPLY_TEST);
    JsonNode verification = result.path("verification");
    assertThat(strings(verification.path("regressions"))).contains(CalcRepo.MULTIPLY_TEST);
    assertThat(strings(verification.path("transitions").path("fail_to_pass"))).containsExactly(CalcRepo.ADD_TEST);
    assertThat(verification.path("baseline").path("tests").asInt()).isEqualTo(4);
    assertThat(verification.path("baseline").path("failing").asInt()).isEqualTo(1);
    assertThat(result.path("branch").isNull()).isTrue();
    assertThat(StatsRepo.git(repo, "branch", "--list", "fixer/*")).isEmpty();
    assertThat(err.toString()).contains("passed before, fails now: " + CalcRepo.MULTIPLY_TEST);
  }

  @Test
  void aTestThatFailedBeforeTheChangeDoesNotStopAFix() throws Exception {
    Path repo = CalcRepo.create(temp.resolve("repo"), Map.of("src/test/java/demo/BrokenTest.java", """
        package demo;

        import static org.junit.jupiter.api.Assertions.assertEquals;

        import org.junit.jupiter.api.Test;

        class BrokenTest {
          @Test
          void alreadyBroken() {
            assertEquals(1, 2, "broken long before this issue");
          }
        }
        """));
    server.reply(CalcRepo.rightFix("edit:0")).reply(CalcRepo.runTests("run_tests:0"))
        .reply(CalcRepo.finish("finish:0", "Calc.add now adds. BrokenTest fails as it did before."));

    JsonNode result = fixer(repo, 0);

    assertThat(result.path("status").asText()).isEqualTo("fixed");
    JsonNode transitions = result.path("verification").path("transitions");
    assertThat(strings(transitions.path("fail_to_pass"))).containsExactly(CalcRepo.ADD_TEST);
    assertThat(strings(transitions.path("fail_to_fail"))).containsExactly("demo.BrokenTest#alreadyBroken");
    assertThat(strings(transitions.path("pass_to_fail"))).isEmpty();
    assertThat(result.path("tests").path("passed").asBoolean()).isFalse();
    assertThat(StatsRepo.git(repo, "show", result.path("branch").asText() + ":" + CalcRepo.CALC))
        .contains("Ops.combine(a, b)");
    assertThat(StatsRepo.git(repo, "log", "-1", "--format=%B", result.path("branch").asText()))
        .contains("- fails before, passes after: " + CalcRepo.ADD_TEST)
        .contains("- already failing: demo.BrokenTest#alreadyBroken");
  }

  @Test
  void aSecondAttemptIsToldWhatBrokeAndFixesIt() throws Exception {
    Path repo = CalcRepo.create(temp.resolve("repo"), Map.of());
    server.reply(CalcRepo.helperFix("edit:0")).reply(CalcRepo.runTests("run_tests:0", "CalcTest"))
        .reply(CalcRepo.finish("finish:0", "Fixed Ops.combine."))
        .reply(CalcRepo.helperRevert("edit:1")).reply(CalcRepo.rightFix("edit:2"))
        .reply(CalcRepo.finish("finish:1", "Calc.add negated its second operand; it now adds, and Ops is as it was."));

    JsonNode result = fixer(repo, 0);

    assertThat(result.path("status").asText()).isEqualTo("fixed");
    assertThat(result.path("attempts").asInt()).isEqualTo(2);
    assertThat(result.path("summary").asText()).startsWith("Calc.add negated");
    assertThat(result.path("changed_files")).singleElement()
        .satisfies(file -> assertThat(file.path("path").asText()).isEqualTo(CalcRepo.CALC));
    JsonNode feedback = lastUserMessage(server.bodies().get(3));
    assertThat(feedback.asText()).contains("passed before your change and fail now")
        .contains(CalcRepo.MULTIPLY_TEST).contains("expected: <12>").contains("attempt 2 of 3");
    assertThat(server.bodies().get(3).path("messages").size())
        .isGreaterThan(server.bodies().get(2).path("messages").size());
    assertThat(err.toString()).contains("attempt 2 of 3");
  }

  private static JsonNode lastUserMessage(JsonNode body) {
    JsonNode last = null;
    for (JsonNode message : body.path("messages")) {
      if (message.path("role").asText().equals("user")) {
        last = message.path("content");
      }
    }
    return last;
  }

  @Test
  void scratchFilesAndBuildOutputStayOutOfTheCommitAndAreKeptAside() throws Exception {
    Path repo = CalcRepo.create(temp.resolve("repo"), Map.of());
    server.reply(CalcRepo.rightFix("edit:0"))
        .reply(CalcRepo.command("run_command:0", "printf 'mvn -o -q test\\n' > repro.sh && mkdir -p __pycache__"
            + " && printf 'x' > __pycache__/calc.cpython-311.pyc"))
        .reply(CalcRepo.runTests("run_tests:0", "CalcTest"))
        .reply(CalcRepo.finish("finish:0", "Calc.add now adds."))
        .reply(CalcRepo.finish("finish:1", "Calc.add now adds."));

    JsonNode result = fixer(repo, 0);

    assertThat(result.path("status").asText()).isEqualTo("fixed");
    String branch = result.path("branch").asText();
    assertThat(StatsRepo.git(repo, "show", "--stat", "--format=", branch).strip())
        .contains(CalcRepo.CALC).contains("1 file changed").doesNotContain("repro.sh").doesNotContain("pycache");
    assertThat(temp.resolve("run/left-out/repro.sh")).hasContent("mvn -o -q test");
    assertThat(result.path("left_out").toString()).contains("repro.sh").contains("made by a command");
    JsonNode review = server.bodies().get(4).path("messages");
    assertThat(review.get(review.size() - 1).path("content").asText()).contains("repro.sh")
        .contains("call finish again");
  }

  @Test
  void aNewTestThatFailsOnTheBaseCodeIsTheEvidence() throws Exception {
    Path repo = CalcRepo.create(temp.resolve("repo"), Map.of("src/test/java/demo/CalcTest.java", ZERO_ONLY));
    server.reply(CalcRepo.rightFix("edit:0"))
        .reply(CalcRepo.addTest("edit:1"))
        .reply(CalcRepo.runTests("run_tests:0", "CalcAddTest"))
        .reply(CalcRepo.finish("finish:0", "Calc.add now adds; CalcAddTest shows it."))
        .reply(CalcRepo.finish("finish:1", "Calc.add now adds; CalcAddTest shows it."));

    JsonNode result = fixer(repo, 0);

    assertThat(result.path("status").asText()).isEqualTo("fixed");
    JsonNode verification = result.path("verification");
    assertThat(strings(verification.path("transitions").path("fail_to_pass"))).isEmpty();
    assertThat(strings(verification.path("transitions").path("new_pass"))).containsExactly("demo.CalcAddTest#addsTwoPositiveNumbers");
    assertThat(strings(verification.path("evidence"))).containsExactly("demo.CalcAddTest#addsTwoPositiveNumbers");
    assertThat(verification.path("base_check").path("status").asText()).isEqualTo("ran");
    assertThat(Files.readString(temp.resolve("run/work/" + CalcRepo.CALC))).contains("Ops.combine(a, b)");
  }

  @Test
  void aNewTestThatDoesNotCompileOnTheBaseCodeCountsAsFailingThere() throws Exception {
    Path repo = CalcRepo.create(temp.resolve("repo"), Map.of());
    server.reply(CalcRepo.edit("edit:0", CalcRepo.CALC, "  public static int multiply(", """
            public static int subtract(int a, int b) {
                return Ops.combine(a, -b);
              }

              public static int multiply("""))
        .reply(CalcRepo.create("edit:1", "src/test/java/demo/SubtractTest.java", """
            package demo;

            import static org.junit.jupiter.api.Assertions.assertEquals;

            import org.junit.jupiter.api.Test;

            class SubtractTest {
              @Test
              void subtracts() {
                assertEquals(-1, Calc.subtract(2, 3));
              }
            }
            """))
        .reply(CalcRepo.finish("finish:0", "Added Calc.subtract, with a test."))
        .reply(CalcRepo.finish("finish:1", "Added Calc.subtract, with a test."));

    JsonNode result = fixer(repo, 0);

    assertThat(result.path("status").asText()).isEqualTo("fixed");
    JsonNode verification = result.path("verification");
    assertThat(strings(verification.path("evidence"))).containsExactly("demo.SubtractTest#subtracts");
    assertThat(verification.path("base_check").path("status").asText()).isEqualTo("build_failed");
    assertThat(strings(verification.path("transitions").path("fail_to_fail"))).containsExactly(CalcRepo.ADD_TEST);
  }

  /** A CalcTest without the test that shows the bug: no test fails on the base code. */
  private static final String ZERO_ONLY = """
      package demo;

      import static org.junit.jupiter.api.Assertions.assertEquals;

      import org.junit.jupiter.api.Test;

      class CalcTest {
        @Test
        void addingZeroChangesNothing() {
          assertEquals(7, Calc.add(7, 0));
        }
      }
      """;

  @Test
  void aChangeNoTestShowsIsUnverifiedAndKeptAsAPatchOnly() throws Exception {
    Path repo = CalcRepo.create(temp.resolve("repo"), Map.of("src/test/java/demo/CalcTest.java", ZERO_ONLY));
    server.reply(CalcRepo.rightFix("edit:0")).reply(CalcRepo.finish("finish:0", "Calc.add now adds."));

    JsonNode result = fixer(repo, 1, "--attempts", "1");

    assertThat(result.path("status").asText()).isEqualTo("unverified");
    assertThat(result.path("exit_code").asInt()).isEqualTo(1);
    assertThat(result.path("reason").asText()).contains("no test fails before the change and passes after it");
    assertThat(result.path("branch").isNull()).isTrue();
    assertThat(StatsRepo.git(repo, "branch", "--list", "fixer/*")).isEmpty();
    assertThat(Files.readString(temp.resolve("run/trajectory.patch"))).contains("+    return Ops.combine(a, b);");
    assertThat(err.toString()).contains("\nUnverified: no test fails before the change and passes after it");
  }

  /** A GitHub issue on a fake GitHub, a bare origin, and a run with --open-pr of a right fix without a test. */
  private record GitHubRun(FakeGitHub github, Path bare, int issue, JsonNode result) {}

  private GitHubRun unverifiedOnGitHub(String config) throws Exception {
    Path repo = CalcRepo.create(temp.resolve("repo"), Map.of("src/test/java/demo/CalcTest.java", ZERO_ONLY,
        ".fixer.yml", config));
    Path bare = StatsRepo.bareOrigin(repo, temp.resolve("origin.git"));
    FakeGitHub github = FakeGitHub.start("octo", "calc").cloneUrl(bare.toString());
    int number = github.addIssue(CalcRepo.TITLE, "Calc.add(2, 3) returns -1.", "alice", "bug");
    server.reply(CalcRepo.rightFix("edit:0")).reply(CalcRepo.finish("finish:0", "Calc.add now adds."));
    JsonNode result = fixer(repo, Map.of("GITHUB_API_URL", github.apiUrl(), "GITHUB_SERVER_URL", github.serverUrl(),
        "GITHUB_TOKEN", "ghs_verificationItToken"), 1, "--issue", "#" + number, "--github-repo", "octo/calc",
        "--open-pr", "--attempts", "1");
    assertThat(result.path("status").asText()).isEqualTo("unverified");
    return new GitHubRun(github, bare, number, result);
  }

  @Test
  void anUnverifiedChangeOpensADraftThatSaysSoWhereTheRepositoryAsksForIt() throws Exception {
    GitHubRun run = unverifiedOnGitHub("publish_unverified: draft\n");
    try (FakeGitHub github = run.github()) {
      assertThat(run.result().path("pr_url").asText()).contains("/pull/");
      assertThat(StatsRepo.git(run.bare(), "show", "fixer/issue-" + run.issue() + ":" + CalcRepo.CALC))
          .contains("Ops.combine(a, b)");
      assertThat(github.pulls()).singleElement().satisfies(pull -> {
        assertThat(pull.draft()).isTrue();
        assertThat(pull.body()).contains("**Unverified.** No test fails before the change and passes after it.")
            .contains("- passing before and after: 3 tests");
      });
      assertThat(github.labelsOf(run.issue())).contains("fixer:unverified")
          .doesNotContain("fixer:done", "fixer:working");
      assertThat(github.commentsOn(run.issue())).singleElement()
          .satisfies(comment -> assertThat(comment.body()).contains("a draft pull request with an unverified change"));
    }
  }

  @Test
  void withoutPublishUnverifiedAnUnverifiedChangeOpensNothing() throws Exception {
    GitHubRun run = unverifiedOnGitHub("publish_unverified: no\n");
    try (FakeGitHub github = run.github()) {
      assertThat(github.pulls()).isEmpty();
      assertThat(StatsRepo.git(run.bare(), "branch", "--list", "fixer/*")).isEmpty();
      assertThat(github.labelsOf(run.issue())).contains("fixer:failed");
      assertThat(github.commentsOn(run.issue())).singleElement().satisfies(comment -> assertThat(comment.body())
          .contains("no test shows that the change fixes the issue").contains("publish_unverified: draft"));
    }
  }

  @Test
  void aBuildBrokenOnTheBaseCommitIsReportedAtSetupAndTheRunGoesOnWithoutABaseline() throws Exception {
    Path repo = CalcRepo.create(temp.resolve("repo"), Map.of(CalcRepo.OPS, """
        package demo;

        final class Ops {

          private Ops() {}

          static int combine(int a, int b) {
            return a + b
          }
        }
        """, CalcRepo.CALC, Files.readString(CalcRepo.PROJECT.resolve(CalcRepo.CALC))
        .replace("Ops.combine(a, -b)", "Ops.combine(a, b)"),
        // Setup fails with the build; without this the run would stop before the agent could mend it.
        ".fixer.yml", "on_setup_failure: continue\n"));
    server.reply(CalcRepo.edit("edit:0", CalcRepo.OPS, "return a + b\n", "return a + b;\n"))
        .reply(CalcRepo.finish("finish:0", "Ops.java was missing a semicolon."));

    JsonNode result = fixer(repo, 1, "--attempts", "1");

    assertThat(err.toString()).contains("baseline: | ").contains("Ops.java")
        .contains("the run goes on without a baseline, so every test counts as new");
    JsonNode verification = result.path("verification");
    assertThat(verification.path("baseline").path("status").asText()).isEqualTo("not_run");
    assertThat(verification.path("baseline").path("note").asText()).startsWith("the tests cannot run on the base commit");
    assertThat(strings(verification.path("transitions").path("new_pass"))).as("%s\n%s", result, err).hasSize(4);
    assertThat(result.path("status").asText()).isEqualTo("unverified");
  }

  @Test
  void aRunStoppedInItsSecondAttemptResumesThere() throws Exception {
    Path repo = CalcRepo.create(temp.resolve("repo"), Map.of());
    server.reply(CalcRepo.helperFix("edit:0")).reply(CalcRepo.runTests("run_tests:0", "CalcTest"))
        .reply(CalcRepo.finish("finish:0", "Fixed Ops.combine."))
        .reply(CalcRepo.helperRevert("edit:1"));

    JsonNode stopped = fixer(repo, 1, "--max-steps", "4");

    assertThat(stopped.path("agent_status").asText()).isEqualTo("step_limit");
    assertThat(stopped.path("attempts").asInt()).isEqualTo(2);
    assertThat(Files.readString(temp.resolve("run/work/" + CalcRepo.OPS))).contains("return a + b;");

    server.reply(CalcRepo.rightFix("edit:2")).reply(CalcRepo.finish("finish:1", "Calc.add now adds."));
    out.getBuffer().setLength(0);
    JsonNode fixed = fixer(repo, 0, "--resume", temp.resolve("run").toString(), "--max-steps", "10");

    assertThat(fixed.path("status").asText()).isEqualTo("fixed");
    assertThat(fixed.path("attempts").asInt()).isEqualTo(2);
    assertThat(fixed.path("steps").asInt()).isEqualTo(6);
    assertThat(server.requests()).hasSize(6);
    long attemptEvents = Files.readAllLines(temp.resolve("run/trajectory.jsonl")).stream()
        .filter(line -> line.contains("\"type\":\"attempt\"")).count();
    assertThat(attemptEvents).isEqualTo(1);
  }
}
