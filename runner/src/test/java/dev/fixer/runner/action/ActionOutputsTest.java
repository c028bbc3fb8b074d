package dev.fixer.runner.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fixer.runner.ExitCodes;
import dev.fixer.runner.FixerException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActionOutputsTest {

  @TempDir
  Path dir;

  private Path file() {
    return dir.resolve("output");
  }

  /** Reads a GITHUB_OUTPUT file as the runner does: name=value lines and name<<DELIMITER blocks. */
  private Map<String, String> parse(Path file) throws IOException {
    Map<String, String> outputs = new LinkedHashMap<>();
    Deque<String> lines = new ArrayDeque<>(List.of(Files.readString(file).split("\n", -1)));
    while (!lines.isEmpty()) {
      String line = lines.pop();
      if (line.isEmpty()) {
        continue;
      }
      int heredoc = line.indexOf("<<");
      assertThat(heredoc).as("a name<<DELIMITER line, got '%s'", line).isPositive();
      String delimiter = line.substring(heredoc + 2);
      StringBuilder value = new StringBuilder();
      for (String next = lines.pop(); !next.equals(delimiter); next = lines.pop()) {
        value.append(value.length() == 0 ? "" : "\n").append(next);
      }
      outputs.put(line.substring(0, heredoc), value.toString());
    }
    return outputs;
  }

  @Test
  void multiLineValuesRoundTripThroughTheDelimiterSyntax() throws IOException {
    Map<String, String> outputs = new LinkedHashMap<>();
    outputs.put("status", "done");
    outputs.put("pr_url", "https://github.com/octo-org/widgets/pull/13");
    outputs.put("summary", "line one\nEOF\nname<<EOF\n\nlast line");
    outputs.put("empty", "");

    ActionOutputs.write(Optional.of(file()), outputs);

    assertThat(parse(file())).containsExactlyEntriesOf(outputs);
  }

  @Test
  void aDelimiterFoundInTheValueIsReplacedByAnother() throws IOException {
    Deque<String> delimiters = new ArrayDeque<>(List.of("EOF", "EOF_2"));

    ActionOutputs.write(Optional.of(file()), Map.of("notes", "before\nEOF\nafter"), delimiters::pop);

    assertThat(Files.readString(file())).isEqualTo("notes<<EOF_2\nbefore\nEOF\nafter\nEOF_2\n");
    assertThat(parse(file())).containsExactly(Map.entry("notes", "before\nEOF\nafter"));
  }

  @Test
  void outputsAreAppendedToWhatEarlierStepsWrote() throws IOException {
    Files.writeString(file(), "earlier<<X\nkept\nX\n");

    ActionOutputs.write(Optional.of(file()), Map.of("status", "done"));
    ActionOutputs.write(Optional.of(file()), Map.of("pr_url", "https://github.com/o/n/pull/1"));

    assertThat(parse(file())).containsExactly(Map.entry("earlier", "kept"), Map.entry("status", "done"),
        Map.entry("pr_url", "https://github.com/o/n/pull/1"));
  }

  @Test
  void anOutputNameThatWouldBreakTheSyntaxIsABug() {
    assertThatThrownBy(() -> ActionOutputs.write(Optional.of(file()), Map.of("pr<<url", "x")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'pr<<url'");
    assertThat(file()).doesNotExist();
  }

  @Test
  void withoutTheFilesNothingIsWritten() throws IOException {
    ActionOutputs.write(Optional.empty(), Map.of("status", "done"));
    ActionOutputs.appendSummary(Optional.empty(), "# fixer");

    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void theSummaryIsAppendedEachPartOnItsOwnLine() throws IOException {
    Path summary = dir.resolve("summary.md");
    Files.writeString(summary, "## Earlier step\n");

    ActionOutputs.appendSummary(Optional.of(summary), "## fixer\n\n| status | done |");
    ActionOutputs.appendSummary(Optional.of(summary), "Run: https://github.com/o/n/actions/runs/1\n");

    assertThat(summary).hasContent(
        "## Earlier step\n## fixer\n\n| status | done |\nRun: https://github.com/o/n/actions/runs/1\n");
  }

  @Test
  void aFileThatCannotBeWrittenIsAnInfrastructureErrorNamingIt() {
    Path missingDir = dir.resolve("no-such-dir").resolve("output");

    assertThatThrownBy(() -> ActionOutputs.write(Optional.of(missingDir), Map.of("status", "done")))
        .isInstanceOf(FixerException.class)
        .hasMessage("cannot write the step outputs to " + missingDir + ": it does not exist")
        .extracting(e -> ((FixerException) e).exitCode()).isEqualTo(ExitCodes.INFRASTRUCTURE);
    assertThatThrownBy(() -> ActionOutputs.appendSummary(Optional.of(dir), "# fixer"))
        .isInstanceOf(FixerException.class)
        .hasMessageStartingWith("cannot write the step summary to " + dir + ": ");
  }
}
