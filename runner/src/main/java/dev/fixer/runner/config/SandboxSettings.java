package dev.fixer.runner.config;

import dev.fixer.sandbox.ResourceLimits;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What {@code .fixer.yml} sets for the sandbox's commands: {@code limits:} (memory, processes, the
 * time one test run or command may take) and {@code sandbox: bind:}. A null field is unset and
 * leaves fixer's default.
 *
 * @param memoryBytes the memory the sandbox's commands may use together
 * @param processes how many processes and threads may exist at once
 * @param timeout the longest one {@code run_tests} call runs, and the most a {@code run_command}
 *     may ask for; setup has {@code setup_timeout}, verification {@code verify.timeout}
 * @param bind host paths to show read-only in the bubblewrap sandbox, as written ({@code ~/.cargo})
 */
public record SandboxSettings(Long memoryBytes, Integer processes, Duration timeout, List<String> bind) {

  /** Nothing set. */
  public static final SandboxSettings NONE = new SandboxSettings(null, null, null, List.of());

  public SandboxSettings {
    bind = List.copyOf(Objects.requireNonNull(bind, "bind"));
  }

  /** {@code base} with the memory and process limits set here. */
  public ResourceLimits limits(ResourceLimits base) {
    ResourceLimits limits = memoryBytes == null ? base : base.withMemoryBytes(memoryBytes);
    return processes == null ? limits : limits.withProcesses(processes);
  }

  /** The timeout set here, else {@code otherwise}. */
  public Duration timeoutOr(Duration otherwise) {
    return timeout == null ? otherwise : timeout;
  }

  SandboxSettings withBind(List<String> paths) {
    return new SandboxSettings(memoryBytes, processes, timeout, paths);
  }
}
