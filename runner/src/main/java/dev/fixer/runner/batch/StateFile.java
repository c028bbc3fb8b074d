package dev.fixer.runner.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fixer.runner.FixerException;
import dev.fixer.runner.TextFiles;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The file under a {@link BatchState}: its lock beside it ({@code <file>.lock}, left in place, as
 * removing it would let two batches lock different files), reads, and writes through a temporary
 * file ({@code <file>.tmp}) that is synced and then renamed over it.
 */
final class StateFile {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;

  StateFile(Path file) {
    this.file = file.toAbsolutePath().normalize();
  }

  Path path() {
    return file;
  }

  Path lockPath() {
    return file.resolveSibling(file.getFileName() + ".lock");
  }

  /**
   * Takes the lock without waiting; closing the returned channel releases it.
   *
   * @throws FixerException a usage error when another batch holds it or it cannot be made
   */
  FileChannel lock() {
    FileChannel channel = null;
    try {
      Files.createDirectories(file.getParent());
      channel = FileChannel.open(lockPath(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock != null) {
        return channel;
      }
    } catch (OverlappingFileLockException e) {
      // held by another batch in this process: reported below like one in another process
    } catch (IOException e) {
      closeQuietly(channel);
      throw FixerException.usage("cannot lock the batch state file " + file + " (" + TextFiles.reason(e)
          + "): choose a state file in a directory you can write", e);
    }
    closeQuietly(channel);
    throw FixerException.usage("another fixer batch uses the state file " + file + " (it holds " + lockPath()
        + "): wait until it ends, or give this batch another state file");
  }

  static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // closing the channel releases the lock; nothing is left to do when even that fails
      }
    }
  }

  boolean exists() {
    return Files.exists(file);
  }

  /** @throws FixerException a usage error naming the file and saying to move it away */
  JsonNode read() {
    try {
      JsonNode root = JSON.readTree(TextFiles.decodeUtf8(Files.readAllBytes(file)));
      if (root == null || !root.isObject()) {
        throw unreadable("it holds no JSON object", null);
      }
      return root;
    } catch (JsonProcessingException e) {
      throw unreadable("it is not JSON: " + TextFiles.oneLine(String.valueOf(e.getOriginalMessage())), e);
    } catch (IOException e) {
      throw unreadable(TextFiles.reason(e), e);
    }
  }

  FixerException unreadable(String reason, Throwable cause) {
    return FixerException.usage("cannot read the batch state file " + file + " (" + reason + "): move it away to"
        + " start the batch afresh", cause);
  }

  /** Replaces the file with {@code text} at once: a reader sees the old content or the new, never a part. */
  void write(String text) {
    try {
      TextFiles.writeAtomically(file, text);
    } catch (IOException e) {
      throw FixerException.infrastructure("cannot write the batch state file " + file + ": " + TextFiles.reason(e), e);
    }
  }
}
