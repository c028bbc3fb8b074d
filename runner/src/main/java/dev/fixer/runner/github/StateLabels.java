package dev.fixer.runner.github;

import java.io.IOException;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.kohsuke.github.GHIssue;
import org.kohsuke.github.GHLabel;

/** Moves an issue from one state label to another, calling GitHub only for labels that change. */
final class StateLabels {

  private StateLabels() {}

  /**
   * Adds {@code add} unless the issue has it, then removes each label of {@code remove} the issue
   * has (never {@code add}); names compare ignoring case, as on GitHub. A label gone by the time
   * it is removed (404) is no error.
   */
  static void set(GHIssue issue, String add, Collection<String> remove) throws IOException {
    Set<String> has = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    issue.getLabels().stream().map(GHLabel::getName).forEach(has::add);
    if (!has.contains(add)) {
      issue.addLabels(add);
    }
    for (String label : remove) {
      if (has.contains(label) && !label.equalsIgnoreCase(add)) {
        removeUnlessGone(issue, label);
      }
    }
  }

  private static void removeUnlessGone(GHIssue issue, String label) throws IOException {
    try {
      issue.removeLabel(label);
    } catch (IOException e) {
      if (!GitHubFailures.isNotFound(e)) {
        throw e;
      }
    }
  }
}
