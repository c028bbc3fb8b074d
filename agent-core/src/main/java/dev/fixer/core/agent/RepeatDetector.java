package dev.fixer.core.agent;

import java.util.HashMap;
import java.util.Map;

/**
 * Notices the model making the same failing call, with the same result, again and again. At the
 * limit the model gets a nudge; one more time and the run is stuck. A call that fails differently
 * (say, a test failing after an edit) counts as a different call.
 */
final class RepeatDetector {

  enum Verdict { FINE, NUDGE, STUCK }

  private final int limit;
  private final Map<String, Integer> counts = new HashMap<>();

  RepeatDetector(int limit) {
    this.limit = limit;
  }

  Verdict record(String tool, String arguments, String output, boolean failed) {
    if (!failed) {
      return Verdict.FINE;
    }
    String key = tool + '\u0000' + arguments.strip() + '\u0000' + output.length() + ':' + output.hashCode();
    int count = counts.merge(key, 1, Integer::sum);
    if (count > limit) {
      return Verdict.STUCK;
    }
    return count == limit ? Verdict.NUDGE : Verdict.FINE;
  }

  int limit() {
    return limit;
  }
}
