package dev.fixer.runner.report;

import dev.fixer.runner.FixerException;
import dev.fixer.runner.TextFiles;
import dev.fixer.runner.eval.EvalDir;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the HTML report of a run (one file), or of a batch or an evaluation: the table in the output
 * file, and each run's page in a directory beside it named after it ({@code report.html} gets
 * {@code report-files/}), which the table links to and which link back.
 */
final class HtmlReports {

  private HtmlReports() {}

  static void run(Path dir, Path output) {
    write(output, RunPage.html(RunViews.load(dir), null));
  }

  static void batch(Path path, Path output) {
    Path state = Files.isDirectory(path) ? path.resolve(BatchIndex.STATE) : path;
    com.fasterxml.jackson.databind.JsonNode json = BatchIndex.state(state);
    index(output, "Batch of " + json.path("repo").asText("?"), "label '" + json.path("label").asText("?")
        + "', state in " + state, BatchIndex.rows(state, json), false);
  }

  static void eval(Path dir, Path output) {
    index(output, "Evaluation " + dir.getFileName(), "evaluation directory " + dir, EvalIndex.rows(new EvalDir(dir)),
        true);
  }

  private static void index(Path output, String title, String about, List<IndexRow> rows, boolean evaluation) {
    String stem = output.getFileName().toString().replaceFirst("\\.html?$", "");
    Path pages = output.resolveSibling(stem + "-files");
    Map<String, String> links = new LinkedHashMap<>();
    List<IndexRow> shown = new ArrayList<>();
    for (IndexRow row : rows) {
      IndexRow kept = row;
      if (row.runDir().isPresent()) {
        try {
          write(pages.resolve(row.page()), RunPage.html(RunViews.load(row.runDir().get()), "../" + output.getFileName()));
          links.put(row.key(), pages.getFileName() + "/" + row.page());
        } catch (FixerException e) {
          kept = row.withoutRun("its run cannot be read: " + e.getMessage());
        }
      }
      shown.add(kept);
    }
    write(output, IndexPage.html(title, about, shown, links, evaluation));
  }

  private static void write(Path file, String html) {
    try {
      TextFiles.writeAtomically(file, html);
    } catch (IOException e) {
      throw FixerException.infrastructure("cannot write the report " + file + ": " + TextFiles.reason(e), e);
    }
  }
}
