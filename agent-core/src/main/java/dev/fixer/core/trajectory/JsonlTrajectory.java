package dev.fixer.core.trajectory;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fixer.core.agent.AgentEvent;
import dev.fixer.core.agent.Trajectory;
import dev.fixer.core.text.Redactor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A trajectory in a JSON Lines file: one event a line, {@code type}, {@code time} and
 * {@code elapsed_ms} first, snake_case fields, secrets redacted. Each event is written through to the
 * file at once, and {@link #sync()} forces it to disk. A last line torn by a crash is dropped when the
 * file is opened again.
 */
public final class JsonlTrajectory implements Trajectory {

  private static final ObjectMapper JSON = JsonMapper.builder()
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
      // a hand-written "assistant" line may leave out the message's "role": the field's type says it
      .configure(MapperFeature.REQUIRE_TYPE_ID_FOR_SUBTYPES, false)
      .build();

  private final Path file;
  private final FileOutputStream out;
  private final Redactor redactor;
  private final List<Entry> recorded;

  private JsonlTrajectory(Path file, FileOutputStream out, Redactor redactor, List<Entry> recorded) {
    this.file = file;
    this.out = out;
    this.redactor = redactor;
    this.recorded = List.copyOf(recorded);
  }

  /**
   * A new trajectory at {@code file}; its directory is created if needed.
   *
   * @throws IOException if the file cannot be created, or already holds a run
   */
  public static JsonlTrajectory create(Path file, Redactor redactor) throws IOException {
    if (Files.exists(file) && Files.size(file) > 0) {
      throw new IOException("the trajectory " + file + " already holds a run: resume it, or choose another file");
    }
    createParent(file);
    return new JsonlTrajectory(file, new FileOutputStream(file.toFile(), true), redactor, List.of());
  }

  /**
   * An existing trajectory, opened to be resumed: what it holds is read, and new events are
   * appended.
   *
   * @throws IOException if it cannot be read, or a line other than the last is not an event
   */
  public static JsonlTrajectory open(Path file, Redactor redactor) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("there is no trajectory at " + file);
    }
    List<Entry> entries = read(file, Tail.REPAIR);
    return new JsonlTrajectory(file, new FileOutputStream(file.toFile(), true), redactor, entries);
  }

  /**
   * Reads a trajectory without opening it for writing.
   *
   * @throws IOException if it cannot be read, or a line other than the last is not an event
   */
  public static List<Entry> read(Path file) throws IOException {
    return read(file, Tail.SKIP);
  }

  /**
   * Reads a file in which every line must be an event, the last one included: one written by hand,
   * where a bad last line is a mistake rather than a crash.
   */
  static List<Entry> readStrictly(Path file) throws IOException {
    return read(file, Tail.REFUSE);
  }

  public Path file() {
    return file;
  }

  @Override
  public void record(AgentEvent event, long elapsedMs) {
    try {
      out.write((redactor.redact(line(event, elapsedMs)) + "\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("could not write to the trajectory " + file + ": " + e.getMessage(), e);
    }
  }

  /** Forces the file to disk; unlike a channel's force, not undone by an interrupted thread. */
  @Override
  public void sync() {
    try {
      out.getFD().sync();
    } catch (IOException e) {
      throw new UncheckedIOException("could not sync the trajectory " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public List<Entry> recorded() {
    return recorded;
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("could not close the trajectory " + file, e);
    }
  }

  static String line(AgentEvent event, long elapsedMs) {
    ObjectNode fields = JSON.valueToTree(event);
    ObjectNode line = JSON.createObjectNode();
    line.set("type", fields.remove("type"));
    line.put("time", Instant.now().toString());
    line.put("elapsed_ms", elapsedMs);
    line.setAll(fields);
    return line.toString();
  }

  private static List<Entry> read(Path file, Tail tail) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String text = new String(bytes, StandardCharsets.UTF_8);
    String[] lines = text.split("\n", -1);
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      boolean last = i == lines.length - 1;
      try {
        JsonNode node = JSON.readTree(lines[i]);
        entries.add(new Entry(JSON.treeToValue(node, AgentEvent.class), node.path("elapsed_ms").asLong()));
      } catch (JsonProcessingException e) {
        if (!last || tail == Tail.REFUSE) {
          throw new IOException("line " + (i + 1) + " of the trajectory " + file + " is not an event: "
              + e.getOriginalMessage(), e);
        }
        if (tail == Tail.REPAIR) {
          truncate(file, bytes.length - lines[i].getBytes(StandardCharsets.UTF_8).length);
        }
      }
    }
    return entries;
  }

  /** What to do with a last line that is not an event, as a crash mid-write leaves behind. */
  private enum Tail { SKIP, REPAIR, REFUSE }

  private static void truncate(Path file, long size) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.truncate(size);
    }
  }

  private static void createParent(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
  }
}
