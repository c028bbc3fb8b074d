package dev.fixer.sandbox;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a finished command failed, when the sandbox made it fail: its memory or process limit, or a
 * program that bubblewrap's view of the host does not show. Said for a user, with the fix.
 */
final class FailureCause {

  /** SIGKILL: what the kernel's out-of-memory killer sends, and nothing else in a sandbox but a timeout. */
  static final int KILLED = 137;

  private static final List<String> OUT_OF_MEMORY = List.of("java.lang.outofmemoryerror", "java heap space",
      "memoryerror", "cannot allocate memory", "std::bad_alloc", "out of memory", "javascript heap out of memory");
  private static final List<String> OUT_OF_PROCESSES = List.of("fork: retry", "resource temporarily unavailable",
      "unable to create native thread", "cannot fork", "unable to create new native thread",
      "fork: cannot allocate memory", "can't start new thread");
  private static final Pattern NOT_FOUND = Pattern.compile(
      "(?m)(?:^|[:\\s])([A-Za-z0-9._+-]+): (?:command )?not found$|exec: \"?([A-Za-z0-9._+-]+)\"?: executable file not found");

  private FailureCause() {}

  /**
   * The cause of {@code result}'s failure if a limit of {@code limits} explains it.
   *
   * @param subject what ran, for the sentence: "the tests", "the command", "the setup script"
   */
  static Optional<String> limit(ExecResult result, ResourceLimits limits, String subject) {
    if (result.exitCode() == 0 || result.timedOut() || result.outputLimited()) {
      return Optional.empty();
    }
    String output = (result.stdout() + "\n" + result.stderr()).toLowerCase(Locale.ROOT);
    if (OUT_OF_PROCESSES.stream().anyMatch(output::contains)) {
      return Optional.of(subject + " could not start more processes or threads at the limit of "
          + limits.processes() + " processes; raise limits.processes in .fixer.yml");
    }
    if (result.exitCode() == KILLED) {
      return Optional.of("the " + size(limits.memoryBytes()) + " memory limit killed " + subject + " (exit code 137:"
          + " SIGKILL, as the out-of-memory killer sends it); raise limits.memory in .fixer.yml");
    }
    if (OUT_OF_MEMORY.stream().anyMatch(output::contains)) {
      return Optional.of(subject + " ran out of memory under the " + size(limits.memoryBytes()) + " memory limit"
          + " (the output says so); raise limits.memory in .fixer.yml");
    }
    return Optional.empty();
  }

  /** The program that a shell could not find, from exit code 127 and its message. */
  static Optional<String> missingCommand(ExecResult result) {
    if (result.exitCode() != 127) {
      return Optional.empty();
    }
    Matcher matcher = NOT_FOUND.matcher(result.stdout() + "\n" + result.stderr());
    if (!matcher.find()) {
      return Optional.empty();
    }
    return Optional.of(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
  }

  /** The answer for a program that bubblewrap does not show. */
  static String notInBubblewrap(String program) {
    return program + " is not found in the bubblewrap sandbox, which shows /usr but not your home directory; if it is"
        + " installed under your home (rustup, pyenv, nvm, sdkman), add its directories to .fixer.yml, e.g."
        + " `sandbox: {bind: [~/.cargo/bin, ~/.rustup]}`, or use the Docker sandbox";
  }

  /** E.g. {@code 4 GiB}, {@code 512 MiB}. */
  static String size(long bytes) {
    if (bytes % (1L << 30) == 0) {
      return (bytes >> 30) + " GiB";
    }
    if (bytes >= (1L << 30)) {
      return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30));
    }
    return (bytes >> 20) + " MiB";
  }
}
