package dev.fixer.runner.eval;

import dev.fixer.runner.TextFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code report.md}: the summary, a table by repository, a table of the instances, the skipped lines. */
final class ReportMarkdown {

  private static final String NONE = "—";

  private ReportMarkdown() {}

  static String render(EvalReport report) {
    ReportSummary summary = report.summary();
    boolean scored = summary.scored() > 0;
    StringBuilder out = new StringBuilder();
    Dataset dataset = report.dataset();
    out.append("# fixer eval: ").append(cell(dataset.path().getFileName().toString())).append("\n\n");
    out.append("Dataset `").append(dataset.path()).append("` (sha256 ").append(dataset.sha256(), 0, 12)
        .append("…), ").append(instances(dataset.instances().size()))
        .append(report.shard().map(shard -> ", shard " + shard).orElse("")).append(".\n\n");
    out.append(headline(summary)).append("\n\n").append(fixerLine(summary)).append("\n\n");
    out.append(totalsLine(summary)).append("\n\n");
    out.append("## By repository\n\n").append(ReportTables.repos(report.repos(), scored)).append('\n');
    out.append("## Instances\n\n").append(ReportTables.instances(report.rows(), scored));
    if (!dataset.invalid().isEmpty()) {
      out.append("\n## Skipped dataset lines\n\n");
      dataset.invalid().forEach(line -> out.append("- line ").append(line.line()).append(": ")
          .append(TextFiles.oneLine(line.reason())).append('\n'));
    }
    return out.toString();
  }

  private static String headline(ReportSummary s) {
    String notRun = s.notRun() > 0 ? " · " + s.notRun() + " not run" : "";
    if (s.scored() == 0) {
      return "**Not scored yet: run fixer eval score.** " + s.inferred() + " of " + instances(s.instances())
          + " inferred" + notRun;
    }
    return "**Resolved: " + s.resolved() + " of " + s.scored() + " scored (" + percent(s.rate()) + ")** · "
        + s.unresolved() + " unresolved · " + s.scoreErrors() + " error" + notRun;
  }

  private static String fixerLine(ReportSummary s) {
    if (s.inferred() == 0) {
      return "Fixer did not run here: the scored patches come from elsewhere (a predictions file, gold or empty).";
    }
    String verdicts = "Fixer said: " + s.fixed() + " fixed, " + s.notFixed() + " not fixed, " + s.unverified()
        + " unverified, " + s.inferenceErrors() + " error";
    if (s.scored() == 0) {
      return verdicts + ".";
    }
    return verdicts + " · false \"fixed\": " + s.falseFixed() + " of " + s.saidFixed() + " scored ("
        + percent(s.falseFixedRate()) + ") · missed: " + s.missed() + ".";
  }

  private static String totalsLine(ReportSummary s) {
    return "**Totals:** " + tokens(s.uncachedTokens()) + " uncached, " + tokens(s.cachedTokens()) + " cached and "
        + tokens(s.completionTokens()) + " completion tokens · " + dollars(s.costUsd()) + " · " + time(s.wallMs())
        + " of inference, " + time(s.scoreWallMs()) + " of scoring\n\n**Medians:** " + number(s.medianSteps())
        + " steps · " + dollars(s.medianCostUsd()) + " · " + time(s.medianWallMs()) + " · "
        + (s.medianTokens() == null ? NONE : tokens(Math.round(s.medianTokens()))) + " tokens";
  }

  /** "1 instance", "2 instances". */
  static String instances(int count) {
    return count + (count == 1 ? " instance" : " instances");
  }

  /** {@code text} fit for a table cell: on one line, with its pipes and backslashes escaped. */
  static String cell(String text) {
    return TextFiles.oneLine(text).replace("\\", "\\\\").replace("|", "\\|");
  }

  static String row(List<String> cells) {
    List<String> escaped = new ArrayList<>();
    cells.forEach(cell -> escaped.add(cell(cell)));
    return "| " + String.join(" | ", escaped) + " |\n";
  }

  static String percent(Double ratio) {
    return ratio == null ? NONE : String.format(Locale.ROOT, "%.1f%%", ratio * 100);
  }

  static String tokens(long count) {
    return String.format(Locale.ROOT, "%,d", count);
  }

  static String dollars(Double usd) {
    return usd == null ? NONE : String.format(Locale.ROOT, "$%.2f", usd);
  }

  static String number(Double value) {
    if (value == null) {
      return NONE;
    }
    return value == Math.rint(value) ? String.valueOf(value.longValue()) : String.format(Locale.ROOT, "%.1f", value);
  }

  static String time(Double ms) {
    return ms == null ? NONE : time(Math.round(ms));
  }

  static String time(long ms) {
    long seconds = ms / 1000;
    if (seconds >= 3600) {
      return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
    return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
  }

  static String none() {
    return NONE;
  }

  static String table(List<String> header, String align, List<List<String>> rows) {
    StringBuilder out = new StringBuilder("| " + String.join(" | ", header) + " |\n" + align + "\n");
    rows.forEach(cells -> out.append(row(cells)));
    return out.toString();
  }
}
