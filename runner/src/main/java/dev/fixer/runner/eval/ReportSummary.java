package dev.fixer.runner.eval;

import dev.fixer.runner.eval.ReportRow.Agreement;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * The numbers of an {@link EvalReport}, over all its instances or one repository's. Rates and medians
 * are null when there is nothing to take them over.
 *
 * @param instances instances in the report: those of the directory's share, and any other with a record
 * @param notRun instances of the share with neither an inference nor a score record
 * @param inferred instances with an inference record
 * @param fixed inferred instances fixer called fixed
 * @param notFixed inferred instances fixer called not fixed
 * @param unverified inferred instances fixer called unverified
 * @param inferenceErrors inferred instances whose run could not be made
 * @param scored instances with a score record, errors included: the total the rate is of
 * @param resolved scored instances that resolved
 * @param unresolved scored instances that did not
 * @param scoreErrors scored instances whose scoring ended in an error
 * @param rate {@code resolved / scored}
 * @param rateOfInstances {@code resolved / instances}, the share's rate when instances were not scored
 * @param saidFixed instances fixer called fixed that were scored without an error
 * @param falseFixed those of them that did not resolve
 * @param falseFixedRate {@code falseFixed / saidFixed}
 * @param missed instances fixer called not fixed or unverified that resolved
 * @param uncachedTokens prompt tokens not served from the cache
 * @param cachedTokens prompt tokens served from the cache
 * @param completionTokens completion tokens
 * @param costUsd the model's cost where counted; null when no instance's was
 * @param wallMs the inference's time, summed over instances
 * @param scoreWallMs the scoring's time, summed over instances
 * @param medianSteps over inferred instances
 * @param medianCostUsd over inferred instances whose cost was counted
 * @param medianWallMs the inference's time, over inferred instances
 * @param medianTokens prompt plus completion tokens, over inferred instances
 */
public record ReportSummary(int instances, int notRun, int inferred, int fixed, int notFixed, int unverified,
    int inferenceErrors, int scored, int resolved, int unresolved, int scoreErrors, Double rate,
    Double rateOfInstances, int saidFixed, int falseFixed, Double falseFixedRate, int missed, long uncachedTokens,
    long cachedTokens, long completionTokens, Double costUsd, long wallMs, long scoreWallMs, Double medianSteps,
    Double medianCostUsd, Double medianWallMs, Double medianTokens) {

  static ReportSummary of(List<ReportRow> rows) {
    List<InferenceRecord> inferred = rows.stream().flatMap(row -> row.inference().stream()).toList();
    List<ScoreRecord> scored = rows.stream().flatMap(row -> row.score().stream()).toList();
    int resolved = count(rows, ReportRow::resolved);
    int saidFixed = count(rows, row -> row.saidFixed() && row.judged());
    int falseFixed = count(rows, row -> row.agreement().filter(Agreement.FALSE_FIXED::equals).isPresent());
    int missed = count(rows, row -> row.agreement().filter(Agreement.MISSED::equals).isPresent());
    int unresolved = (int) scored.stream().filter(score -> score.status().equals(ScoreRecord.UNRESOLVED)).count();
    int scoreErrors = (int) scored.stream().filter(score -> score.status().equals(ScoreRecord.ERROR)).count();
    double[] costs = inferred.stream().map(InferenceRecord::costUsd).filter(Objects::nonNull)
        .mapToDouble(Double::doubleValue).toArray();
    double[] tokens = rows.stream().filter(row -> row.inference().isPresent()).mapToDouble(ReportRow::tokens)
        .toArray();
    return new ReportSummary(rows.size(), count(rows, ReportRow::notRun), inferred.size(), status(inferred, "fixed"),
        status(inferred, "not_fixed"), status(inferred, "unverified"), status(inferred, "error"), scored.size(),
        resolved, unresolved, scoreErrors, ratio(resolved, scored.size()), ratio(resolved, rows.size()), saidFixed,
        falseFixed, ratio(falseFixed, saidFixed), missed, sum(rows, ReportRow::uncachedTokens),
        sum(rows, ReportRow::cachedTokens), sum(rows, ReportRow::completionTokens),
        costs.length == 0 ? null : Arrays.stream(costs).sum(),
        inferred.stream().mapToLong(InferenceRecord::wallMs).sum(), scored.stream().mapToLong(ScoreRecord::wallMs).sum(),
        median(inferred.stream().mapToDouble(InferenceRecord::steps).toArray()), median(costs),
        median(inferred.stream().mapToDouble(InferenceRecord::wallMs).toArray()), median(tokens));
  }

  /** The middle value, or the mean of the two middle ones; null when there are none. */
  static Double median(double[] values) {
    if (values.length == 0) {
      return null;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  private static Double ratio(int part, int whole) {
    return whole == 0 ? null : (double) part / whole;
  }

  private static int count(List<ReportRow> rows, Predicate<ReportRow> test) {
    return (int) rows.stream().filter(test).count();
  }

  private static int status(List<InferenceRecord> records, String status) {
    return (int) records.stream().filter(record -> record.status().equals(status)).count();
  }

  private static long sum(List<ReportRow> rows, ToLongFunction<ReportRow> value) {
    return rows.stream().mapToLong(value).sum();
  }
}
