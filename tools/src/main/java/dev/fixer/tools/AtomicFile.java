package dev.fixer.tools;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file whole or not at all: the bytes go to a temporary file beside it, which then replaces
 * it in one rename. An existing file's permissions (its executable bit) carry over.
 */
final class AtomicFile {

  private AtomicFile() {}

  /** Replaces or creates {@code target}; its parent directory must exist. */
  static void write(Path target, byte[] bytes) throws IOException {
    Path temp = target.resolveSibling("." + target.getFileName() + ".fixer-" + UUID.randomUUID() + ".tmp");
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      if (Files.exists(target)) {
        copyPermissions(target, temp);
      }
      move(temp, target);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static void copyPermissions(Path from, Path to) throws IOException {
    try {
      Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
    } catch (UnsupportedOperationException e) {
      to.toFile().setExecutable(from.toFile().canExecute());
    }
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
