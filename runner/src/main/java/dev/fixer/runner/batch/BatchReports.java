package dev.fixer.runner.batch;

import dev.fixer.runner.FixerException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes the batch report beside the state file and prints the Markdown. */
final class BatchReports {

  private BatchReports() {}

  static void write(Path dir, BatchOptions options, List<BatchEntry> entries, PrintWriter out, PrintWriter err) {
    String markdown = BatchReport.markdown(options.repo(), options.label(), entries);
    Path md = dir.resolve("report.md");
    Path json = dir.resolve("report.json");
    try {
      Files.writeString(md, markdown, StandardCharsets.UTF_8);
      Files.writeString(json, BatchReport.json(options.repo(), options.label(), entries).toPrettyString() + "\n",
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw FixerException.infrastructure("cannot write the batch report in " + dir + ": " + e.getMessage(), e);
    }
    out.print(markdown);
    out.flush();
    err.println("batch: report in " + md + " and " + json);
  }
}
