package dev.fixer.runner;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fixer.core.testing.ScriptedModelServer;
import dev.fixer.core.testing.SseReply;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small evaluation dataset over the stats example ({@link StatsRepo}): each instance is the median
 * bug in its own repository of a repo cache, with a gold patch, a test patch, and a test command that
 * takes no time (the pytest-like {@link StatsRepo#QUICK_TEST}), so that whole evaluations run in
 * seconds.
 */
final class EvalStats {

  static final String F2P = "tests/test_stats.py::test_median_of_even_count";
  static final String P2P = "tests/test_stats.py::test_mean";
  static final String TEST_COMMAND = """
      if grep -q 'sorted.length % 2 == 0' src/main/java/demo/Stats.java; then r=PASSED; else r=FAILED; fi
      echo "$r tests/test_stats.py::test_median_of_even_count"
      echo "PASSED tests/test_stats.py::test_mean"
      if [ "$r" = PASSED ]; then echo '==== 2 passed in 0.01s ===='; else echo '==== 1 failed, 1 passed in 0.01s ===='; exit 1; fi
      """;
  static final String KEY = "sk-eval-it-0123456789abcdef";

  private static final ObjectMapper JSON = new ObjectMapper();

  private EvalStats() {}

  /** A repository {@code cache/OWNER/NAME} with the bug committed; returns its base commit. */
  static String repo(Path cache, String ownerName) throws IOException, InterruptedException {
    Path repo = StatsRepo.create(cache.resolve(ownerName));
    return StatsRepo.git(repo, "rev-parse", "HEAD").strip();
  }

  /** The dataset line of an instance on {@code ownerName} at {@code base}, in SWE-bench's field names. */
  static String line(String id, String ownerName, String base, Path cache) throws IOException, InterruptedException {
    Path repo = cache.resolve(ownerName);
    ObjectNode node = JSON.createObjectNode().put("instance_id", id).put("repo", ownerName).put("base_commit", base)
        .put("problem_statement", StatsRepo.TITLE + "\n\nStats.median(4, 1, 3, 2) returns 3.0 instead of 2.5.")
        .put("hints_text", "").put("patch", goldPatch(repo)).put("test_patch", testPatch(repo))
        .put("FAIL_TO_PASS", JSON.writeValueAsString(List.of(F2P))).put("test_command", TEST_COMMAND)
        .put("setup", "true");
    node.putArray("PASS_TO_PASS").add(P2P);
    return node.toString();
  }

  /** The fix as a diff, made in {@code repo} and taken back. */
  static String goldPatch(Path repo) throws IOException, InterruptedException {
    Path source = repo.resolve(StatsRepo.SOURCE);
    String before = Files.readString(source);
    Files.writeString(source, before.replace(StatsRepo.BUGGY, StatsRepo.FIXED));
    String diff = StatsRepo.git(repo, "diff");
    Files.writeString(source, before);
    return diff;
  }

  /** A test patch that adds a test file, as SWE-bench's do. */
  static String testPatch(Path repo) throws IOException, InterruptedException {
    Path test = repo.resolve("tests/test_stats.py");
    Files.createDirectories(test.getParent());
    Files.writeString(test, "def test_median_of_even_count():\n    pass\n\n\ndef test_mean():\n    pass\n");
    StatsRepo.git(repo, "add", "-N", "tests/test_stats.py");
    String diff = StatsRepo.git(repo, "diff");
    StatsRepo.git(repo, "rm", "-q", "--cached", "tests/test_stats.py");
    Files.delete(test);
    Files.delete(test.getParent());
    return diff;
  }

  /** The two model turns of one instance's fix: the edit, then finish. */
  static void fix(ScriptedModelServer model) {
    model.reply(SseReply.reply().toolCall(0, "edit:0", "edit", StatsRepo.edit(), 1).usage(3000, 0, 100));
    model.reply(StatsRepo.finish("Stats.median now averages the middle two of an even count.").usage(3500, 2900, 20));
  }

  /** A turn that gives up without changing anything. */
  static void giveUp(ScriptedModelServer model) {
    model.reply(StatsRepo.finish("I could not find the bug.").usage(3000, 0, 20));
  }

  /** The environment of an evaluation against {@code model}, its fixer home in {@code temp}. */
  static Map<String, String> env(Path temp, ScriptedModelServer model) {
    Map<String, String> env = new HashMap<>();
    env.put("PATH", System.getenv("PATH"));
    env.put("HOME", System.getProperty("user.home"));
    env.put("KIMI_API_KEY", KEY);
    env.put("KIMI_BASE_URL", model.baseUrl());
    env.put("FIXER_HOME", temp.resolve("fixer-home").toString());
    return env;
  }
}
