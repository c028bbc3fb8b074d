package dev.fixer.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A sandbox's own cgroups (v1 {@code pids} and {@code memory}), made where fixer may make them.
 *
 * <p>Needed when fixer runs as root: the kernel does not apply {@code RLIMIT_NPROC} to root, so
 * without a {@code pids} cgroup a fork bomb would only meet the timeout. Commands join the groups
 * through {@link #joinPrefix()} before anything else runs.
 */
final class ControlGroups implements AutoCloseable {

  private static final Path ROOT = Path.of("/sys/fs/cgroup");

  private final List<Path> groups;

  private ControlGroups(List<Path> groups) {
    this.groups = List.copyOf(groups);
  }

  /** Groups with the limits set, or empty where cgroup v1 is not writable. */
  static Optional<ControlGroups> create(ResourceLimits limits) {
    String name = "fixer-" + UUID.randomUUID().toString().substring(0, 8);
    List<Path> made = new ArrayList<>();
    try {
      Optional<Path> pids = make("pids", name);
      if (pids.isEmpty()) {
        return Optional.empty();
      }
      made.add(pids.get());
      Files.writeString(pids.get().resolve("pids.max"), Integer.toString(limits.processes()));
      Optional<Path> memory = make("memory", name);
      if (memory.isPresent()) {
        made.add(memory.get());
        Files.writeString(memory.get().resolve("memory.limit_in_bytes"), Long.toString(limits.memoryBytes()));
      }
      return Optional.of(new ControlGroups(made));
    } catch (IOException | RuntimeException e) {
      new ControlGroups(made).close();
      return Optional.empty();
    }
  }

  private static Optional<Path> make(String controller, String name) throws IOException {
    Path mount = ROOT.resolve(controller);
    if (!Files.isWritable(mount)) {
      return Optional.empty();
    }
    String own = ownPath(controller);
    Path group = mount.resolve(own.substring(1)).resolve(name);
    Files.createDirectory(group);
    return Optional.of(group);
  }

  /** Our own path in the controller's hierarchy, from {@code /proc/self/cgroup}: "/" at the top. */
  private static String ownPath(String controller) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/cgroup"))) {
      String[] parts = line.split(":", 3);
      if (parts.length == 3 && List.of(parts[1].split(",")).contains(controller)) {
        return parts[2];
      }
    }
    return "/";
  }

  /** A prefix that moves the command into the groups, then execs it. */
  List<String> joinPrefix() {
    StringBuilder script = new StringBuilder();
    for (Path group : groups) {
      script.append("echo $$ > '").append(group.resolve("cgroup.procs")).append("' && ");
    }
    script.append("exec \"$@\"");
    return List.of("/bin/sh", "-c", script.toString(), "sh");
  }

  /** Kills what is left in the groups and removes them. */
  @Override
  public void close() {
    for (Path group : groups) {
      for (int attempt = 0; attempt < 50; attempt++) {
        killMembers(group);
        try {
          Files.deleteIfExists(group);
          break;
        } catch (IOException busy) {
          sleepBriefly();
        }
      }
    }
  }

  private static void killMembers(Path group) {
    try {
      for (String pid : Files.readAllLines(group.resolve("cgroup.procs"))) {
        ProcessHandle.of(Long.parseLong(pid.trim())).ifPresent(ProcessHandle::destroyForcibly);
      }
    } catch (IOException | NumberFormatException gone) {
      // the group is already empty or gone
    }
  }

  private static void sleepBriefly() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
