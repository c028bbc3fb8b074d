package dev.fixer.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fixer run --sandbox none} on the stats example whose setup fails: when the run stops and what it says. */
class SetupFailureRunTest {

  private static final String KEY = "sk-setup-test-0123456789abcdefghij";
  /** Prints a line, then a red error naming the key (as a misconfigured script might), and fails. */
  private static final String FAILING_SETUP = "setup: |\n  echo '[INFO] Downloading deps'\n"
      + "  printf '\\033[31mPermission denied\\033[0m (key %s)\\n' " + KEY + " >&2\n  exit 1\n";
  private static final String BROKEN_TESTS = "test: 'echo \"error: cannot find symbol\" >&2; exit 1'\n";

  @TempDir
  Path temp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private Path repo;
  private Path replay;

  @BeforeEach
  void repo() throws Exception {
    repo = StatsRepo.create(temp.resolve("repo"));
    replay = StatsRepo.quickFix(repo, temp);
  }

  private void config(String yaml) throws Exception {
    Files.writeString(repo.resolve(".fixer.yml"), yaml);
    StatsRepo.git(repo, "commit", "-q", "-am", "setup that fails");
  }

  private int fixer() throws Exception {
    Map<String, String> env = Map.of("KIMI_API_KEY", KEY, "FIXER_HOME", temp.resolve("fixer-home").toString());
    List<String> args = List.of("run", "--repo", repo.toString(), "--issue", StatsRepo.issue(temp).toString(),
        "--sandbox", "none", "--model", "replay:" + replay, "--work-dir", "run");
    return Main.run(env, temp, false, new PrintWriter(out, true), new PrintWriter(err, true),
        args.toArray(String[]::new));
  }

  private JsonNode result() throws Exception {
    return new ObjectMapper().readTree(temp.resolve("run/result.json").toFile());
  }

  @Test
  void aSetupWithoutWhichTheTestsCannotBuildEndsTheRunShowingTheCommandAndItsOutput() throws Exception {
    config(FAILING_SETUP + BROKEN_TESTS);

    assertThat(fixer()).as("%s", err).isEqualTo(1);

    assertThat(err.toString()).contains("setup: `echo '[INFO] Downloading deps' …` failed (exit code 1); the network"
            + " is now off; the end of its output:")
        .contains("setup: | [INFO] Downloading deps\n", "setup: | Permission denied (key [REDACTED])\n")
        .contains("setup: failed, and the tests cannot build: the run ends before the agent starts")
        .contains("on_setup_failure: continue").doesNotContain(KEY).doesNotContain("\u001B[31m")
        .doesNotContain("agent: ");
    assertThat(out.toString()).startsWith("Not fixed: setup `echo '[INFO] Downloading deps' …` failed (exit code 1)")
        .contains("the tests cannot build without it")
        .contains("  | Permission denied (key [REDACTED])\n").contains("Agent: did not start")
        .contains("fixer run --resume " + temp.resolve("run") + " runs setup again").doesNotContain(KEY);
    JsonNode result = result();
    assertThat(result.path("status").asText()).isEqualTo("not_fixed");
    assertThat(result.path("agent_status").asText()).isEqualTo("not_started");
    assertThat(result.path("setup_failure").path("stopped_run").asBoolean()).isTrue();
    assertThat(result.path("setup_failure").path("output_tail").asText())
        .isEqualTo("[INFO] Downloading deps\nPermission denied (key [REDACTED])");
    assertThat(temp.resolve("run/baseline.json")).doesNotExist();
  }

  @Test
  void aSetupFailureTheTestsBuildWithoutLetsTheAgentStartAndSaysHowToStopSuchRuns() throws Exception {
    config(FAILING_SETUP + StatsRepo.QUICK_TEST);

    assertThat(fixer()).as("%s", err).isZero();

    assertThat(err.toString()).contains("setup: | Permission denied (key [REDACTED])")
        .contains("setup: failed, but the tests build: the agent starts, told of the failure; set"
            + " on_setup_failure: stop to end such runs");
    assertThat(out.toString()).startsWith("Fixed: ")
        .contains("Setup: `echo '[INFO] Downloading deps' …` failed (exit code 1); the agent started, told of the"
            + " failure");
    assertThat(result().path("setup_failure").path("stopped_run").asBoolean()).isFalse();
  }

  @Test
  void onSetupFailureStopEndsTheRunBeforeTheBaseline() throws Exception {
    config(FAILING_SETUP + StatsRepo.QUICK_TEST + "on_setup_failure: stop\n");

    assertThat(fixer()).as("%s", err).isEqualTo(1);

    assertThat(err.toString()).contains("setup: the run ends before the agent starts (on_setup_failure: stop)")
        .doesNotContain("baseline: ");
    assertThat(out.toString()).startsWith("Not fixed: setup `echo '[INFO] Downloading deps' …` failed (exit code 1)")
        .contains("on_setup_failure: stop in .fixer.yml");
  }

  @Test
  void onSetupFailureContinueLetsTheAgentStartThoughTheTestsCannotBuild() throws Exception {
    config(FAILING_SETUP + BROKEN_TESTS + "on_setup_failure: continue\n");

    fixer();

    assertThat(err.toString()).contains("setup: the agent starts, told of the failure (on_setup_failure: continue)")
        .contains("agent: ");
    assertThat(result().path("agent_status").asText()).isNotEqualTo("not_started");
  }
}
