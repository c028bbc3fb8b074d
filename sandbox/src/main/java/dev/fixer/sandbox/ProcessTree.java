package dev.fixer.sandbox;

import java.io.IOException;
import java.util.List;

/**
 * Kills a process and its descendants, and, for a process started through {@code setsid}, its
 * process group.
 */
final class ProcessTree {

  private ProcessTree() {}

  /**
   * Kills the tree. The group is signalled even when its leader has ended, since a command's
   * background children outlive it.
   */
  static void kill(Process process, boolean group) {
    List<ProcessHandle> descendants = process.descendants().toList();
    if (group) {
      signalGroup(process.pid());
    }
    process.destroyForcibly();
    descendants.forEach(ProcessHandle::destroyForcibly);
  }

  private static void signalGroup(long leader) {
    try {
      new ProcessBuilder("kill", "-KILL", "--", "-" + leader)
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start()
          .waitFor();
    } catch (IOException e) {
      // without kill(1) the descendants are still killed one by one
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
