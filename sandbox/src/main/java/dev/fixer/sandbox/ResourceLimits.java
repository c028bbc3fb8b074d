package dev.fixer.sandbox;

/**
 * Limits on what one command may take.
 *
 * @param memoryBytes memory for the command's processes
 * @param processes how many processes and threads may exist at once
 * @param fileSizeBytes the largest file a command may write
 * @param cpuSeconds CPU time per process
 * @param killAfterOutputBytes total output after which a command is killed; the kept head and tail
 *     are capped by the request, this stops a command that prints without end
 * @param cpus how many CPUs the sandbox's commands may use at once (Docker; bubblewrap and local
 *     sandboxes leave CPUs to the machine)
 */
public record ResourceLimits(
    long memoryBytes, int processes, long fileSizeBytes, long cpuSeconds, long killAfterOutputBytes, double cpus) {

  /**
   * 8 GiB, 1024 processes, 1 GiB files, 30 CPU minutes, 256 MiB of output, every CPU of the machine.
   * A JVM takes a quarter of the memory limit as its largest heap, so 8 GiB gives each of a build's
   * JVMs (Maven or Gradle, and the forked test JVM) 2 GiB (see bench/REPORT.md).
   */
  public static final ResourceLimits DEFAULT =
      new ResourceLimits(8L << 30, 1024, 1L << 30, 1800, 256L << 20, Runtime.getRuntime().availableProcessors());

  public ResourceLimits {
    if (memoryBytes < (64L << 20)) {
      throw new IllegalArgumentException("memory limit must be at least 64 MiB, got " + memoryBytes);
    }
    if (processes < 8) {
      throw new IllegalArgumentException("process limit must be at least 8, got " + processes);
    }
    if (fileSizeBytes < (1L << 20)) {
      throw new IllegalArgumentException("file size limit must be at least 1 MiB, got " + fileSizeBytes);
    }
    if (cpuSeconds < 1) {
      throw new IllegalArgumentException("CPU time limit must be at least 1 s, got " + cpuSeconds);
    }
    if (killAfterOutputBytes < (1L << 20)) {
      throw new IllegalArgumentException("output limit must be at least 1 MiB, got " + killAfterOutputBytes);
    }
    if (!(cpus >= 0.01)) {
      throw new IllegalArgumentException("CPU limit must be at least 0.01, got " + cpus);
    }
  }

  public ResourceLimits withMemoryBytes(long bytes) {
    return new ResourceLimits(bytes, processes, fileSizeBytes, cpuSeconds, killAfterOutputBytes, cpus);
  }

  public ResourceLimits withProcesses(int count) {
    return new ResourceLimits(memoryBytes, count, fileSizeBytes, cpuSeconds, killAfterOutputBytes, cpus);
  }

  public ResourceLimits withFileSizeBytes(long bytes) {
    return new ResourceLimits(memoryBytes, processes, bytes, cpuSeconds, killAfterOutputBytes, cpus);
  }

  public ResourceLimits withCpuSeconds(long seconds) {
    return new ResourceLimits(memoryBytes, processes, fileSizeBytes, seconds, killAfterOutputBytes, cpus);
  }

  public ResourceLimits withKillAfterOutputBytes(long bytes) {
    return new ResourceLimits(memoryBytes, processes, fileSizeBytes, cpuSeconds, bytes, cpus);
  }

  public ResourceLimits withCpus(double count) {
    return new ResourceLimits(memoryBytes, processes, fileSizeBytes, cpuSeconds, killAfterOutputBytes, count);
  }
}
