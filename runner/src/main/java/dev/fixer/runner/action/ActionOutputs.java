package dev.fixer.runner.action;

import dev.fixer.runner.FixerException;
import dev.fixer.runner.TextFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** The step's results for the workflow: {@code $GITHUB_OUTPUT} and {@code $GITHUB_STEP_SUMMARY}. */
public final class ActionOutputs {

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  private ActionOutputs() {}

  /**
   * Appends name/value pairs, in the map's order, to the GITHUB_OUTPUT file using the multi-line
   * syntax ({@code name<<DELIM}, the value, {@code DELIM}) with a random delimiter that is in neither;
   * a no-op when the file is absent.
   *
   * @throws IllegalArgumentException for a name that is not letters, digits, '_' and '-'
   * @throws FixerException an infrastructure error naming the file when it cannot be written
   */
  public static void write(Optional<Path> outputFile, Map<String, String> outputs) {
    write(outputFile, outputs, () -> "ghadelimiter_" + UUID.randomUUID());
  }

  static void write(Optional<Path> outputFile, Map<String, String> outputs, Supplier<String> delimiters) {
    StringBuilder text = new StringBuilder();
    outputs.forEach((name, value) -> {
      if (!NAME.matcher(name).matches()) {
        throw new IllegalArgumentException("an output name is letters, digits, '_' and '-', got '" + name + "'");
      }
      String delimiter = delimiters.get();
      while (name.contains(delimiter) || value.contains(delimiter)) {
        delimiter = delimiters.get();
      }
      text.append(name).append("<<").append(delimiter).append('\n')
          .append(value).append('\n')
          .append(delimiter).append('\n');
    });
    if (outputFile.isPresent() && !outputs.isEmpty()) {
      append(outputFile.get(), text.toString(), "the step outputs");
    }
  }

  /**
   * Appends Markdown to the GITHUB_STEP_SUMMARY file, ending it with a line break so that the next
   * summary starts on a line of its own; a no-op when the file is absent.
   *
   * @throws FixerException an infrastructure error naming the file when it cannot be written
   */
  public static void appendSummary(Optional<Path> summaryFile, String markdown) {
    String text = markdown.endsWith("\n") ? markdown : markdown + "\n";
    summaryFile.ifPresent(file -> append(file, text, "the step summary"));
  }

  private static void append(Path file, String text, String what) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
          StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw FixerException.infrastructure("cannot write " + what + " to " + file + ": " + TextFiles.reason(e), e);
    }
  }
}
