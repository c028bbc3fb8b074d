package dev.fixer.runner;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fixer.core.testing.ScriptedModelServer;
import dev.fixer.core.testing.SseReply;
import dev.fixer.runner.eval.EvalFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The verification fixture, {@code src/test/resources/projects/calc}, as a fresh git repository: a
 * Maven library whose {@code Calc.add} subtracts ({@code CalcTest#addsTwoNumbers} fails) and whose
 * {@code multiply} shares a helper with {@code add} ({@code MultiplyTest} passes). And the model turns
 * that work on it: the right fix, a fix of the shared helper that breaks multiplication, scratch files.
 */
final class CalcRepo {

  static final Path PROJECT = Path.of("src", "test", "resources", "projects", "calc").toAbsolutePath();
  static final String CALC = "src/main/java/demo/Calc.java";
  static final String OPS = "src/main/java/demo/Ops.java";
  static final String TITLE = "Calc.add subtracts";
  static final String ADD_TEST = "demo.CalcTest#addsTwoNumbers";
  static final String MULTIPLY_TEST = "demo.MultiplyTest#multipliesTwoNumbers";

  private static final ObjectMapper JSON = new ObjectMapper();

  private CalcRepo() {}

  /** Copies the project to {@code dir}, adds {@code extra} files (path to text), and commits it on main. */
  static Path create(Path dir, Map<String, String> extra) throws IOException, InterruptedException {
    EvalFixtures.copy(PROJECT, dir);
    for (Map.Entry<String, String> file : extra.entrySet()) {
      Path target = dir.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.getValue());
    }
    StatsRepo.git(dir, "init", "-q", "-b", "main");
    StatsRepo.git(dir, "config", "user.name", "Test User");
    StatsRepo.git(dir, "config", "user.email", "test@example.com");
    StatsRepo.git(dir, "add", "-A");
    StatsRepo.git(dir, "commit", "-q", "-m", "calc");
    return dir;
  }

  static Path issue(Path dir) throws IOException {
    return Files.writeString(dir.resolve("calc.md"), "# " + TITLE + "\n\nCalc.add(2, 3) returns -1 instead of 5.\n");
  }

  /** An edit of {@code path} replacing {@code before} with {@code after}. */
  static SseReply edit(String id, String path, String before, String after) {
    return SseReply.reply().toolCall(0, id, "edit", JSON.createObjectNode().put("path", path).put("old_str", before)
        .put("new_str", after).toString(), 2).usage(3000, 2000, 100);
  }

  /** A new file written with edit. */
  static SseReply create(String id, String path, String text) {
    return edit(id, path, "", text);
  }

  static SseReply runTests(String id, String... tests) {
    return SseReply.reply().toolCall(0, id, "run_tests", JSON.createObjectNode().set("tests",
        JSON.valueToTree(tests)).toString(), 1).usage(3000, 2000, 50);
  }

  static SseReply command(String id, String command) {
    return SseReply.reply().toolCall(0, id, "run_command", JSON.createObjectNode().put("command", command).toString(), 1)
        .usage(3000, 2000, 50);
  }

  static SseReply finish(String id, String summary) {
    return SseReply.reply().toolCall(0, id, "finish", JSON.createObjectNode().put("summary", summary).toString(), 1)
        .usage(3000, 2000, 60);
  }

  /** The right fix: add adds. */
  static SseReply rightFix(String id) {
    return edit(id, CALC, "return Ops.combine(a, -b);", "return Ops.combine(a, b);");
  }

  /** A fix of the shared helper: add works, multiply breaks. */
  static SseReply helperFix(String id) {
    return edit(id, OPS, "return a + b;", "return a - b;");
  }

  /** Puts the helper back as it was. */
  static SseReply helperRevert(String id) {
    return edit(id, OPS, "return a - b;", "return a + b;");
  }

  /** A new test, written with edit, that fails on the base code and passes with the right fix. */
  static SseReply addTest(String id) {
    return create(id, "src/test/java/demo/CalcAddTest.java", """
        package demo;

        import static org.junit.jupiter.api.Assertions.assertEquals;

        import org.junit.jupiter.api.Test;

        class CalcAddTest {
          @Test
          void addsTwoPositiveNumbers() {
            assertEquals(5, Calc.add(2, 3));
          }
        }
        """);
  }

  /** Scripts the right fix, a test run and finish. */
  static void scriptRightFix(ScriptedModelServer server) {
    server.reply(rightFix("edit:0")).reply(runTests("run_tests:0", "CalcTest"))
        .reply(finish("finish:0", "Calc.add negated its second operand; it now adds."));
  }
}
