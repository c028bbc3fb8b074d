package dev.fixer.runner;

import dev.fixer.runner.batch.BatchOptions;
import dev.fixer.runner.batch.BatchRun;
import dev.fixer.runner.batch.Shard;
import dev.fixer.runner.run.BranchPrefix;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fixer batch}: every open issue with a label, a few at a time, each to its own pull request. */
@Command(name = "batch", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Fix the open issues of a GitHub repository that carry a label: each in its own clone, P at a"
        + " time, each verified fix as a pull request. Issues with an open fixer pull request, or finished in an"
        + " earlier batch, are skipped; a batch that was stopped goes on where it stopped when started again.",
        "Needs GITHUB_TOKEN (and GITHUB_API_URL for GitHub Enterprise) and KIMI_API_KEY."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every chosen issue ran to an outcome (fixed or not; see the report)",
      "2:usage or configuration error",
      "3:a run failed for want of infrastructure (model unreachable, sandbox broken)",
      "130:interrupted by Ctrl-C; start the batch again to finish the rest"})
final class BatchCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--github-repo", paramLabel = "OWNER/NAME", description = "The repository (default: $GITHUB_REPOSITORY).")
  String githubRepo;

  @Option(names = "--label", paramLabel = "L", required = true, description = "Work on open issues with this label.")
  String label;

  @Option(names = "--max-issues", paramLabel = "N", description = "Start at most N issues in this batch.")
  Integer maxIssues;

  @Option(names = "--parallel", paramLabel = "P", defaultValue = "1", description = "Runs at a time (default: 1).")
  int parallel;

  @Option(names = "--shard", paramLabel = "I/N", defaultValue = "1/1",
      description = "Take the I-th of N stable shares of the issues, for N machines (default: 1/1).")
  String shard;

  @Option(names = "--state", paramLabel = "FILE",
      description = "The state file that lets a stopped batch go on (default: $FIXER_HOME/batches/OWNER-NAME-LABEL/state.json).")
  Path state;

  @Option(names = "--requests-per-minute", paramLabel = "N", defaultValue = "200",
      description = "Model requests all runs together may start per minute (default: 200, Moonshot's tier 1).")
  int requestsPerMinute;

  @Mixin
  AgentOptions agent;

  @Option(names = "--draft", description = "Open the pull requests as drafts.")
  boolean draft;

  @Option(names = "--branch-prefix", paramLabel = "PREFIX", defaultValue = "fixer/",
      description = "Push each fix to branch PREFIXissue-N (default: fixer/); issues with an open pull request from"
          + " such a branch are skipped.")
  String branchPrefix;

  private final Map<String, String> env;
  private final Path workingDir;

  BatchCommand(Map<String, String> env, Path workingDir) {
    this.env = env;
    this.workingDir = workingDir;
  }

  @Override
  public Integer call() {
    String repo = githubRepo != null ? githubRepo : env.get("GITHUB_REPOSITORY");
    if (repo == null || repo.isBlank()) {
      throw FixerException.usage("fixer batch needs the repository: pass --github-repo OWNER/NAME or set GITHUB_REPOSITORY");
    }
    if (parallel < 1 || requestsPerMinute < 1 || (maxIssues != null && maxIssues < 1)) {
      throw FixerException.usage("--parallel, --requests-per-minute and --max-issues must be at least 1");
    }
    BatchOptions options = new BatchOptions(repo.strip(), label, maxIssues, parallel, Shard.parse(shard),
        state == null ? null : workingDir.resolve(state), requestsPerMinute, agent.settings(), draft,
        BranchPrefix.parse(branchPrefix, "--branch-prefix"));
    return new BatchRun(env, workingDir, spec.commandLine().getOut(), spec.commandLine().getErr()).execute(options);
  }
}
