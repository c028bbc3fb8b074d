package dev.fixer.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fixer.tools.verdict.Outcomes;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** What a baseline keeps, with the fields and the writing of the runner's {@code baseline.json}. */
record BaselineFile(String scope, Outcomes outcomes, boolean atVerification, long durationMs, String note) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Writes it as the runner writes its files: pretty JSON through a temporary file, synced, renamed over. */
  void save(Path file) throws IOException {
    byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this).getBytes(StandardCharsets.UTF_8);
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(true);
    }
    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
