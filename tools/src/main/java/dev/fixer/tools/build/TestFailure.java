package dev.fixer.tools.build;

import java.util.Objects;

/**
 * One test that failed or ended in an error.
 *
 * @param test the test's name as the build names it, e.g. {@code com.acme.FooTest#bar}
 * @param message the failure's message; may be empty
 * @param stack the trimmed stack trace or the test's own output; may be empty
 */
public record TestFailure(String test, String message, String stack) {

  public TestFailure {
    Objects.requireNonNull(test, "test");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(stack, "stack");
  }
}
