package dev.fixer.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What every sandbox puts in front of a command: {@code setsid} where the tree must be killed as a
 * group, the cgroups when fixer is root, and {@code prlimit} with the resource limits.
 */
final class Launch implements AutoCloseable {

  /** The environment commands start with; nothing of the host's. */
  static Map<String, String> baseEnvironment(String home) {
    return Map.of(
        "PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
        "HOME", home,
        "LANG", "C.UTF-8",
        "TERM", "dumb",
        "TMPDIR", "/tmp",
        "CI", "true");
  }

  /**
   * Tells a JVM the memory limit, which it cannot read where {@code /sys} is not shown (bubblewrap)
   * or no cgroup holds it (prlimit only): without it a JVM sizes its heap to a quarter of the host's
   * memory and is killed at the limit instead of collecting garbage. In a container the JVM reads the
   * limit itself.
   */
  static Map<String, String> jvmMemory(ResourceLimits limits) {
    return Map.of("JAVA_TOOL_OPTIONS", "-XX:MaxRAM=" + limits.memoryBytes());
  }

  private final ResourceLimits limits;
  private final Optional<ControlGroups> groups;

  Launch(ResourceLimits limits) {
    this.limits = limits;
    this.groups = runningAsRoot() ? ControlGroups.create(limits) : Optional.empty();
  }

  /** Whether process and memory limits hold for the whole tree, not per process only. */
  boolean limitsWholeTree() {
    return !runningAsRoot() || groups.isPresent();
  }

  List<String> prefix(boolean ownSession) {
    List<String> argv = new ArrayList<>(ownSession ? List.of("setsid") : List.of());
    groups.ifPresent(g -> argv.addAll(g.joinPrefix()));
    argv.addAll(List.of(
        "prlimit",
        "--nproc=" + limits.processes(),
        "--data=" + limits.memoryBytes(),
        "--fsize=" + limits.fileSizeBytes(),
        "--cpu=" + limits.cpuSeconds(),
        "--core=0",
        "--"));
    return argv;
  }

  @Override
  public void close() {
    groups.ifPresent(ControlGroups::close);
  }

  static boolean runningAsRoot() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("Uid:")) {
          return line.split("\\s+")[2].equals("0");
        }
      }
    } catch (IOException e) {
      return false;
    }
    return false;
  }
}
