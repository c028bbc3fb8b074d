package dev.fixer.sandbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One command to run in a {@link Sandbox}.
 *
 * @param command the program and its arguments, not interpreted by a shell (use {@link #shell})
 * @param workdir the working directory relative to the workspace root; empty for the root itself
 * @param env variables added to the sandbox's clean environment (nothing of the host's is passed)
 * @param timeout how long the command may run before its process tree is killed
 * @param maxOutputBytes how much of each stream is kept: the head and the tail, the middle cut
 * @param mergeStderr whether stderr goes into stdout, interleaved as a terminal would show it
 * @param listener sees the output's lines as they are printed
 */
public record ExecRequest(
    List<String> command,
    String workdir,
    Map<String, String> env,
    Duration timeout,
    int maxOutputBytes,
    boolean mergeStderr,
    OutputListener listener) {

  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);
  public static final int DEFAULT_MAX_OUTPUT_BYTES = 1 << 20;

  public ExecRequest {
    command = List.copyOf(command);
    if (command.isEmpty()) {
      throw new IllegalArgumentException("an exec request needs a command");
    }
    Objects.requireNonNull(workdir, "workdir");
    if (workdir.startsWith("/") || List.of(workdir.split("/")).contains("..")) {
      throw new IllegalArgumentException("workdir must be relative to the workspace, got " + workdir);
    }
    env = Map.copyOf(env);
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, got " + timeout);
    }
    if (maxOutputBytes < 1024) {
      throw new IllegalArgumentException("maxOutputBytes must be at least 1024, got " + maxOutputBytes);
    }
    Objects.requireNonNull(listener, "listener");
  }

  /** A request whose output no one watches while it runs. */
  public ExecRequest(List<String> command, String workdir, Map<String, String> env, Duration timeout,
      int maxOutputBytes, boolean mergeStderr) {
    this(command, workdir, env, timeout, maxOutputBytes, mergeStderr, OutputListener.NONE);
  }

  /** {@code command} in the workspace root, stderr merged, default timeout and output cap. */
  public static ExecRequest of(List<String> command) {
    return new ExecRequest(command, "", Map.of(), DEFAULT_TIMEOUT, DEFAULT_MAX_OUTPUT_BYTES, true);
  }

  public static ExecRequest of(String... command) {
    return of(List.of(command));
  }

  /** {@code script} run by {@code bash -c}. */
  public static ExecRequest shell(String script) {
    return of("bash", "-c", script);
  }

  public ExecRequest withWorkdir(String dir) {
    return new ExecRequest(command, dir, env, timeout, maxOutputBytes, mergeStderr, listener);
  }

  public ExecRequest withEnv(Map<String, String> variables) {
    return new ExecRequest(command, workdir, variables, timeout, maxOutputBytes, mergeStderr, listener);
  }

  public ExecRequest withTimeout(Duration limit) {
    return new ExecRequest(command, workdir, env, limit, maxOutputBytes, mergeStderr, listener);
  }

  public ExecRequest withMaxOutputBytes(int bytes) {
    return new ExecRequest(command, workdir, env, timeout, bytes, mergeStderr, listener);
  }

  /** The same request with stderr kept apart from stdout. */
  public ExecRequest separateStderr() {
    return new ExecRequest(command, workdir, env, timeout, maxOutputBytes, false, listener);
  }

  /** The same request with {@code watcher} seeing its output's lines as they are printed. */
  public ExecRequest withListener(OutputListener watcher) {
    return new ExecRequest(command, workdir, env, timeout, maxOutputBytes, mergeStderr, watcher);
  }
}
