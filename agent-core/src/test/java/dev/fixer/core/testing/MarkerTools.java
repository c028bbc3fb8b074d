package dev.fixer.core.testing;

import dev.fixer.core.tool.ToolResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/** Tools that leave a line in a file each time they run, so a test can count runs across processes. */
public final class MarkerTools {

  private MarkerTools() {}

  /** {@code write_marker {name}}: appends {@code ran <name>}. */
  public static ScriptedTool marker(Path marks) {
    return new ScriptedTool("write_marker",
        "{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"}},\"required\":[\"name\"]}",
        args -> {
          mark(marks, "ran " + args.get("name").asText());
          return ToolResult.success("marked " + args.get("name").asText());
        });
  }

  /** {@code hang {}}: appends {@code hang started}, then blocks for good if {@code block}. */
  public static ScriptedTool hang(Path marks, boolean block) {
    return new ScriptedTool("hang", "{\"type\":\"object\",\"properties\":{}}", args -> {
      mark(marks, "hang started");
      if (block) {
        Thread.sleep(Long.MAX_VALUE);
      }
      return ToolResult.success("hang finished");
    });
  }

  public static List<String> marks(Path marks) {
    try {
      return Files.exists(marks) ? Files.readAllLines(marks) : List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void mark(Path marks, String line) {
    try {
      Files.writeString(marks, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND,
          StandardOpenOption.SYNC);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
