package dev.fixer.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fixer.core.testing.ScriptedModelServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * Real runs of the stats example for the show and report tests, each in seconds: the model of
 * {@link StatsRepo#script} served over HTTP (its replies carry token counts, priced by --price-*), the quick
 * test command of {@link StatsRepo#QUICK_TEST}, no sandbox.
 */
final class RecordedRuns {

  static final String TEST_ID = "tests/test_stats.py::test_median_of_even_count";

  private RecordedRuns() {}

  /** A whole run that fixes the median, in {@code temp/run}; its FIXER_HOME is {@code temp/fixer-home}. */
  static Path fixed(Path temp) throws Exception {
    Path repo = StatsRepo.create(temp.resolve("repo"));
    StatsRepo.quickConfig(repo, "");
    Path issue = StatsRepo.issue(temp);
    Path dir = temp.resolve("run");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    try (ScriptedModelServer server = new ScriptedModelServer()) {
      StatsRepo.script(server);
      int code = Main.run(env(temp, server.baseUrl()), temp, false, new PrintWriter(out, true),
          new PrintWriter(err, true), "run", "--repo", repo.toString(), "--issue", issue.toString(), "--sandbox",
          "none", "--work-dir", dir.toString(), "--price-input", "0.6", "--price-cached", "0.15", "--price-output",
          "2.5");
      assertThat(code).as("the recorded run: %s%s", out, err).isZero();
    }
    return dir;
  }

  static Map<String, String> env(Path temp, String modelUrl) {
    return Map.of("KIMI_BASE_URL", modelUrl, "KIMI_API_KEY", "sk-report-test-0123456789abcdef",
        "FIXER_HOME", temp.resolve("fixer-home").toString());
  }
}
