package dev.fixer.tools.build;

import java.util.Objects;

/**
 * One test that ran, by the id the build gives it: {@code com.acme.FooTest#bar} (JUnit XML), a pytest
 * node id, {@code <package>.TestX/sub} (go test), {@code tests::name} (cargo), the jest or vitest title
 * path. The id is the one the build's {@link TestFailure}s use.
 *
 * @param id the test's id; not blank
 * @param outcome how it ended
 */
public record TestCase(String id, Outcome outcome) {

  /** How a test ended; an error (an unexpected exception, a failing fixture) counts as {@link #FAILED}. */
  public enum Outcome {
    PASSED, FAILED, SKIPPED;

    /** The worse of the two: failed over passed over skipped. */
    public Outcome worst(Outcome other) {
      return severity() >= other.severity() ? this : other;
    }

    private int severity() {
      return switch (this) {
        case FAILED -> 2;
        case PASSED -> 1;
        case SKIPPED -> 0;
      };
    }
  }

  public TestCase {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(outcome, "outcome");
    if (id.isBlank()) {
      throw new IllegalArgumentException("a test case needs an id");
    }
  }
}
