package dev.fixer.runner.eval;

import java.util.List;

/**
 * An instance's problem statement as the Markdown issue fixer reads: its first line the title (as
 * in SWE-bench, whose statements are an issue's title, then its body), the rest the body, and the
 * dataset's hints after it when asked for.
 */
final class IssueText {

  private static final int MAX_TITLE = 120;

  private IssueText() {}

  static String of(Instance instance, boolean hints) {
    List<String> lines = instance.problemStatement().strip().lines().toList();
    String first = lines.isEmpty() ? "" : lines.get(0).replaceFirst("^#+\\s*", "").strip();
    boolean titled = !first.isEmpty() && first.length() <= MAX_TITLE;
    String title = titled ? first : instance.instanceId();
    String body = String.join("\n", titled ? lines.subList(1, lines.size()) : lines).strip();
    StringBuilder text = new StringBuilder("# ").append(title).append("\n\n")
        .append(!body.isEmpty() ? body : titled ? "(The dataset gives no more than the title.)"
            : "(The dataset gives no problem statement.)").append('\n');
    if (hints && !instance.hintsText().isBlank()) {
      text.append("\n## Hints\n\n").append(instance.hintsText().strip()).append('\n');
    }
    return text.toString();
  }
}
