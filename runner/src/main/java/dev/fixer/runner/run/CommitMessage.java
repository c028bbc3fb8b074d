package dev.fixer.runner.run;

import dev.fixer.tools.verdict.Verdict;
import java.util.Locale;

/**
 * The fix's commit message: the issue's title and number as the subject, the model's summary, how the
 * tests changed against the baseline (or that nothing shows the fix, for an unverified change),
 * {@code Fixes #N} where the number is known, and a trailer naming fixer.
 */
final class CommitMessage {

  static final String VERSION = "0.1.0";
  private static final int SUBJECT_MAX = 72;
  private static final int SUMMARY_MAX = 4000;

  private CommitMessage() {}

  static String of(RunRecord record, String summary, Verification verification, String model) {
    String number = record.issueNumber().isPresent() ? " (#" + record.issueNumber().getAsInt() + ")" : "";
    String title = record.issue().title().strip().replaceAll("\\s+", " ");
    int room = SUBJECT_MAX - number.length();
    String subject = (title.length() > room ? title.substring(0, room - 1) + "…" : title) + number;
    StringBuilder text = new StringBuilder(subject).append("\n\n");
    String body = summary.strip();
    if (!body.isEmpty()) {
      text.append(body.length() > SUMMARY_MAX ? body.substring(0, SUMMARY_MAX) + "\n[…]" : body).append("\n\n");
    }
    Verdict verdict = verification.verdict();
    boolean followUp = verdict.reason().startsWith(Verdict.FOLLOW_UP_RULE);
    text.append(verdict.status() == Verdict.Status.FIXED ? "Verified by fixer" + (followUp ? " (" + verdict.reason()
        + ")" : "") + " with " : "Not verified by fixer ("
        + verdict.reason() + "); it ran ").append(verification.scope());
    verification.run().report().ifPresent(report -> text.append(String.format(Locale.ROOT, " (%d run, %d failed)",
        report.run(), report.failed() + report.errors())));
    text.append(":\n");
    verdict.lines().forEach(line -> text.append("- ").append(line).append('\n'));
    text.append('\n');
    if (record.issueNumber().isPresent()) {
      text.append("Fixes #").append(record.issueNumber().getAsInt()).append("\n\n");
    }
    text.append("Generated-by: fixer ").append(VERSION).append(" (").append(model).append(")\n");
    return text.toString();
  }
}
