package dev.fixer.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The runner's verification fixture ({@code runner/src/test/resources/projects/calc}): a Maven library
 * whose {@code Calc.add} subtracts, so {@code CalcTest#addsTwoNumbers} fails; 4 tests. Copies of it,
 * a variant where no test fails, and the changes an agent makes to them.
 */
final class CalcFixture {

  static final String CALC = "src/main/java/demo/Calc.java";
  static final String CALC_TEST = "src/test/java/demo/CalcTest.java";
  static final String NEW_TEST = "src/test/java/demo/CalcAddTest.java";
  static final String ADD_TEST = "demo.CalcTest#addsTwoNumbers";
  static final String NEW_TEST_ID = "demo.CalcAddTest#addsTwoPositiveNumbers";

  private static final String BUG = "return Ops.combine(a, -b);";
  private static final String FIX = "return Ops.combine(a, b);";

  /** CalcTest without the test that shows the bug: no test fails on the base code. */
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

  /** The agent's new test: fails on the base code, passes with the fix. */
  private static final String ADD_TEST_SOURCE = """
      package demo;

      import static org.junit.jupiter.api.Assertions.assertEquals;

      import org.junit.jupiter.api.Test;

      class CalcAddTest {
        @Test
        void addsTwoPositiveNumbers() {
          assertEquals(5, Calc.add(2, 3));
        }
      }
      """;

  private final Path project;

  private CalcFixture(Path project) {
    this.project = project;
  }

  /** The fixture at {@code project}; fails naming the directory when it is not there. */
  static CalcFixture at(Path project) {
    if (!Files.isRegularFile(project.resolve(CALC))) {
      throw new IllegalStateException("the calc fixture is not at " + project.toAbsolutePath()
          + ": run the benchmarks from the repository root (bench/run does), or set -Dfixer.bench.calcProject");
    }
    return new CalcFixture(project);
  }

  /** A fresh copy in {@code dir}: 4 tests, {@code CalcTest#addsTwoNumbers} failing. */
  Path copy(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(project)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path target = dir.resolve(project.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return dir;
  }

  /** A fresh copy in {@code dir} without the failing test: 3 tests, all passing. */
  Path copyWithNoFailingTest(Path dir) throws IOException {
    copy(dir);
    Files.writeString(dir.resolve(CALC_TEST), ZERO_ONLY);
    return dir;
  }

  /** The right fix, as the agent's edit makes it: add adds. */
  static void fix(Path copy) throws IOException {
    Path calc = copy.resolve(CALC);
    String text = Files.readString(calc);
    if (!text.contains(BUG)) {
      throw new IllegalStateException(calc + " does not hold `" + BUG + "`: the calc fixture changed");
    }
    Files.writeString(calc, text.replace(BUG, FIX));
  }

  /** The agent's new test class, which shows the fix. */
  static void addTest(Path copy) throws IOException {
    Files.writeString(copy.resolve(NEW_TEST), ADD_TEST_SOURCE);
  }

  /** The base version of Calc.java, from the fixture itself: what the runner's git would check out. */
  byte[] baseCalc() throws IOException {
    return Files.readAllBytes(project.resolve(CALC));
  }
}
