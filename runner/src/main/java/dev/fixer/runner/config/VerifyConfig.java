package dev.fixer.runner.config;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How fixer checks a change: which tests make the baseline before the agent starts and are run again
 * after it ({@code verify:} in {@code .fixer.yml}).
 *
 * @param scope which tests
 * @param command the command that runs them, for {@link Scope#COMMAND} only
 * @param timeout the longest one run of them may take, in the baseline or in verification
 * @throws IllegalArgumentException naming the key at fault
 */
public record VerifyConfig(Scope scope, String command, Duration timeout) {

  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(30);
  public static final VerifyConfig DEFAULT = new VerifyConfig(Scope.SUITE, null, DEFAULT_TIMEOUT);

  /** Which tests verification runs besides those the agent ran. */
  public enum Scope {
    /** The whole test suite; its baseline is taken during setup. */
    SUITE,
    /** The tests of the modules the change touches (and of those that depend on them). */
    CHANGED_MODULES,
    /** A command of the repository's own, such as {@code make test-fast}. */
    COMMAND;

    /** As users write it: {@code suite}, {@code changed-modules}, {@code command}. */
    public String wireName() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @throws IllegalArgumentException naming the text and the accepted names */
    public static Scope parse(String text) {
      for (Scope scope : values()) {
        if (scope.wireName().equals(text.strip().toLowerCase(Locale.ROOT).replace('_', '-'))) {
          return scope;
        }
      }
      throw new IllegalArgumentException("scope must be suite, changed-modules or command, got '" + text + "'");
    }
  }

  public VerifyConfig {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(timeout, "timeout");
    if ((scope == Scope.COMMAND) != (command != null)) {
      throw new IllegalArgumentException(scope == Scope.COMMAND
          ? "command must be set with scope: command, e.g. command: make test-fast"
          : "command needs scope: command (or leave scope out)");
    }
    if (command != null && command.isBlank()) {
      throw new IllegalArgumentException("command must not be empty");
    }
    if (timeout.isZero() || timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must be longer than zero, got " + timeout);
    }
  }

  /** In words, for the console and the result: {@code the whole suite}, {@code make test-fast}. */
  public String describe() {
    return switch (scope) {
      case SUITE -> "the whole test suite";
      case CHANGED_MODULES -> "the tests of the changed modules";
      case COMMAND -> "`" + command + "`";
    };
  }
}
