package dev.fixer.runner.eval;

import dev.fixer.runner.ExitCodes;
import dev.fixer.runner.FixerException;
import dev.fixer.runner.batch.Parallel;
import dev.fixer.runner.batch.RequestRate;
import dev.fixer.runner.run.RunPlan;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code fixer eval run}: fixer on every instance of this machine's shard that has not finished yet,
 * {@code parallel} at a time through one shared model rate; after each instance its record and the
 * predictions file are written, so a killed evaluation loses at most the instances in progress, and
 * it ends with the report.
 */
public final class EvalRun {

  private final Map<String, String> env;
  private final PrintWriter out;
  private final PrintWriter err;

  public EvalRun(Map<String, String> env, PrintWriter out, PrintWriter err) {
    this.env = Map.copyOf(env);
    this.out = out;
    this.err = err;
  }

  /**
   * Runs the evaluation and returns the exit code: 0 when every instance of the shard ran to an
   * outcome, 1 when some ended in error, 3 when one failed for want of infrastructure (the model or
   * the sandbox), 2 for a usage error before anything ran.
   */
  public int execute(EvalOptions options) {
    try {
      Dataset dataset = Dataset.load(options.dataset(), options.skipInvalid());
      EvalDir dir = new EvalDir(options.output());
      EvalManifest.open(dir, dataset, options.shard().toString());
      List<Instance> share = dataset.instances(options.shard());
      List<Instance> todo = share.stream().filter(instance -> !finished(dir, instance)).toList();
      err.println("eval: " + options.dataset() + ", shard " + options.shard() + ": " + ReportMarkdown.instances(share.size()) + ", "
          + (share.size() - todo.size()) + " finished earlier, " + todo.size() + " to run; output in " + dir.root());
      dataset.invalid().forEach(line -> err.println("eval: line " + line.line() + " skipped: " + line.reason()));
      Predicting predicting = new Predicting(dir, dataset, modelName(options));
      InstanceInference inference = new InstanceInference(env, dir, options, RepoSources.of(options.repoCache(), dir, options.serverUrl(), env),
          new RequestRate(options.requestsPerMinute()));
      List<InferenceRecord> records = Parallel.each(todo, options.parallel(), "fixer-eval", instance -> {
        err.println("eval: " + instance.instanceId() + " started; its log is " + dir.log(instance.instanceId()));
        InstanceInference.Inferred inferred = inference.infer(instance);
        predicting.record(instance, inferred);
        err.println("eval: " + instance.instanceId() + " " + line(inferred.record()));
        return inferred.record();
      });
      out.print(EvalReport.of(dataset, dir).write());
      out.flush();
      return exitCode(records);
    } catch (FixerException e) {
      err.println("fixer: " + e.getMessage());
      return e.exitCode();
    } catch (InterruptedException e) {
      err.println("fixer: the evaluation was interrupted; run the same command again to finish the rest");
      Thread.currentThread().interrupt();
      return ExitCodes.INTERRUPTED;
    }
  }

  /** An instance that needs no run: its record says how it ended, other than in error. */
  private static boolean finished(EvalDir dir, Instance instance) {
    return RecordFiles.readInference(dir.inference(instance.instanceId()))
        .filter(record -> !record.status().equals("error")).isPresent();
  }

  private static String modelName(EvalOptions options) {
    String model = options.agent().model() == null ? RunPlan.DEFAULT_MODEL : options.agent().model();
    return "fixer+" + (model.startsWith("replay:") ? "replay" : model);
  }

  private static String line(InferenceRecord record) {
    return record.status().replace('_', ' ') + (record.reason().isEmpty() ? "" : ": " + firstLine(record.reason()))
        + (record.costUsd() == null ? "" : String.format(Locale.ROOT, " · $%.4f", record.costUsd()))
        + String.format(Locale.ROOT, " · %d steps · %ds", record.steps(), record.wallMs() / 1000);
  }

  private static String firstLine(String text) {
    String first = text.lines().findFirst().orElse("");
    return first.length() > 160 ? first.substring(0, 159) + "…" : first;
  }

  private static int exitCode(List<InferenceRecord> records) {
    if (records.stream().anyMatch(r -> r.status().equals("error") && r.exitCode() == ExitCodes.INFRASTRUCTURE)) {
      return ExitCodes.INFRASTRUCTURE;
    }
    return records.stream().anyMatch(r -> r.status().equals("error")) ? ExitCodes.NOT_DONE : ExitCodes.DONE;
  }

  /** The predictions file, kept whole and in dataset order after each instance. */
  private static final class Predicting {
    private final EvalDir dir;
    private final Dataset dataset;
    private final String model;
    private final Map<String, Prediction> byId = new LinkedHashMap<>();

    Predicting(EvalDir dir, Dataset dataset, String model) {
      this.dir = dir;
      this.dataset = dataset;
      this.model = model;
      if (Files.isRegularFile(dir.predictions())) {
        byId.putAll(Predictions.read(dir.predictions()));
      }
    }

    synchronized void record(Instance instance, InstanceInference.Inferred inferred) {
      RecordFiles.write(dir.inference(instance.instanceId()), inferred.record());
      if (inferred.record().status().equals("error")) {
        byId.remove(instance.instanceId());
      } else {
        byId.put(instance.instanceId(), new Prediction(instance.instanceId(), model, inferred.patch()));
      }
      Predictions.write(dir.predictions(), dataset.instances().stream().map(i -> byId.get(i.instanceId()))
          .filter(java.util.Objects::nonNull).toList());
    }
  }
}
