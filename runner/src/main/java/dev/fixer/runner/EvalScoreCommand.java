package dev.fixer.runner;

import dev.fixer.runner.batch.Shard;
import dev.fixer.runner.config.SandboxChoice;
import dev.fixer.runner.eval.EvalScore;
import dev.fixer.runner.eval.ScoreOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fixer eval score}: scoring predictions as SWE-bench does. */
@Command(name = "score", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Score patches on DATASET as SWE-bench does: for each instance, a checkout at base_commit, the"
        + " patch, then the test patch over it (its files win), then FAIL_TO_PASS and PASS_TO_PASS run in the"
        + " sandbox. Resolved: every FAIL_TO_PASS test passes and every PASS_TO_PASS test still passes; a skipped"
        + " test, or an id that names no test that ran, counts as failed.",
        "--predictions gold scores the dataset's own patches (every instance should resolve: a check of the"
            + " dataset and its environment); empty scores no change (none should resolve)."})
final class EvalScoreCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DATASET", description = "The dataset: JSONL, one instance per line.")
  Path dataset;

  @Option(names = "--predictions", paramLabel = "FILE|gold|empty", required = true,
      description = "SWE-bench predictions (JSONL, or JSON), or gold, or empty.")
  String predictions;

  @Option(names = {"--output", "-o"}, paramLabel = "DIR",
      description = "The evaluation directory (default: the predictions file's directory when fixer eval run made"
          + " it, else $FIXER_HOME/evals/DATASET-NAME-SOURCE).")
  Path output;

  @Option(names = "--repo-cache", paramLabel = "DIR", description = "Clones or mirrors named OWNER/NAME or OWNER__NAME.")
  Path repoCache;

  @Option(names = "--github-url", paramLabel = "URL",
      description = "Where repositories are cloned from (default: $GITHUB_SERVER_URL, else https://github.com).")
  String githubUrl;

  @Option(names = "--parallel", paramLabel = "P", defaultValue = "1", description = "Instances at a time (default: 1).")
  int parallel;

  @Option(names = "--shard", paramLabel = "I/N",
      description = "Score the I-th of N shares of the instances (default: the share the output directory holds, else 1/1).")
  String shard;

  @Option(names = "--skip-invalid", description = "Skip dataset lines that are not valid instances, and list them.")
  boolean skipInvalid;

  @Option(names = "--sandbox", paramLabel = "KIND", converter = RunCommand.SandboxConverter.class,
      defaultValue = "auto", description = "auto, docker, bwrap or none (default: auto).")
  SandboxChoice sandbox;

  private final Map<String, String> env;
  private final Path workingDir;

  EvalScoreCommand(Map<String, String> env, Path workingDir) {
    this.env = env;
    this.workingDir = workingDir;
  }

  @Override
  public Integer call() {
    if (parallel < 1) {
      throw FixerException.usage("--parallel must be at least 1");
    }
    Path data = workingDir.resolve(dataset);
    String source = predictions.strip();
    boolean builtIn = source.equals(ScoreOptions.GOLD) || source.equals(ScoreOptions.EMPTY);
    Path file = builtIn ? null : workingDir.resolve(source);
    if (file != null && !Files.isRegularFile(file)) {
      throw FixerException.usage("--predictions " + source + ": no such file; give a predictions file, gold or empty");
    }
    Path dir = output != null ? workingDir.resolve(output)
        : file != null && Files.isRegularFile(file.resolveSibling("eval.json")) ? file.getParent()
        : EvalPaths.output(null, workingDir, env, data.resolveSibling(nameOf(data) + "-" + (builtIn ? source : "score")),
            Shard.ALL);
    Shard share = shard != null ? Shard.parse(shard) : EvalPaths.shardOf(dir);
    int code = new EvalScore(env, spec.commandLine().getOut(), spec.commandLine().getErr()).execute(new ScoreOptions(
        data, file, source, dir, repoCache == null ? null : workingDir.resolve(repoCache),
        EvalPaths.server(githubUrl, env), parallel, share, skipInvalid, sandbox));
    return EvalPaths.withHtmlReport(dir, code, spec.commandLine().getErr());
  }

  private static String nameOf(Path data) {
    return data.getFileName().toString().replaceFirst("\\.jsonl?$", "");
  }
}
