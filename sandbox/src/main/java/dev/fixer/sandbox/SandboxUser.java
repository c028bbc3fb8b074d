package dev.fixer.sandbox;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Who commands run as in a container: the user running fixer, so that files stay theirs; or, when
 * that is root, the image's user {@value #UID}, who is given the workspace and the home first.
 */
final class SandboxUser {

  static final int UID = 1000;

  private SandboxUser() {}

  /** The {@code uid:gid} to run as, after giving {@code paths} to it where needed. */
  static String prepare(Path workspace, Path home) throws IOException {
    int uid = self();
    int gid = selfGroup();
    if (uid != 0) {
      SandboxHome.prepare(home, uid, gid);
      return uid + ":" + gid;
    }
    giveTo(workspace, UID, UID);
    Files.createDirectories(home);
    giveTo(home, UID, UID);
    return UID + ":" + UID;
  }

  /** The uid fixer runs as. */
  static int self() {
    try {
      return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The gid fixer runs as. */
  static int selfGroup() {
    try {
      return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:gid");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Gives {@code root} and everything under it to {@code uid}:{@code gid}. */
  static void giveTo(Path root, int uid, int gid) throws IOException {
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        own(dir);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        own(file);
        return FileVisitResult.CONTINUE;
      }

      private void own(Path path) throws IOException {
        if ((Integer) Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS) != uid) {
          Files.setAttribute(path, "unix:uid", uid, LinkOption.NOFOLLOW_LINKS);
        }
        if ((Integer) Files.getAttribute(path, "unix:gid", LinkOption.NOFOLLOW_LINKS) != gid) {
          Files.setAttribute(path, "unix:gid", gid, LinkOption.NOFOLLOW_LINKS);
        }
      }
    });
  }
}
