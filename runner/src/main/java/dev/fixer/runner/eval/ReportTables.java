package dev.fixer.runner.eval;

import static dev.fixer.runner.eval.ReportMarkdown.dollars;
import static dev.fixer.runner.eval.ReportMarkdown.none;
import static dev.fixer.runner.eval.ReportMarkdown.number;
import static dev.fixer.runner.eval.ReportMarkdown.percent;
import static dev.fixer.runner.eval.ReportMarkdown.table;
import static dev.fixer.runner.eval.ReportMarkdown.time;
import static dev.fixer.runner.eval.ReportMarkdown.tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tables of {@code report.md}. Before any instance is scored they leave out the scoring's columns.
 */
final class ReportTables {

  private ReportTables() {}

  static String repos(Map<String, ReportSummary> repos, boolean scored) {
    List<String> header = new ArrayList<>(List.of("Repository", "Instances"));
    header.addAll(scored ? List.of("Scored", "Resolved", "Rate", "Errors", "False fixed")
        : List.of("Inferred", "Fixed"));
    header.addAll(List.of("Tokens", "Cost", "Time", "Median steps", "Median cost", "Median time"));
    List<List<String>> rows = new ArrayList<>();
    repos.forEach((repo, s) -> {
      List<String> cells = new ArrayList<>(List.of(repo, String.valueOf(s.instances())));
      cells.addAll(scored ? List.of(String.valueOf(s.scored()), String.valueOf(s.resolved()), percent(s.rate()),
          String.valueOf(s.scoreErrors()), s.falseFixed() + " of " + s.saidFixed())
          : List.of(String.valueOf(s.inferred()), String.valueOf(s.fixed())));
      cells.addAll(List.of(tokens(s.uncachedTokens() + s.cachedTokens() + s.completionTokens()), dollars(s.costUsd()),
          time(s.wallMs()), number(s.medianSteps()), dollars(s.medianCostUsd()), time(s.medianWallMs())));
      rows.add(cells);
    });
    return table(header, align(2, header.size()), rows);
  }

  static String instances(List<ReportRow> rows, boolean scored) {
    List<String> header = new ArrayList<>(List.of("Instance", "Repository"));
    header.addAll(scored ? List.of("Resolved", "F2P", "P2P", "Fixer", "Agreement") : List.of("Fixer"));
    header.addAll(List.of("Steps", "Uncached tokens", "Cached tokens", "Cost", "Time"));
    List<List<String>> cells = new ArrayList<>();
    for (ReportRow row : rows) {
      List<String> line = new ArrayList<>(List.of(row.instance().instanceId(), row.instance().repo()));
      if (scored) {
        line.addAll(List.of(resolved(row), tests(row, true), tests(row, false), fixer(row), agreement(row)));
      } else {
        line.add(fixer(row));
      }
      line.addAll(row.inference().map(record -> List.of(String.valueOf(record.steps()), tokens(row.uncachedTokens()),
          tokens(row.cachedTokens()), dollars(record.costUsd()), time(record.wallMs())))
          .orElse(List.of(none(), none(), none(), none(), none())));
      cells.add(line);
    }
    return table(header, align(scored ? 7 : 3, header.size()), cells);
  }

  private static String resolved(ReportRow row) {
    return row.score().map(score -> switch (score.status()) {
      case ScoreRecord.RESOLVED -> "yes";
      case ScoreRecord.UNRESOLVED -> "no";
      default -> score.status();
    }).orElse(none());
  }

  private static String tests(ReportRow row, boolean failToPass) {
    return row.score().filter(score -> row.judged()).map(score -> {
      List<String> passed = failToPass ? score.failToPassPassed() : score.passToPassPassed();
      List<String> failed = failToPass ? score.failToPassFailed() : score.passToPassFailed();
      return passed.size() + "/" + (passed.size() + failed.size());
    }).orElse(none());
  }

  private static String fixer(ReportRow row) {
    if (row.notRun()) {
      return "not run";
    }
    return row.inference().map(record -> record.status().toLowerCase(Locale.ROOT).replace('_', ' ')).orElse(none());
  }

  private static String agreement(ReportRow row) {
    return row.agreement().map(agreement -> agreement == ReportRow.Agreement.FALSE_FIXED
        ? "**false fixed**" : agreement.label()).orElse(none());
  }

  /** The first {@code textColumns} columns aligned left, the others right. */
  private static String align(int textColumns, int columns) {
    StringBuilder out = new StringBuilder("|");
    for (int i = 0; i < columns; i++) {
      out.append(i < textColumns ? "---|" : "---:|");
    }
    return out.toString();
  }
}
