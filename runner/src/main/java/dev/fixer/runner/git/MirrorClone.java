package dev.fixer.runner.git;

import dev.fixer.runner.FixerException;
import java.nio.file.Path;

/**
 * {@code git clone --bare URL DIR}: every branch and tag of the remote under its own name, and no
 * work tree; for evaluations, which check out many commits of one repository. The token goes to the
 * fetch only: {@code remote.origin.url} is the URL as given, and {@code fetch.autogc=false}, so no
 * background gc outlives the clone. A failed clone leaves {@code dir} empty.
 */
public final class MirrorClone {

  private MirrorClone() {}

  /**
   * Clones {@code remote} bare into {@code dir}.
   *
   * @param dir absent or an empty directory
   * @throws FixerException naming the remote by {@link RemoteAccess#displayUrl()}, never the token:
   *     (usage) if the remote refuses the credentials or has no repository there, or {@code dir} is
   *     not empty; (infrastructure) if it cannot be reached or the clone cannot be written
   */
  public static void run(RemoteAccess remote, Path dir) {
    RemoteClone.bare(remote, dir);
  }
}
