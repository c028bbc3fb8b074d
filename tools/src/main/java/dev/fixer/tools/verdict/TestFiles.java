package dev.fixer.tools.verdict;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells test sources from the rest by their path, the conventions of the usual builds: a file under a
 * test directory ({@code src/test/}, {@code tests/}, {@code __tests__/}, {@code spec/}, ...) or named as
 * a test ({@code CalcTest.java}, {@code test_calc.py}, {@code calc_test.go}, {@code calc.test.ts}, ...).
 */
public final class TestFiles {

  private static final Set<String> TEST_DIRECTORIES = Set.of("test", "tests", "__tests__", "testing", "spec");
  private static final List<Pattern> TEST_NAMES = List.of(
      Pattern.compile(".+(Test|Tests|IT|TestCase)\\.(java|kt|groovy|scala)"),
      Pattern.compile(".+Spec\\.(groovy|scala|kt)"),
      Pattern.compile("test_.*\\.py|.+_test\\.py|conftest\\.py"),
      Pattern.compile(".+_test\\.go"),
      Pattern.compile(".+\\.(test|spec)\\.(js|jsx|ts|tsx|mjs|cjs)"),
      Pattern.compile(".+_(test|spec)\\.rb"));

  private TestFiles() {}

  /** Whether {@code repoRelativePath} ({@code /} or {@code \} separated) is a test source or lies among them. */
  public static boolean isTest(String repoRelativePath) {
    String[] segments = repoRelativePath.strip().replace('\\', '/').split("/");
    for (int i = 0; i < segments.length - 1; i++) {
      if (TEST_DIRECTORIES.contains(segments[i])) {
        return true;
      }
    }
    String name = segments[segments.length - 1];
    return TEST_NAMES.stream().anyMatch(pattern -> pattern.matcher(name).matches());
  }
}
