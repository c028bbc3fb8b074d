package dev.fixer.tools;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fixer.core.text.OutputCap;
import dev.fixer.core.tool.Tool;
import dev.fixer.core.tool.ToolContext;
import dev.fixer.core.tool.ToolResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code edit}: replaces the one occurrence of {@code old_str} in a file with {@code new_str}, or
 * creates a file when {@code old_str} is empty. The file keeps its encoding, byte order mark, line
 * endings, final newline and permissions, and is replaced in one rename. When {@code old_str} occurs
 * never or more than once the file is left alone and the failure shows the closest lines or the
 * places it occurs.
 */
public final class EditTool implements Tool {

  static final int MAX_OUTPUT_CHARS = 20_000;
  private static final int CONTEXT_LINES = 3;
  private static final int MAX_PLACES = 20;

  private final Workspace workspace;

  public EditTool(Workspace workspace) {
    this.workspace = workspace;
  }

  @Override
  public String name() {
    return "edit";
  }

  @Override
  public String description() {
    return "Edit a file by replacing text: old_str must occur exactly once in the file, character for"
        + " character (indentation included, no line numbers), and is replaced by new_str. Include a few"
        + " surrounding lines in old_str to make it unique. To delete text, pass an empty new_str. To"
        + " create a new file, pass an empty old_str and the whole content as new_str. Use \\n for line"
        + " breaks even in files with CRLF line endings; the file keeps its line endings, encoding and final"
        + " newline. The answer shows the edited lines, numbered; if old_str is not found it shows the most"
        + " similar lines instead.";
  }

  @Override
  public JsonNode parameters() {
    return Arguments.object()
        .required("path", "string", "The file, relative to the repository root.")
        .required("old_str", "string", "The exact text to replace, occurring once; empty to create a new file.")
        .required("new_str", "string", "The text to put in its place.")
        .build();
  }

  @Override
  public ToolResult call(JsonNode arguments, ToolContext context) {
    String oldStr = arguments.get("old_str").asText();
    String newStr = arguments.get("new_str").asText();
    Path path;
    try {
      path = workspace.resolve(arguments.get("path").asText());
    } catch (RefusedPathException e) {
      return ToolResult.failure(e.getMessage());
    }
    if (oldStr.equals(newStr)) {
      return ToolResult.failure("old_str and new_str are the same, so the edit would change nothing.");
    }
    try {
      ToolResult result = edit(path, oldStr, newStr);
      String output = OutputCap.headTail(result.output(), MAX_OUTPUT_CHARS);
      return result instanceof ToolResult.Success ? ToolResult.success(output) : ToolResult.failure(output);
    } catch (IOException e) {
      String reason = String.valueOf(e).replace(workspace.root().toString(), workspace.sandboxRoot());
      return ToolResult.failure("Cannot edit '" + workspace.display(path) + "': " + reason);
    }
  }

  private ToolResult edit(Path path, String oldStr, String newStr) throws IOException {
    String name = workspace.display(path);
    if (Files.isDirectory(path)) {
      return ToolResult.failure("'" + name + "' is a directory; edit changes files.");
    }
    if (!Files.exists(path)) {
      return oldStr.isEmpty()
          ? create(path, newStr)
          : ToolResult.failure(SimilarPaths.missing(workspace, path)
              + " To create a new file, pass an empty old_str.");
    }
    if (!Files.isRegularFile(path) || Files.size(path) > TextFile.MAX_BYTES) {
      return ToolResult.failure("'" + name + "' is not a regular text file of at most " + TextFile.MAX_BYTES
          + " bytes; edit cannot change it.");
    }
    Optional<TextFile> file = TextFile.decode(Files.readAllBytes(path));
    if (file.isEmpty()) {
      return ToolResult.failure("'" + name + "' is a binary file; edit changes text files only.");
    }
    if (oldStr.isEmpty()) {
      return fill(path.toRealPath(), name, file.get(), newStr);
    }
    return replace(path.toRealPath(), name, file.get(), file.get().normalize(oldStr), file.get().normalize(newStr));
  }

  private ToolResult create(Path path, String content) throws IOException {
    Files.createDirectories(path.getParent());
    TextFile file = TextFile.create(content);
    AtomicFile.write(path, file.encode());
    return ToolResult.success("created " + workspace.display(path) + " (" + plural(Lines.count(content), "line")
        + ")");
  }

  private ToolResult fill(Path path, String name, TextFile file, String content) throws IOException {
    if (!file.text().isEmpty()) {
      return ToolResult.failure("'" + name + "' already exists and is not empty. To change it, pass as old_str"
          + " a part of it that occurs once; an empty old_str only creates files or fills empty ones.");
    }
    TextFile filled = file.withText(file.normalize(content));
    if (!filled.encodable()) {
      return unencodable(name, file);
    }
    AtomicFile.write(path, filled.encode());
    return ToolResult.success("wrote " + name + " (" + plural(Lines.count(content), "line") + "), which was empty");
  }

  private ToolResult replace(Path path, String name, TextFile file, String old, String replacement)
      throws IOException {
    String text = file.text();
    List<Integer> places = occurrences(text, old);
    if (places.isEmpty()) {
      return ToolResult.failure(ClosestMatch.explain(name, file, old, replacement));
    }
    if (places.size() > 1) {
      return ToolResult.failure(several(name, text, places));
    }
    int at = places.get(0);
    TextFile edited = file.withText(text.substring(0, at) + replacement + text.substring(at + old.length()));
    if (!edited.encodable()) {
      return unencodable(name, file);
    }
    AtomicFile.write(path, edited.encode());
    int line = Lines.numberAt(text, at);
    return ToolResult.success(summary(name, old, replacement, line) + "\n" + context(edited, line, replacement));
  }

  private static ToolResult unencodable(String name, TextFile file) {
    return ToolResult.failure("'" + name + "' is stored as " + file.charset() + ", which cannot hold some"
        + " characters of new_str; write them as escapes the language allows, or use ASCII.");
  }

  /** Where {@code old} starts in {@code text}, overlapping occurrences included; at most a few past one. */
  private static List<Integer> occurrences(String text, String old) {
    List<Integer> places = new ArrayList<>();
    for (int at = text.indexOf(old); at >= 0 && places.size() <= MAX_PLACES; at = text.indexOf(old, at + 1)) {
      places.add(at);
    }
    return places;
  }

  private static String several(String name, String text, List<Integer> places) {
    List<String> lines = places.stream().limit(MAX_PLACES).map(at -> String.valueOf(Lines.numberAt(text, at)))
        .toList();
    String more = places.size() > MAX_PLACES ? " and more" : "";
    return "old_str occurs " + places.size() + (places.size() > MAX_PLACES ? " or more" : "") + " times in '"
        + name + "', starting at lines " + String.join(", ", lines) + more + ". Include more of the"
        + " surrounding lines in old_str so that it occurs only once.";
  }

  private static String summary(String name, String old, String replacement, int line) {
    return "edited " + name + ": replaced " + plural(Lines.count(old), "line") + " with "
        + Lines.count(replacement) + " at line " + line;
  }

  private static String context(TextFile edited, int line, String replacement) {
    List<String> lines = edited.lines();
    int last = line + Math.max(1, Lines.count(replacement)) - 1;
    return Lines.numbered(lines, line - CONTEXT_LINES, last + CONTEXT_LINES, Lines.MAX_LINE_CHARS);
  }

  private static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
