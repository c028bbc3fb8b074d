package dev.fixer.runner.eval;

/**
 * An instance's problem statement as the Markdown issue fixer reads: its first line the title, the
 * whole statement the body, and the dataset's hints after it when asked for.
 */
final class IssueText {

  private static final int MAX_TITLE = 120;

  private IssueText() {}

  static String of(Instance instance, boolean hints) {
    String statement = instance.problemStatement().strip();
    StringBuilder text = new StringBuilder("# ").append(title(instance, statement)).append("\n\n")
        .append(statement.isEmpty() ? "(The dataset gives no problem statement.)" : statement).append('\n');
    if (hints && !instance.hintsText().isBlank()) {
      text.append("\n## Hints\n\n").append(instance.hintsText().strip()).append('\n');
    }
    return text.toString();
  }

  private static String title(Instance instance, String statement) {
    String first = statement.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst().orElse("")
        .replaceFirst("^#+\\s*", "").strip();
    if (first.isEmpty()) {
      return instance.instanceId();
    }
    return first.length() > MAX_TITLE ? first.substring(0, MAX_TITLE - 1) + "…" : first;
  }
}
