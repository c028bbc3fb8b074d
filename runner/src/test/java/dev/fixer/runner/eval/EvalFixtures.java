package dev.fixer.runner.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Real repositories with a real bug, and their SWE-bench instances, for the tests of {@code fixer eval}:
 * a Maven project ({@code projects/calc}, whose {@code Calc.add} subtracts) and a pytest project (whose
 * {@code add} subtracts), each a git repository laid out as a {@code --repo-cache} holds it, with a
 * gold patch, a test patch adding the FAIL_TO_PASS test, and a patch that fixes the bug but breaks a
 * PASS_TO_PASS test. The base commit is not the repository's HEAD: a later commit follows it.
 */
public final class EvalFixtures {

  /** Where the instances' tests are read from by Maven: {@code demo.CalcTest#addsTwoNumbers}. */
  public static final String MAVEN_F2P = "demo.CalcTest#addsTwoNumbers";
  public static final String MAVEN_BROKEN_P2P = "demo.MultiplyTest#multipliesTwoNumbers";
  public static final String PYTEST_F2P = "tests/test_add.py::test_adds_two_numbers";
  public static final String PYTEST_BROKEN_P2P = "tests/test_multiply.py::test_multiplies_two_numbers";

  private static final Path CALC = Path.of("src", "test", "resources", "projects", "calc").toAbsolutePath();
  private static final ObjectMapper JSON = new ObjectMapper();

  private EvalFixtures() {}

  /**
   * One instance and where its repository is.
   *
   * @param instance the SWE-bench instance, its gold patch in {@link Instance#patch()}
   * @param repository the git repository (not bare), inside the cache
   * @param cache the directory to pass as {@code --repo-cache}
   * @param breakingPatch fixes the bug and breaks {@code brokenTest}, a PASS_TO_PASS test
   * @param brokenTest the PASS_TO_PASS id the breaking patch breaks
   */
  public record Fixture(Instance instance, Path repository, Path cache, String breakingPatch, String brokenTest) {

    /**
     * The instance as a line of a SWE-bench dataset (JSONL), with fixer's {@code test_command} and
     * {@code setup} where set; FAIL_TO_PASS and PASS_TO_PASS as JSON arrays, or as strings holding
     * them when {@code stringLists}, as SWE-bench's own exports write them.
     */
    public String datasetLine(boolean stringLists) {
      ObjectNode line = JSON.createObjectNode().put("instance_id", instance.instanceId()).put("repo", instance.repo())
          .put("base_commit", instance.baseCommit()).put("problem_statement", instance.problemStatement())
          .put("hints_text", instance.hintsText()).put("patch", instance.patch()).put("test_patch", instance.testPatch())
          .put("version", instance.version()).put("environment_setup_commit", instance.environmentSetupCommit());
      try {
        if (stringLists) {
          line.put("FAIL_TO_PASS", JSON.writeValueAsString(instance.failToPass()));
          line.put("PASS_TO_PASS", JSON.writeValueAsString(instance.passToPass()));
        } else {
          line.set("FAIL_TO_PASS", JSON.valueToTree(instance.failToPass()));
          line.set("PASS_TO_PASS", JSON.valueToTree(instance.passToPass()));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      instance.testCommandGiven().ifPresent(command -> line.put("test_command", command));
      instance.setupGiven().ifPresent(setup -> line.put("setup", setup));
      return line.toString();
    }

    /** The same instance with another test patch, e.g. one that does not apply. */
    public Fixture withTestPatch(String testPatch) {
      Instance i = instance;
      return new Fixture(new Instance(i.instanceId(), i.repo(), i.baseCommit(), i.problemStatement(), i.hintsText(),
          testPatch, i.failToPass(), i.passToPass(), i.patch(), i.environmentSetupCommit(), i.version(),
          i.language(), i.testCommand(), i.setup(), i.line()), repository, cache, breakingPatch, brokenTest);
    }

    /** The same instance at another base commit. */
    public Fixture atCommit(String baseCommit) {
      Instance i = instance;
      return new Fixture(new Instance(i.instanceId(), i.repo(), baseCommit, i.problemStatement(), i.hintsText(),
          i.testPatch(), i.failToPass(), i.passToPass(), i.patch(), i.environmentSetupCommit(), i.version(),
          i.language(), i.testCommand(), i.setup(), i.line()), repository, cache, breakingPatch, brokenTest);
    }
  }

  /**
   * The Maven instance {@code demo__calc-1} of repository {@code demo/calc}, at {@code cache/demo/calc};
   * its tests run with the detected Maven build, offline after the default setup.
   */
  public static Fixture maven(Path cache) throws IOException, InterruptedException {
    Path repo = cache.resolve("demo/calc");
    copy(CALC, repo);
    String calcTest = "src/test/java/demo/CalcTest.java";
    String fullTest = Files.readString(repo.resolve(calcTest));
    Files.writeString(repo.resolve(calcTest), fullTest.replaceFirst(
        "(?s)  @Test\n  void addsTwoNumbers\\(\\) \\{.*?\n  }\n\n", ""));
    String base = commitAll(repo, "calc");
    String calc = Files.readString(repo.resolve("src/main/java/demo/Calc.java"));
    String gold = diff(repo, Map.of("src/main/java/demo/Calc.java", calc.replace("Ops.combine(a, -b)", "Ops.combine(a, b)")));
    String testPatch = diff(repo, Map.of(calcTest, fullTest));
    String ops = Files.readString(repo.resolve("src/main/java/demo/Ops.java"));
    String breaking = diff(repo, Map.of("src/main/java/demo/Ops.java", ops.replace("return a + b;", "return a - b;")));
    laterCommit(repo);
    Instance instance = new Instance("demo__calc-1", "demo/calc", base, "Calc.add subtracts\n\nCalc.add(2, 3) is -1.",
        "", testPatch, List.of(MAVEN_F2P), List.of("demo.CalcTest#addingZeroChangesNothing", MAVEN_BROKEN_P2P,
        "demo.MultiplyTest#multiplyingByZeroGivesZero"), gold, "", "1.0", "java", "", "", 1);
    return new Fixture(instance, repo, cache, breaking, MAVEN_BROKEN_P2P);
  }

  /**
   * The pytest instance {@code demo__pycalc-1} of repository {@code demo/pycalc}, at
   * {@code cache/demo__pycalc}; setup does nothing, and Debian's {@code python3 -m pytest} runs the tests.
   * Its test patch adds a new test file.
   */
  public static Fixture pytest(Path cache) throws IOException, InterruptedException {
    Path repo = cache.resolve("demo__pycalc");
    write(repo, "pytest.ini", "[pytest]\ntestpaths = tests\n");
    write(repo, "pycalc/__init__.py", "");
    write(repo, "pycalc/ops.py", "def combine(a, b):\n    return a + b\n");
    write(repo, "pycalc/calc.py", CALC_PY);
    write(repo, "tests/__init__.py", "");
    write(repo, "tests/test_calc.py", "from pycalc.calc import add\n\n\ndef test_adding_zero_changes_nothing():\n"
        + "    assert add(7, 0) == 7\n");
    write(repo, "tests/test_multiply.py", "from pycalc.calc import multiply\n\n\ndef test_multiplies_two_numbers():\n"
        + "    assert multiply(3, 4) == 12\n\n\ndef test_multiplying_by_zero_gives_zero():\n"
        + "    assert multiply(9, 0) == 0\n");
    String base = commitAll(repo, "pycalc");
    String gold = diff(repo, Map.of("pycalc/calc.py", CALC_PY.replace("combine(a, -b)", "combine(a, b)")));
    String testPatch = diff(repo, Map.of("tests/test_add.py", "from pycalc.calc import add\n\n\n"
        + "def test_adds_two_numbers():\n    assert add(2, 3) == 5\n"));
    String breaking = diff(repo, Map.of("pycalc/ops.py", "def combine(a, b):\n    return a - b\n"));
    laterCommit(repo);
    Instance instance = new Instance("demo__pycalc-1", "demo/pycalc", base, "add subtracts\n\nadd(2, 3) is -1.", "",
        testPatch, List.of(PYTEST_F2P), List.of("tests/test_calc.py::test_adding_zero_changes_nothing",
        PYTEST_BROKEN_P2P, "tests/test_multiply.py::test_multiplying_by_zero_gives_zero"), gold, "", "0.1", "python",
        "", "true", 2);
    return new Fixture(instance, repo, cache, breaking, PYTEST_BROKEN_P2P);
  }

  private static final String CALC_PY = "from pycalc.ops import combine\n\n\ndef add(a, b):\n"
      + "    return combine(a, -b)\n\n\ndef multiply(a, b):\n    product = 0\n    for _ in range(abs(b)):\n"
      + "        product = combine(product, a)\n    return -product if b < 0 else product\n";

  /** A bare copy of {@code fixture}'s repository at {@code server/OWNER/NAME.git}, as a git server serves it. */
  public static Path serve(Fixture fixture, Path server) throws IOException, InterruptedException {
    Path bare = server.resolve(fixture.instance().repo() + ".git");
    Files.createDirectories(bare.getParent());
    git(server, "clone", "-q", "--bare", fixture.repository().toString(), bare.toString());
    return bare;
  }

  /** A patch whose context matches nothing in the fixtures' repositories. */
  public static String patchThatDoesNotApply(String path) {
    return "diff --git a/" + path + " b/" + path + "\n--- a/" + path + "\n+++ b/" + path + "\n"
        + "@@ -1,3 +1,3 @@\n nothing here\n-is as\n+the patch\n expects it\n";
  }

  /** The diff that turns the committed files into {@code files} (path to text), the repository left as it was. */
  static String diff(Path repo, Map<String, String> files) throws IOException, InterruptedException {
    for (Map.Entry<String, String> file : files.entrySet()) {
      write(repo, file.getKey(), file.getValue());
    }
    git(repo, "add", "-A");
    String diff = git(repo, "diff", "--cached", "--no-color", "--no-ext-diff");
    git(repo, "reset", "-q", "--hard");
    git(repo, "clean", "-q", "-fd");
    return diff;
  }

  /** Stages everything and commits; returns the new commit's sha. */
  static String commitAll(Path repo, String message) throws IOException, InterruptedException {
    if (!Files.isDirectory(repo.resolve(".git"))) {
      git(repo, "init", "-q", "-b", "main");
    }
    git(repo, "add", "-A");
    git(repo, "commit", "-q", "-m", message);
    return git(repo, "rev-parse", "HEAD").strip();
  }

  private static void laterCommit(Path repo) throws IOException, InterruptedException {
    write(repo, "CHANGES.md", "A later change, after the base commit.\n");
    commitAll(repo, "later");
  }

  static Path write(Path repo, String path, String text) throws IOException {
    Path file = repo.resolve(path);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  /** Copies the tree {@code from} to {@code to}, e.g. a test project out of the resources. */
  public static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Runs git in {@code dir} without the developer's config; returns stdout, or throws on a non-zero exit. */
  static String git(Path dir, String... args) throws IOException, InterruptedException {
    Files.createDirectories(dir);
    List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Test User", "-c",
        "user.email=test@example.com", "-c", "commit.gpgsign=false", "-c", "core.autocrlf=false"));
    command.addAll(List.of(args));
    Path stderr = Files.createTempFile("git-stderr", ".txt");
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectError(stderr.toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith("GIT_"));
    builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
    builder.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
    Process process = builder.start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = process.waitFor();
    String errors = Files.readString(stderr);
    Files.delete(stderr);
    if (exit != 0) {
      throw new IOException("git " + String.join(" ", args) + " in " + dir + " failed: " + output + errors);
    }
    return output;
  }
}
