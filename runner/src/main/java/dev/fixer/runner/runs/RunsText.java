package dev.fixer.runner.runs;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** {@code fixer runs} and {@code fixer clean} for people: a table, and what was removed. */
public final class RunsText {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final int TITLE = 40;

  private final ZoneId zone;

  public RunsText(ZoneId zone) {
    this.zone = zone;
  }

  /** One line per run under a heading, newest first; a sentence when there is none. */
  public String table(List<RunEntry> runs, String where) {
    if (runs.isEmpty()) {
      return "No runs in " + where + ".\n";
    }
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-16s  %-10s  %8s  %8s  %-" + TITLE
        + "s  %s%n", "STARTED", "STATUS", "COST", "SIZE", "ISSUE", "DIRECTORY"));
    for (RunEntry run : runs) {
      text.append(String.format(Locale.ROOT, "%-16s  %-10s  %8s  %8s  %-" + TITLE + "s  %s%n",
          TIME.format(run.started().atZone(zone)), run.outcome().words(),
          run.costUsd().map(cost -> String.format(Locale.ROOT, "$%.2f", cost)).orElse("-"),
          DiskUsage.human(run.bytes()), shorten(run.issue()), run.dir()));
    }
    return text.toString();
  }

  /** What was removed and the space freed, or on a dry run what would be; then what stayed and why. */
  public String cleanup(Cleanup cleanup) {
    StringBuilder text = new StringBuilder();
    String verb = cleanup.dryRun() ? "would remove " : "removed ";
    cleanup.removed().forEach(run -> text.append(verb).append(run.dir()).append(" (").append(run.issue())
        .append(", ").append(run.outcome().words()).append(", ").append(DiskUsage.human(run.bytes())).append(")\n"));
    cleanup.kept().forEach(kept -> text.append("kept ").append(kept.run().dir()).append(": ").append(kept.reason())
        .append(" (--force removes it)\n"));
    cleanup.failed().forEach(failed -> text.append("could not remove ").append(failed.run().dir()).append(": ")
        .append(failed.error()).append('\n'));
    int count = cleanup.removed().size();
    text.append(cleanup.dryRun() ? "Would remove " : "Removed ").append(count).append(count == 1 ? " run" : " runs")
        .append(cleanup.dryRun() ? ", freeing " : ", freed ").append(DiskUsage.human(cleanup.freedBytes()))
        .append(".\n");
    return text.toString();
  }

  private static String shorten(String text) {
    String line = text.strip().replaceAll("\\s+", " ");
    return line.length() <= TITLE ? line : line.substring(0, TITLE - 3) + "...";
  }
}
