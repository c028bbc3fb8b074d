package dev.fixer.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fixer.core.testing.ScriptedModelServer;
import dev.fixer.core.testing.SseReply;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gate between the agent and the user's repository, on any machine: {@code --sandbox none}, a
 * scripted model that makes the fix, and the test command committed in {@code .fixer.yml} deciding
 * whether the change is delivered as a branch.
 */
class VerificationGateTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BRANCH = "fixer/stats-median-is-wrong-for-an-even-number";

  @TempDir
  Path temp;

  private final ScriptedModelServer server = new ScriptedModelServer();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private Path repo;
  private Path issue;
  private String head;

  @BeforeEach
  void repo() throws Exception {
    repo = StatsRepo.create(temp.resolve("repo"));
    issue = StatsRepo.issue(temp);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aFailingTestCommandKeepsTheChangeFromTheUsersRepository() throws Exception {
    JsonNode result = runWithTestCommand("exit 1");

    assertThat(result.path("exit_code").asInt()).as("exit code").isEqualTo(ExitCodes.NOT_DONE);
    assertNotDelivered(result, "not_fixed");
    assertThat(result.path("reason").asText()).contains("does not pass verification");
  }

  @Test
  void aTestThatPassedBeforeAndFailsAfterKeepsTheChangeOutThoughTheCommandExitsZero() throws Exception {
    JsonNode result = runWithTestCommand("if grep -q 'sorted.length % 2' " + StatsRepo.SOURCE + "; then"
        + " printf '%s\\n' 'FAILED tests/test_stats.py::test_mean - assert 2.5 == 2.0' '===== 1 failed in 0.12s =====';"
        + " else printf '%s\\n' 'PASSED tests/test_stats.py::test_mean' '===== 1 passed in 0.12s ====='; fi");

    assertThat(result.path("exit_code").asInt()).as("exit code").isEqualTo(ExitCodes.NOT_DONE);
    assertNotDelivered(result, "not_fixed");
    assertThat(result.path("tests").path("failed").asInt()).isEqualTo(1);
    assertThat(result.path("verification").path("regressions").get(0).asText())
        .isEqualTo("tests/test_stats.py::test_mean");
  }

  @Test
  void aCommandThatPassesWithoutNamingATestLeavesTheChangeUnverified() throws Exception {
    JsonNode result = runWithTestCommand("true");

    assertThat(result.path("exit_code").asInt()).as("exit code").isEqualTo(ExitCodes.NOT_DONE);
    assertNotDelivered(result, "unverified");
    assertThat(result.path("tests").path("passed").asBoolean()).isTrue();
  }

  @Test
  void aTestThatFailsBeforeAndPassesAfterLetsTheChangeThroughAsABranch() throws Exception {
    JsonNode result = runWithTestCommand(StatsRepo.QUICK_TEST.substring("test: |\n".length()).stripIndent());

    assertThat(result.path("exit_code").asInt()).as("exit code; %s", err).isEqualTo(ExitCodes.DONE);
    assertThat(result.path("status").asText()).isEqualTo("fixed");
    assertThat(result.path("tests").path("passed").asBoolean()).isTrue();
    assertThat(result.path("verification").path("evidence").get(0).asText())
        .isEqualTo("tests/test_stats.py::test_median_of_even_count");
    assertThat(result.path("branch").asText()).isEqualTo(BRANCH);
    assertThat(result.path("commit").asText()).isEqualTo(StatsRepo.git(repo, "rev-parse", BRANCH).strip());
    assertThat(StatsRepo.git(repo, "rev-parse", BRANCH + "^").strip()).isEqualTo(head);
    assertThat(StatsRepo.git(repo, "show", BRANCH + ":" + StatsRepo.SOURCE)).contains(StatsRepo.FIXED);
    assertThat(StatsRepo.git(repo, "rev-parse", "HEAD").strip()).isEqualTo(head);
  }

  /** Commits {@code .fixer.yml} with a setup that does nothing and {@code test}; runs the fix; its JSON result. */
  private JsonNode runWithTestCommand(String test) throws Exception {
    Files.writeString(repo.resolve(".fixer.yml"), "setup: 'true'\ntest: " + JSON.writeValueAsString(test) + "\n");
    StatsRepo.git(repo, "add", ".fixer.yml");
    StatsRepo.git(repo, "commit", "-q", "-m", "config");
    head = StatsRepo.git(repo, "rev-parse", "HEAD").strip();
    scriptTheFix();

    int exit = Main.run(Map.of("KIMI_BASE_URL", server.baseUrl(), "KIMI_API_KEY", "sk-gate-test-0123456789abcdefghij",
            "FIXER_HOME", temp.resolve("fixer-home").toString()), temp, false, new PrintWriter(out, true),
        new PrintWriter(err, true), "run", "--repo", repo.toString(), "--issue", issue.toString(), "--sandbox", "none",
        "--work-dir", "run", "--json", "--attempts", "1");

    List<String> lines = out.toString().lines().toList();
    assertThat(lines).as("%s", err).isNotEmpty();
    JsonNode result = JSON.readTree(lines.get(lines.size() - 1));
    assertThat(result.path("exit_code").asInt()).isEqualTo(exit);
    assertThat(result.path("tests").path("command").asText().strip()).isEqualTo(test.strip());
    return result;
  }

  /** The model's turns: the fix, then its summary. */
  private void scriptTheFix() {
    server.reply(SseReply.call("edit:0", "edit", StatsRepo.edit()));
    server.reply(StatsRepo.finish("Stats.median now averages the two middle values of an even count."));
  }

  private void assertNotDelivered(JsonNode result, String status) throws Exception {
    assertThat(result.path("status").asText()).isEqualTo(status);
    assertThat(result.path("branch").isNull()).isTrue();
    assertThat(result.path("commit").isNull()).isTrue();
    assertThat(StatsRepo.git(repo, "branch", "--list", "fixer/*")).isEmpty();
    assertThat(StatsRepo.git(repo, "rev-parse", "HEAD").strip()).isEqualTo(head);
    assertThat(StatsRepo.git(temp.resolve("run/work"), "rev-parse", "HEAD").strip()).isEqualTo(head);
    assertThat(Files.readString(temp.resolve("run/trajectory.patch"))).contains("+    if (sorted.length % 2 == 0) {");
  }
}
