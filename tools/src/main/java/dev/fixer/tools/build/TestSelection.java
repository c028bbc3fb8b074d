package dev.fixer.tools.build;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The tests that some test files hold: how run_tests names them, and which test ids they cover.
 *
 * @param names the names to pass to {@link Build#testCommand}, e.g. {@code CalcTest} or
 *     {@code tests/test_calc.py}; never empty
 * @param covers whether a test id of a {@link TestReport} is one of these files' tests
 */
public record TestSelection(List<String> names, Predicate<String> covers) {

  public TestSelection {
    names = List.copyOf(names);
    Objects.requireNonNull(covers, "covers");
    if (names.isEmpty()) {
      throw new IllegalArgumentException("a test selection names at least one test");
    }
  }
}
