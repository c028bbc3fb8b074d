package dev.fixer.runner.eval;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The files of one evaluation, under one directory:
 * <pre>
 * eval.json                      which dataset (path, sha256) and shard it holds
 * predictions.jsonl              SWE-bench predictions, one line per instance that finished inference
 * repos/OWNER__NAME/             clones made once per repository where no --repo-cache has it
 * instances/ID/inference.json    how fixer's run on the instance ended ({@link InferenceRecord})
 * instances/ID/run/              that run's directory (run.json, trajectory.jsonl, result.json, ...)
 * instances/ID/checkout/         the repository at the base commit, the run's "user repo"
 * instances/ID/log.txt           what the run printed
 * instances/ID/score.json        how scoring went ({@link ScoreRecord})
 * instances/ID/score/            the scoring checkout; score-log.txt what its tests printed
 * report.json, report.md         the report over all instances
 * </pre>
 * ID is the instance id with every character outside {@code [A-Za-z0-9._-]} replaced by {@code _}.
 */
public record EvalDir(Path root) {

  public EvalDir {
    root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
  }

  public Path evalJson() {
    return root.resolve("eval.json");
  }

  public Path predictions() {
    return root.resolve("predictions.jsonl");
  }

  public Path repos() {
    return root.resolve("repos");
  }

  public Path instances() {
    return root.resolve("instances");
  }

  /** The directory of one instance. */
  public Path instance(String instanceId) {
    return instances().resolve(safe(instanceId));
  }

  public Path inference(String instanceId) {
    return instance(instanceId).resolve("inference.json");
  }

  public Path run(String instanceId) {
    return instance(instanceId).resolve("run");
  }

  public Path checkout(String instanceId) {
    return instance(instanceId).resolve("checkout");
  }

  public Path log(String instanceId) {
    return instance(instanceId).resolve("log.txt");
  }

  public Path score(String instanceId) {
    return instance(instanceId).resolve("score.json");
  }

  public Path scoreCheckout(String instanceId) {
    return instance(instanceId).resolve("score");
  }

  public Path reportJson() {
    return root.resolve("report.json");
  }

  public Path reportMarkdown() {
    return root.resolve("report.md");
  }

  /** An instance id as a file name: {@code django/django#1} becomes {@code django_django_1}. */
  static String safe(String instanceId) {
    String name = instanceId.replaceAll("[^A-Za-z0-9._-]", "_");
    return name.equals(".") || name.equals("..") ? name.replace('.', '_') : name;
  }
}
