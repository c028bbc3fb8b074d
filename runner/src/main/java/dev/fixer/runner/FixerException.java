package dev.fixer.runner;

/**
 * A failure the user sees as one line and an exit code: bad input or configuration
 * ({@link ExitCodes#USAGE}), or infrastructure that broke ({@link ExitCodes#INFRASTRUCTURE}). The
 * message names what is wrong and how to fix it; the command prints it after {@code fixer: }.
 */
public final class FixerException extends RuntimeException {

  private final int exitCode;

  private FixerException(String message, int exitCode, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  /** Bad input or configuration: the user fixes it and runs again. */
  public static FixerException usage(String message) {
    return new FixerException(message, ExitCodes.USAGE, null);
  }

  public static FixerException usage(String message, Throwable cause) {
    return new FixerException(message, ExitCodes.USAGE, cause);
  }

  /** Something outside the user's input broke: the sandbox, the disk, git. */
  public static FixerException infrastructure(String message, Throwable cause) {
    return new FixerException(message, ExitCodes.INFRASTRUCTURE, cause);
  }

  /** The same failure, told with more context: {@code message} replaces this one's, the exit code stays. */
  public FixerException explained(String message) {
    return new FixerException(message, exitCode, this);
  }

  public int exitCode() {
    return exitCode;
  }
}
