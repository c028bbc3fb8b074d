package dev.fixer.runner;

import dev.fixer.runner.batch.Shard;
import dev.fixer.runner.eval.EvalOptions;
import dev.fixer.runner.eval.EvalRun;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fixer eval run}: inference over a dataset. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Run fixer on each instance of DATASET: a fresh checkout at its base_commit, the problem statement"
        + " as the issue, the usual sandbox, budgets and verification, nothing published. Writes predictions.jsonl"
        + " (instance_id, model_name_or_path, model_patch) for fixer eval score, the official SWE-bench harness or"
        + " sb-cli, and a report of fixer's own verdicts, steps, tokens, cost and time.",
        "Started again on the same --output it goes on where it stopped: finished instances are not run again,"
            + " instances that ended in error are. Needs KIMI_API_KEY (not for --model replay:FILE)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every instance ran to an outcome (resolved or not; see the report)",
      "1:an instance ended in error; run the same command again to retry it",
      "2:usage or configuration error",
      "3:an instance failed for want of infrastructure (model unreachable, sandbox broken)",
      "130:interrupted by Ctrl-C; run the same command again to finish the rest"})
final class EvalRunCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DATASET", description = "The dataset: JSONL, one instance per line.")
  Path dataset;

  @Option(names = {"--output", "-o"}, paramLabel = "DIR",
      description = "The evaluation directory (default: $FIXER_HOME/evals/DATASET-NAME).")
  Path output;

  @Option(names = "--repo-cache", paramLabel = "DIR",
      description = "Clones or mirrors named OWNER/NAME or OWNER__NAME; other repositories are cloned once into the"
          + " evaluation directory and reused.")
  Path repoCache;

  @Option(names = "--github-url", paramLabel = "URL",
      description = "Where repositories are cloned from (default: $GITHUB_SERVER_URL, else https://github.com).")
  String githubUrl;

  @Option(names = "--hints", description = "Add the dataset's hints_text to the issue.")
  boolean hints;

  @Option(names = "--parallel", paramLabel = "P", defaultValue = "1", description = "Instances at a time (default: 1).")
  int parallel;

  @Option(names = "--shard", paramLabel = "I/N", defaultValue = "1/1",
      description = "Take the I-th of N stable shares of the instances, for N machines (default: 1/1).")
  String shard;

  @Option(names = "--requests-per-minute", paramLabel = "N", defaultValue = "200",
      description = "Model requests all runs together may start per minute (default: 200).")
  int requestsPerMinute;

  @Option(names = "--skip-invalid", description = "Skip dataset lines that are not valid instances, and list them in"
      + " the report, rather than stopping at the first.")
  boolean skipInvalid;

  @Mixin
  AgentOptions agent;

  private final Map<String, String> env;
  private final Path workingDir;

  EvalRunCommand(Map<String, String> env, Path workingDir) {
    this.env = env;
    this.workingDir = workingDir;
  }

  @Override
  public Integer call() {
    if (parallel < 1 || requestsPerMinute < 1) {
      throw FixerException.usage("--parallel and --requests-per-minute must be at least 1");
    }
    Path data = workingDir.resolve(dataset);
    Shard share = Shard.parse(shard);
    EvalOptions options = new EvalOptions(data, EvalPaths.output(output, workingDir, env, data, share),
        repoCache == null ? null : workingDir.resolve(repoCache), EvalPaths.server(githubUrl, env), hints, parallel,
        share, requestsPerMinute, skipInvalid, agent.settings());
    int code = new EvalRun(env, spec.commandLine().getOut(), spec.commandLine().getErr()).execute(options);
    return EvalPaths.withHtmlReport(options.output(), code, spec.commandLine().getErr());
  }
}
