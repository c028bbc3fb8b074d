package dev.fixer.runner.config;

/**
 * A config value that breaks a rule. The message reads "{@code key problem}", e.g. "max_steps must
 * be between 1 and 4000, got 0"; {@link #line()} is where the value starts in the file, or 0 when
 * the value did not come from a file.
 */
final class BadValue extends IllegalArgumentException {

  private final String key;
  private final String problem;
  private final int line;

  BadValue(String key, String problem) {
    this(key, problem, 0);
  }

  private BadValue(String key, String problem, int line) {
    super(key + " " + problem);
    this.key = key;
    this.problem = problem;
    this.line = line;
  }

  /** The same problem, found on a line of the file. */
  BadValue at(int line) {
    return new BadValue(key, problem, line);
  }

  String key() {
    return key;
  }

  /** What the value must be, e.g. "must be true or false, got 'maybe'". */
  String problem() {
    return problem;
  }

  int line() {
    return line;
  }
}
