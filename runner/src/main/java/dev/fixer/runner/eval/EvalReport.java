package dev.fixer.runner.eval;

import dev.fixer.runner.FixerException;
import dev.fixer.runner.batch.Shard;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The report over an evaluation directory: how many instances resolved and at what rate, whether fixer's
 * own verdicts agree with the tests, tokens, cost and time in total and as medians, the same by
 * repository, and each instance.
 *
 * <p>It renders from the records alone ({@code instances/ID/inference.json} and {@code score.json}), so it
 * can be made at any time, for a shard or for merged shards. Its instances are those of the directory's
 * share ({@code eval.json}'s shard, by {@link Shard#includesKey(String)}) and any other instance of the
 * dataset with a record; those of the share with neither record count as not run. Without an
 * {@code eval.json}, only instances with a record are in it. Everything is in dataset order and holds no
 * time of day, so two directories with equal records give equal reports.
 */
public final class EvalReport {

  private final Dataset dataset;
  private final EvalDir dir;
  private final Optional<Shard> shard;
  private final List<ReportRow> rows;

  private EvalReport(Dataset dataset, EvalDir dir, Optional<Shard> shard, List<ReportRow> rows) {
    this.dataset = dataset;
    this.dir = dir;
    this.shard = shard;
    this.rows = List.copyOf(rows);
  }

  /**
   * Reads the records in {@code dir} of {@code dataset}'s instances. A record that is torn, invalid or of
   * another instance id (two ids of one file name) is left out, as if absent.
   *
   * @throws FixerException a usage error when {@code eval.json} cannot be read
   */
  public static EvalReport of(Dataset dataset, EvalDir dir) {
    Objects.requireNonNull(dataset, "dataset");
    Optional<Shard> shard = EvalManifest.read(dir).map(EvalManifest::shard);
    List<ReportRow> rows = new ArrayList<>();
    for (Instance instance : dataset.instances()) {
      String id = instance.instanceId();
      Optional<InferenceRecord> inference = RecordFiles.inference(dir, id);
      Optional<ScoreRecord> score = RecordFiles.score(dir, id);
      boolean inShare = shard.filter(share -> share.includesKey(id)).isPresent();
      if (inShare || inference.isPresent() || score.isPresent()) {
        rows.add(new ReportRow(instance, inference, score));
      }
    }
    return new EvalReport(dataset, dir, shard, rows);
  }

  /**
   * Writes {@code report.json} and {@code report.md} in the directory, each at once.
   *
   * @return the Markdown
   * @throws FixerException an infrastructure error when a file cannot be written
   */
  public String write() {
    String markdown = markdown();
    EvalFiles.write(dir.reportJson(), json(), "report");
    EvalFiles.write(dir.reportMarkdown(), markdown, "report");
    return markdown;
  }

  /** The numbers over every instance in the report. */
  public ReportSummary summary() {
    return ReportSummary.of(rows);
  }

  /** The report for people. */
  public String markdown() {
    return ReportMarkdown.render(this);
  }

  /** {@code report.json}'s text. */
  public String json() {
    return ReportJson.encode(this).toPrettyString() + "\n";
  }

  Dataset dataset() {
    return dataset;
  }

  Optional<Shard> shard() {
    return shard;
  }

  List<ReportRow> rows() {
    return rows;
  }

  /** The summary of each repository's instances, by repository name. */
  Map<String, ReportSummary> repos() {
    Map<String, List<ReportRow>> byRepo = new TreeMap<>();
    rows.forEach(row -> byRepo.computeIfAbsent(row.instance().repo(), repo -> new ArrayList<>()).add(row));
    Map<String, ReportSummary> summaries = new LinkedHashMap<>();
    byRepo.forEach((repo, repoRows) -> summaries.put(repo, ReportSummary.of(repoRows)));
    return summaries;
  }
}
