package dev.fixer.runner.eval;

import dev.fixer.runner.ExitCodes;
import dev.fixer.runner.FixerException;
import dev.fixer.runner.batch.Parallel;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * {@code fixer eval score}: each instance's patch (a predictions file's, the dataset's own for
 * {@code gold}, none for {@code empty}) scored as SWE-bench scores it, {@code parallel} at a time;
 * each score is written as it is made, an instance already scored from the same predictions is not
 * scored again, and it ends with the report.
 */
public final class EvalScore {

  private final Map<String, String> env;
  private final PrintWriter out;
  private final PrintWriter err;

  public EvalScore(Map<String, String> env, PrintWriter out, PrintWriter err) {
    this.env = Map.copyOf(env);
    this.out = out;
    this.err = err;
  }

  /**
   * Scores and returns the exit code: 0 when every instance could be scored (resolved or not), 1
   * when some could not (an error in the report), 2 for a usage error before anything was scored.
   */
  public int execute(ScoreOptions options) {
    try {
      Dataset dataset = Dataset.load(options.dataset(), options.skipInvalid());
      EvalDir dir = new EvalDir(options.output());
      EvalManifest.open(dir, dataset, options.shard().toString());
      Map<String, Prediction> predictions = predictions(options, dataset);
      List<Instance> share = dataset.instances(options.shard()).stream()
          .filter(instance -> predictions.containsKey(instance.instanceId())).toList();
      String source = options.predictions() == null ? options.source() : options.predictions().toString();
      List<Instance> todo = share.stream().filter(instance -> !scored(dir, instance, source)).toList();
      err.println("eval score: " + ReportMarkdown.instances(share.size()) + " with a patch from " + options.source() + ", "
          + (share.size() - todo.size()) + " scored earlier, " + todo.size() + " to score; output in " + dir.root());
      Scorer scorer = new Scorer(env, options.sandbox(), RepoSources.of(options.repoCache(), dir, options.serverUrl(),
          env), err::println);
      List<ScoreRecord> scores = Parallel.each(todo, options.parallel(), "fixer-eval-score", instance -> {
        String id = instance.instanceId();
        ScoreRecord score = scorer.score(instance, predictions.get(id).modelPatch(), source, dir);
        RecordFiles.write(dir.score(id), score);
        return score;
      });
      out.print(EvalReport.of(dataset, dir).write());
      out.flush();
      return scores.stream().anyMatch(score -> score.status().equals(ScoreRecord.ERROR))
          ? ExitCodes.NOT_DONE : ExitCodes.DONE;
    } catch (FixerException e) {
      err.println("fixer: " + e.getMessage());
      return e.exitCode();
    } catch (InterruptedException e) {
      err.println("fixer: scoring was interrupted; run the same command again to score the rest");
      Thread.currentThread().interrupt();
      return ExitCodes.INTERRUPTED;
    }
  }

  private Map<String, Prediction> predictions(ScoreOptions options, Dataset dataset) {
    if (options.predictions() != null) {
      Map<String, Prediction> read = Predictions.read(options.predictions());
      read.keySet().stream().filter(id -> dataset.instance(id).isEmpty())
          .forEach(id -> err.println("eval score: warning: " + id + " in " + options.predictions()
              + " is not in the dataset; it is not scored"));
      return read;
    }
    boolean gold = options.source().equals(ScoreOptions.GOLD);
    return dataset.instances().stream().collect(java.util.stream.Collectors.toMap(Instance::instanceId,
        instance -> gold ? Prediction.gold(instance) : Prediction.empty(instance), (a, b) -> a,
        java.util.LinkedHashMap::new));
  }

  /** Whether the instance has a score from the same predictions, other than an error. */
  private static boolean scored(EvalDir dir, Instance instance, String source) {
    return RecordFiles.readScore(dir.score(instance.instanceId()))
        .filter(score -> score.predictions().equals(source) && !score.status().equals(ScoreRecord.ERROR)).isPresent();
  }
}
