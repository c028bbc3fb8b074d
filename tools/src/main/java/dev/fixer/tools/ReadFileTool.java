package dev.fixer.tools;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fixer.core.text.OutputCap;
import dev.fixer.core.tool.Tool;
import dev.fixer.core.tool.ToolContext;
import dev.fixer.core.tool.ToolResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code read_file}: a text file of the repository as numbered lines, a window at a time. A long
 * file shows its first {@value #DEFAULT_LINES} lines and says how to read on; long lines are cut.
 * Binary files, paths outside the repository and {@code .git} are refused; a missing file gets
 * suggestions, a directory its entries.
 */
public final class ReadFileTool implements Tool {

  static final int DEFAULT_LINES = 400;
  static final int MAX_WINDOW_CHARS = 18_000;
  static final int MAX_OUTPUT_CHARS = 20_000;

  private final Workspace workspace;

  public ReadFileTool(Workspace workspace) {
    this.workspace = workspace;
  }

  @Override
  public String name() {
    return "read_file";
  }

  @Override
  public String description() {
    return "Read a text file of the repository. Lines come numbered (number, tab, text); the numbers are"
        + " not part of the file, so leave them out of edit's old_str. Without start_line/end_line it shows"
        + " the first " + DEFAULT_LINES + " lines, and a note at the end says how to read on. At most about "
        + MAX_WINDOW_CHARS + " characters come back per call, and lines over " + Lines.MAX_LINE_CHARS
        + " characters are cut. Read the part you need (find it first with a search) rather than whole large"
        + " files. Binary files are refused; for a directory use list_files.";
  }

  @Override
  public JsonNode parameters() {
    return Arguments.object()
        .required("path", "string", "The file, relative to the repository root, e.g. src/main/App.java.")
        .optional("start_line", "integer", "The first line to show, from 1. Default 1.")
        .optional("end_line", "integer", "The last line to show, inclusive. Default: start_line + "
            + (DEFAULT_LINES - 1) + ".")
        .build();
  }

  @Override
  public ToolResult call(JsonNode arguments, ToolContext context) {
    String given = arguments.get("path").asText();
    Path path;
    try {
      path = workspace.resolve(given);
    } catch (RefusedPathException e) {
      return ToolResult.failure(e.getMessage());
    }
    if (Files.isDirectory(path)) {
      return ToolResult.failure("'" + workspace.display(path) + "' is a directory, not a file. Its entries"
          + " (list_files shows more levels):\n" + DirectoryTree.read(workspace, path, 1, 200).render());
    }
    if (!Files.exists(path)) {
      return ToolResult.failure(SimilarPaths.missing(workspace, path));
    }
    if (!Files.isRegularFile(path)) {
      return ToolResult.failure("'" + workspace.display(path) + "' is not a regular file.");
    }
    try {
      return read(path, arguments);
    } catch (IOException e) {
      String reason = String.valueOf(e).replace(workspace.root().toString(), workspace.sandboxRoot());
      return ToolResult.failure("Cannot read '" + workspace.display(path) + "': " + reason);
    }
  }

  private ToolResult read(Path path, JsonNode arguments) throws IOException {
    String name = workspace.display(path);
    long size = Files.size(path);
    if (size > TextFile.MAX_BYTES) {
      return ToolResult.failure("'" + name + "' has " + size + " bytes, too many to read; search it for the"
          + " part you need, or show a part with a command such as sed -n '100,200p' " + name + ".");
    }
    Optional<TextFile> file = TextFile.decode(Files.readAllBytes(path));
    if (file.isEmpty()) {
      return ToolResult.failure("'" + name + "' is a binary file (" + size + " bytes); read_file shows text"
          + " only.");
    }
    if (file.get().text().isEmpty()) {
      return ToolResult.success("'" + name + "' is empty.");
    }
    return window(name, file.get(), arguments);
  }

  private ToolResult window(String name, TextFile file, JsonNode arguments) {
    List<String> lines = file.lines();
    int start = Arguments.intOr(arguments, "start_line", 1);
    boolean endGiven = arguments.hasNonNull("end_line");
    int end = Arguments.intOr(arguments, "end_line", start + DEFAULT_LINES - 1);
    if (start < 1) {
      return ToolResult.failure("start_line must be 1 or more; got " + start + ".");
    }
    if (start > lines.size()) {
      return ToolResult.failure("'" + name + "' has " + lines.size() + " lines, so start_line " + start
          + " is past its end. Pass a start_line from 1 to " + lines.size() + ".");
    }
    if (end < start) {
      return ToolResult.failure("end_line " + end + " is before start_line " + start + ".");
    }
    end = Math.min(end, lines.size());
    StringBuilder out = new StringBuilder();
    int shown = numberLines(lines, start, end, out);
    out.append(notes(file, lines.size(), start, shown, endGiven && shown < end));
    return ToolResult.success(OutputCap.headTail(out.toString(), MAX_OUTPUT_CHARS));
  }

  /** Appends lines {@code start} to {@code end} while they fit; the number of the last one appended. */
  private static int numberLines(List<String> lines, int start, int end, StringBuilder out) {
    int width = Lines.width(end);
    int shown = start - 1;
    for (int number = start; number <= end; number++) {
      String row = Lines.row(number, width, lines.get(number - 1), Lines.MAX_LINE_CHARS);
      if (number > start && out.length() + row.length() > MAX_WINDOW_CHARS) {
        break;
      }
      out.append(row);
      shown = number;
    }
    return shown;
  }

  private static String notes(TextFile file, int total, int start, int shown, boolean cutShort) {
    StringBuilder notes = new StringBuilder();
    if (shown < total) {
      notes.append("[lines ").append(start).append('-').append(shown).append(" of ").append(total)
          .append(cutShort ? " (the rest did not fit in one call)" : "")
          .append("; call read_file with start_line=").append(shown + 1).append(" to read on]\n");
    } else if (start > 1) {
      notes.append("[lines ").append(start).append('-').append(shown).append(" of ").append(total)
          .append(": the end of the file]\n");
    }
    if (file.latin1()) {
      notes.append("[the file is not valid UTF-8; it was read as ISO-8859-1, and edit keeps that encoding]\n");
    }
    return notes.toString();
  }
}
