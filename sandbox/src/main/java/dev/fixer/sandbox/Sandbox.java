package dev.fixer.sandbox;

import java.util.Optional;

/**
 * A place to run commands against one workspace (a repository's work copy). The workspace is
 * readable and writable from inside; what else is visible depends on the implementation.
 *
 * <p>A sandbox starts with the network on for the setup phase (downloading dependencies into its
 * cache); {@link #closeNetwork()} switches it off for good before the agent starts. The caller
 * closes the sandbox; closing kills whatever still runs in it.
 */
public interface Sandbox extends AutoCloseable {

  /**
   * Runs one command to its end, its timeout, or its output limit, whichever comes first. A
   * command that fails or times out is a normal result; the whole process tree is gone when this
   * returns.
   *
   * @throws SandboxException if the sandbox itself is broken (the jail cannot start)
   * @throws InterruptedException if the calling thread is interrupted; the command is killed first
   */
  ExecResult exec(ExecRequest request) throws InterruptedException;

  /** The workspace's path as commands inside the sandbox see it, e.g. {@code /workspace}. */
  String workdir();

  /** Ends the setup phase: from now on commands have no network. Cannot be undone. */
  void closeNetwork();

  /** A short description for logs and the trajectory, e.g. {@code bubblewrap (network off)}. */
  String describe();

  /** The limits every command runs under. */
  ResourceLimits limits();

  /**
   * Why {@code result}, a command of this sandbox, failed when the sandbox made it fail: killed at
   * the memory limit, out of processes, a program the sandbox does not show. One sentence for a
   * user and the model, naming the {@code .fixer.yml} setting that fixes it; empty otherwise.
   *
   * @param subject what ran, for the sentence: "the tests", "the command", "the setup script"
   */
  default Optional<String> explain(ExecResult result, String subject) {
    return FailureCause.limit(result, limits(), subject);
  }

  /** Kills anything still running and releases what the sandbox holds. Idempotent. */
  @Override
  void close();
}
