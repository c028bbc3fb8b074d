package dev.fixer.runner.batch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fixer.runner.TextFiles;
import dev.fixer.runner.batch.BatchEntry.Status;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report at the end of a batch, for people (Markdown) and for programs (JSON): each issue's
 * status, pull request, steps, tokens, cost and time, by number, then the totals. Tokens in the
 * Markdown are prompt plus completion; the JSON gives them apart.
 */
public final class BatchReport {

  private static final Pattern PULL = Pattern.compile(".*/pull/(\\d+)/?");

  private BatchReport() {}

  /** A heading, a table of the issues, a totals line, and why each issue that was not fixed was not. */
  public static String markdown(String repo, String label, List<BatchEntry> entries) {
    List<BatchEntry> sorted = byNumber(entries);
    StringBuilder out = new StringBuilder();
    out.append("# fixer batch: ").append(repo).append(", label \"").append(cell(label)).append("\"\n\n");
    if (sorted.isEmpty()) {
      out.append("No issues.\n\n");
    } else {
      out.append("| # | Title | Status | Pull request | Steps | Tokens | Cost | Time |\n");
      out.append("|---:|---|---|---|---:|---:|---:|---:|\n");
      sorted.forEach(entry -> out.append(row(entry)));
      out.append('\n');
    }
    out.append(totalsLine(BatchTotals.of(sorted))).append('\n');
    List<BatchEntry> explained = sorted.stream()
        .filter(entry -> entry.status() != Status.FIXED && !entry.reason().isBlank()).toList();
    if (!explained.isEmpty()) {
      out.append("\n## Why not fixed\n\n");
      explained.forEach(entry -> out.append("- #").append(entry.number()).append(' ').append(status(entry.status()))
          .append(": ").append(TextFiles.oneLine(entry.reason())).append('\n'));
    }
    return out.toString();
  }

  private static String row(BatchEntry entry) {
    return "| " + entry.number() + " | " + cell(entry.title()) + " | " + status(entry.status()) + " | "
        + entry.prUrl().map(BatchReport::link).orElse("—") + " | " + entry.steps() + " | "
        + tokens(entry.promptTokens() + entry.completionTokens()) + " | " + dollars(entry.costUsd()) + " | "
        + time(entry.elapsedMs()) + " |\n";
  }

  private static String totalsLine(BatchTotals totals) {
    List<String> counts = new ArrayList<>();
    for (Status status : Status.values()) {
      if (totals.count(status) > 0) {
        counts.add(totals.count(status) + " " + status(status));
      }
    }
    return "**Total:** " + totals.issues() + (totals.issues() == 1 ? " issue" : " issues")
        + (counts.isEmpty() ? "" : " (" + String.join(", ", counts) + ")") + " · "
        + tokens(totals.promptTokens() + totals.completionTokens()) + " tokens (" + tokens(totals.promptTokens())
        + " prompt, " + tokens(totals.cachedTokens()) + " of them cached, " + tokens(totals.completionTokens())
        + " completion) · " + dollars(totals.costUsd()) + " · " + time(totals.elapsedMs()) + " of run time";
  }

  /** {@code {"repo", "label", "issues": [...], "totals": {...}}}, the issues by number. */
  public static ObjectNode json(String repo, String label, List<BatchEntry> entries) {
    List<BatchEntry> sorted = byNumber(entries);
    ObjectNode root = JsonNodeFactory.instance.objectNode().put("repo", repo).put("label", label);
    ArrayNode issues = root.putArray("issues");
    for (BatchEntry entry : sorted) {
      ObjectNode issue = EntryJson.encode(entry);
      issue.remove("updated_at");
      issues.add(issue);
    }
    BatchTotals totals = BatchTotals.of(sorted);
    ObjectNode sums = root.putObject("totals").put("issues", totals.issues());
    for (Status status : Status.values()) {
      sums.put(status.name().toLowerCase(Locale.ROOT), totals.count(status));
    }
    sums.put("steps", totals.steps());
    sums.putObject("tokens").put("prompt", totals.promptTokens()).put("cached", totals.cachedTokens())
        .put("completion", totals.completionTokens());
    sums.put("cost_usd", totals.costUsd()).put("elapsed_ms", totals.elapsedMs());
    return root;
  }

  private static List<BatchEntry> byNumber(List<BatchEntry> entries) {
    return entries.stream().sorted(Comparator.comparingInt(BatchEntry::number)).toList();
  }

  private static String cell(String text) {
    return TextFiles.oneLine(text).replace("\\", "\\\\").replace("|", "\\|");
  }

  private static String link(String url) {
    Matcher pull = PULL.matcher(url);
    return "[" + (pull.matches() ? "#" + pull.group(1) : "pull request") + "](" + url + ")";
  }

  private static String status(Status status) {
    return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String tokens(long count) {
    return String.format(Locale.ROOT, "%,d", count);
  }

  private static String dollars(double usd) {
    return String.format(Locale.ROOT, "$%.2f", usd);
  }

  private static String time(long ms) {
    long seconds = ms / 1000;
    return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
  }
}
