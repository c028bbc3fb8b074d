package dev.fixer.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A sandbox kind's own home under the cache, {@code home-docker}, {@code home-bwrap-<uid>} or
 * {@code home-local-<uid>}, so that one kind's user never owns another's files; and the check, at
 * the start of each sandbox (see {@link #prepare}), that the home and its top-level entries belong to the user the
 * commands run as.
 *
 * <p>A wrong owner is repaired where fixer may: as root by giving the tree to that user; as the
 * owner of the cache by moving the home aside (and starting a new one). Otherwise the sandbox does
 * not start: the {@link SandboxException} names the directory, its owner, and the fix.
 */
final class SandboxHome {

  /** What {@link #check} found: nothing wrong, or the first entry with a wrong owner. */
  record Problem(Path path, int owner) {}

  /** How to repair a home with a wrong owner, given who fixer is. */
  enum Repair { CHOWN, MOVE_ASIDE, NONE }

  private static final Logger LOG = LoggerFactory.getLogger(SandboxHome.class);

  private SandboxHome() {}

  static Path docker(SandboxConfig config) {
    return config.cache().resolve("home-docker");
  }

  static Path bubblewrap(SandboxConfig config) {
    return config.cache().resolve("home-bwrap-" + SandboxUser.self());
  }

  static Path local(SandboxConfig config) {
    return config.cache().resolve("home-local-" + SandboxUser.self());
  }

  /**
   * Makes {@code home} if needed and sees that it and its top-level entries belong to
   * {@code uid}:{@code gid}, repairing what fixer may.
   *
   * @throws SandboxException naming the directory, its owner and the fix when it cannot be repaired
   */
  static void prepare(Path home, int uid, int gid) {
    try {
      Files.createDirectories(home);
      Optional<Problem> problem = check(home, uid);
      if (problem.isEmpty()) {
        return;
      }
      int self = SandboxUser.self();
      int parentOwner = owner(home.getParent());
      switch (repair(self, parentOwner)) {
        case CHOWN -> {
          SandboxUser.giveTo(home, uid, gid);
          LOG.warn("gave the sandbox home " + home + " back to uid " + uid + " (" + problem.get().path()
              + " belonged to uid " + problem.get().owner() + ")");
        }
        case MOVE_ASIDE -> {
          Path aside = home.resolveSibling(home.getFileName() + ".stale-" + Instant.now().toEpochMilli());
          Files.move(home, aside, StandardCopyOption.ATOMIC_MOVE);
          Files.createDirectories(home);
          LOG.warn("moved the sandbox home " + home + " aside to " + aside + ", as " + problem.get().path()
              + " belongs to uid " + problem.get().owner() + "; a new one is filled again; delete the old one with"
              + " `sudo rm -rf " + aside + "`");
        }
        case NONE -> throw new SandboxException(refusal(home, problem.get(), uid, gid));
      }
    } catch (IOException e) {
      throw new SandboxException("cannot prepare the sandbox home " + home + ": " + e.getMessage()
          + "; fix its owner with `sudo chown -R " + uid + ":" + gid + " " + home + "`, or set FIXER_HOME to a"
          + " directory of your own", e);
    }
  }

  /** The home or the first top-level entry of it that {@code uid} does not own. */
  static Optional<Problem> check(Path home, int uid) throws IOException {
    List<Path> entries = new ArrayList<>(List.of(home));
    try (Stream<Path> children = Files.list(home)) {
      children.forEach(entries::add);
    }
    for (Path entry : entries) {
      int owner = owner(entry);
      if (owner != uid) {
        return Optional.of(new Problem(entry, owner));
      }
    }
    return Optional.empty();
  }

  /** Root may chown; the owner of the cache may move the home aside; anyone else may do neither. */
  static Repair repair(int self, int parentOwner) {
    if (self == 0) {
      return Repair.CHOWN;
    }
    return self == parentOwner ? Repair.MOVE_ASIDE : Repair.NONE;
  }

  static String refusal(Path home, Problem problem, int uid, int gid) {
    return "the sandbox home " + home + " cannot be used: " + problem.path() + " belongs to uid " + problem.owner()
        + ", but the sandbox's commands run as uid " + uid + ", and fixer may neither give it back nor move it aside;"
        + " fix it with `sudo chown -R " + uid + ":" + gid + " " + home + "`, or set FIXER_HOME to a directory of"
        + " your own";
  }

  private static int owner(Path path) throws IOException {
    return (Integer) Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS);
  }
}
