package dev.fixer.runner.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fixer.runner.FixerException;
import dev.fixer.runner.TextFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A trajectory file read as JSON lines, each with its line number, from where the last read stopped: only
 * complete lines (ended by a newline) are taken, so a file another process is still writing can be read
 * again and again. What follows the last newline is the tail: a torn line when the run was killed mid-write.
 */
final class TrajectoryFile {

  /** One event of the trajectory and its line number, counted from 1. */
  record Line(int number, JsonNode event) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private long offset;
  private int lines;
  private String tail = "";

  TrajectoryFile(Path file) {
    this.file = file;
  }

  Path path() {
    return file;
  }

  /** The complete lines written since the last call; a line that is not JSON is skipped. */
  List<Line> readNew() {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    byte[] bytes = readFrom(offset);
    int end = lastNewline(bytes);
    List<Line> read = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= end; i++) {
      if (bytes[i] == '\n') {
        lines++;
        int number = lines;
        parse(new String(bytes, start, i - start, StandardCharsets.UTF_8))
            .ifPresent(node -> read.add(new Line(number, node)));
        start = i + 1;
      }
    }
    offset += end + 1;
    tail = new String(bytes, end + 1, bytes.length - end - 1, StandardCharsets.UTF_8);
    return read;
  }

  /**
   * The last line when it has no newline after it: a complete event (a file written by hand) or empty. A
   * line that is not JSON there is a torn line, see {@link #torn()}.
   */
  List<Line> lastLine() {
    return parse(tail).map(node -> List.of(new Line(lines + 1, node))).orElse(List.of());
  }

  /** Whether the text after the last newline is an incomplete event, as a killed run leaves. */
  boolean torn() {
    return !tail.isBlank() && parse(tail).isEmpty();
  }

  private byte[] readFrom(long from) {
    try (InputStream in = Files.newInputStream(file)) {
      in.skipNBytes(from);
      return in.readAllBytes();
    } catch (IOException e) {
      throw FixerException.usage("cannot read the trajectory " + file + ": " + TextFiles.reason(e), e);
    }
  }

  private static int lastNewline(byte[] bytes) {
    for (int i = bytes.length - 1; i >= 0; i--) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static Optional<JsonNode> parse(String line) {
    if (line.isBlank()) {
      return Optional.empty();
    }
    try {
      JsonNode node = JSON.readTree(line);
      return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }
}
