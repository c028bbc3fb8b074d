package dev.fixer.runner.eval;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One instance in an {@link EvalReport}: the dataset's instance and the records the directory holds for
 * it, either of which may be absent (a gold or empty scoring has no inference; an instance not run yet
 * has neither).
 */
record ReportRow(Instance instance, Optional<InferenceRecord> inference, Optional<ScoreRecord> score) {

  /** Whether fixer's verdict and the tests' agree; see {@link #agreement()}. */
  enum Agreement {
    AGREE, FALSE_FIXED, MISSED;

    String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
  }

  ReportRow {
    Objects.requireNonNull(instance, "instance");
    Objects.requireNonNull(inference, "inference");
    Objects.requireNonNull(score, "score");
  }

  boolean notRun() {
    return inference.isEmpty() && score.isEmpty();
  }

  /** Scored without an error: resolved or unresolved. */
  boolean judged() {
    return score.filter(record -> !record.status().equals(ScoreRecord.ERROR)).isPresent();
  }

  boolean resolved() {
    return score.filter(ScoreRecord::resolved).isPresent();
  }

  boolean saidFixed() {
    return inference.filter(InferenceRecord::saidFixed).isPresent();
  }

  /**
   * Fixer said fixed and the instance resolved, or said otherwise and it did not: agree; said fixed and
   * it did not resolve: false fixed; said not fixed or unverified and it resolved: missed. Empty when
   * there is no inference, no score, or the scoring ended in an error, as there is nothing to compare.
   */
  Optional<Agreement> agreement() {
    if (inference.isEmpty() || !judged()) {
      return Optional.empty();
    }
    if (saidFixed()) {
      return Optional.of(resolved() ? Agreement.AGREE : Agreement.FALSE_FIXED);
    }
    String status = inference.get().status();
    boolean doubted = status.equals("not_fixed") || status.equals("unverified");
    return Optional.of(doubted && resolved() ? Agreement.MISSED : Agreement.AGREE);
  }

  long uncachedTokens() {
    return inference.map(record -> Math.max(0, record.promptTokens() - record.cachedTokens())).orElse(0L);
  }

  long cachedTokens() {
    return inference.map(InferenceRecord::cachedTokens).orElse(0L);
  }

  long completionTokens() {
    return inference.map(InferenceRecord::completionTokens).orElse(0L);
  }

  /** Prompt and completion tokens. */
  long tokens() {
    return inference.map(record -> record.promptTokens() + record.completionTokens()).orElse(0L);
  }
}
