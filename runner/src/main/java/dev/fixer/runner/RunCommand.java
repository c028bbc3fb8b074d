package dev.fixer.runner;

import dev.fixer.core.cost.ModelPrice;
import dev.fixer.runner.config.Durations;
import dev.fixer.runner.config.Prices;
import dev.fixer.runner.config.SandboxChoice;
import dev.fixer.runner.github.GitHubServer;
import dev.fixer.runner.run.BranchPrefix;
import dev.fixer.runner.run.FixRun;
import dev.fixer.runner.run.RunFlags;
import dev.fixer.runner.run.RunPlan;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code fixer run}: resolve one issue in a checkout and hand back a branch with a tested fix. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Resolve an issue in a git checkout. The agent works in its own clone and sandbox, and a"
        + " verified fix comes back as a branch of your repository (fixer/issue-N or fixer/<slug>, or another"
        + " prefix with --branch-prefix).",
        "Verified means: the tests run on the base commit first, and after the change at least one test that failed"
            + " passes (or a test the agent wrote fails without its change and passes with it), and no test that"
            + " passed fails. A change no test shows is unverified (exit code 1) and stays a patch; one that breaks"
            + " a test is not fixed.",
        "Settings come from the flags, then .fixer.yml at the repository root, then defaults. Secrets come only"
            + " from the environment: KIMI_API_KEY, KIMI_BASE_URL, GITHUB_TOKEN, GITHUB_API_URL, GITHUB_SERVER_URL.",
        ""},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:fixed: a verified fix is on the branch",
      "1:not fixed or unverified (a budget ran out, the model gave up, verification turned the change down)",
      "2:usage or configuration error",
      "3:infrastructure failure (model unreachable after retries, sandbox broken)",
      "130:interrupted by Ctrl-C; the run is saved: go on with --resume DIR"})
final class RunCommand implements Callable<Integer> {

  private final Map<String, String> env;
  private final Path workingDir;
  private final boolean installHook;

  @Spec
  CommandSpec spec;

  @Option(names = "--repo", paramLabel = "DIR", description = "The git checkout (default: the current directory).")
  Path repo;

  @Option(names = "--issue", paramLabel = "REF",
      description = "A Markdown file (its first heading is the title), an issue number (42 or #42), or an issue URL.")
  String issue;

  @Option(names = "--github-repo", paramLabel = "OWNER/NAME",
      description = "The GitHub repository of an issue number (default: $GITHUB_REPOSITORY, else the origin remote).")
  String githubRepo;

  @Option(names = "--github-url", paramLabel = "URL",
      description = "The web address of your GitHub, e.g. https://ghe.example.com for GitHub Enterprise (default:"
          + " $GITHUB_SERVER_URL, else https://github.com); its API is then URL/api/v3 (api.github.com for"
          + " github.com). An issue URL must be on its host.")
  String githubUrl;

  @Option(names = "--model", paramLabel = "ID",
      description = "Model id (default: " + RunPlan.DEFAULT_MODEL + "), or replay:FILE to replay the model turns of a"
          + " trajectory file instead of calling a model.")
  String model;

  @Option(names = "--thinking", negatable = true,
      description = "Ask the model to think before it answers (default: on for Kimi K2, else the server's default).")
  Boolean thinking;

  @Option(names = "--base-url", paramLabel = "URL",
      description = "OpenAI-compatible API root (default: $KIMI_BASE_URL, else https://api.moonshot.ai/v1).")
  String baseUrl;

  @Option(names = "--max-steps", paramLabel = "N", description = "Model replies the agent may take (default: 100).")
  Integer maxSteps;

  @Option(names = "--max-cost", paramLabel = "USD", converter = CostConverter.class,
      description = "USD the agent may spend (default: 5), or none. A limit needs the model's price: built in for"
          + " Kimi K2.5, K2.6 and K3, else --price-input/--price-output.")
  Double maxCost;

  @Option(names = "--price-input", paramLabel = "USD",
      description = "The model's price per million input tokens, for a model without a built-in price.")
  Double priceInput;

  @Option(names = "--price-cached", paramLabel = "USD",
      description = "The price per million input tokens served from the cache (default: the input price).")
  Double priceCached;

  @Option(names = "--price-output", paramLabel = "USD", description = "The price per million output tokens.")
  Double priceOutput;

  @Option(names = "--attempts", paramLabel = "N",
      description = "How many times the agent may try within the same budgets; each later try is told why"
          + " verification failed (default: 3).")
  Integer attempts;

  @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "How long the agent may work, e.g. 45m or 2h (default: 1h; setup has its own limit).")
  Duration timeout;

  @Option(names = "--max-tokens", paramLabel = "N", description = "Output limit of one model reply (default: 32768).")
  Integer maxTokens;

  @Option(names = "--sandbox", paramLabel = "KIND", converter = SandboxConverter.class,
      description = "auto, docker, bwrap or none (default: auto: Docker where an engine answers, else bubblewrap)."
          + " none runs the agent's commands on this machine without isolation.")
  SandboxChoice sandbox;

  @Option(names = "--trajectory", paramLabel = "FILE",
      description = "Where to write the trajectory (default: trajectory.jsonl in the run directory).")
  Path trajectory;

  @Option(names = "--resume", paramLabel = "DIR",
      description = "Continue a run that stopped, from its run directory; model and budget flags may be raised.")
  Path resume;

  @Option(names = "--work-dir", paramLabel = "DIR",
      description = "The run directory (default: a new one under $FIXER_HOME or ~/.cache/fixer/runs).")
  Path workDir;

  @Option(names = "--allow-dirty",
      description = "Run although the checkout has uncommitted changes; the run works from HEAD without them.")
  boolean allowDirty;

  @Option(names = "--open-pr", description = "For a GitHub issue: comment on it, label it, push the verified fix to"
      + " fixer/issue-N (see --branch-prefix) on origin and open a pull request (or update the open one). Needs"
      + " GITHUB_TOKEN.")
  boolean openPr;

  @Option(names = "--branch-prefix", paramLabel = "PREFIX", defaultValue = "fixer/",
      description = "Name the fix's branch PREFIXissue-N, or PREFIX<slug> for an issue file (default: fixer/).")
  String branchPrefix;

  @Option(names = "--draft", description = "With --open-pr: open the pull request as a draft.")
  boolean draft;

  @Option(names = "--json", description = "Print the outcome as one JSON object on the last line of stdout.")
  boolean json;

  RunCommand(Map<String, String> env, Path workingDir, boolean installHook) {
    this.env = env;
    this.workingDir = workingDir;
    this.installHook = installHook;
  }

  @Override
  public Integer call() {
    RunFlags flags = new RunFlags(repo, issue, githubRepo, model, thinking, baseUrl, maxTokens, maxSteps, maxCost,
        timeout, sandbox, trajectory, resume, workDir, allowDirty, json, openPr, draft, attempts,
        price(priceInput, priceCached, priceOutput));
    Map<String, String> runEnv = githubUrl == null ? env : GitHubServer.pointedAt(env, githubUrl);
    FixRun run = new FixRun(runEnv, workingDir, spec.commandLine().getOut(), spec.commandLine().getErr(),
        System.console() != null && !"dumb".equals(env.get("TERM")))
        .withBranchPrefix(BranchPrefix.parse(branchPrefix, "--branch-prefix"));
    if (!installHook) {
      return run.execute(flags);
    }
    Thread worker = Thread.currentThread();
    CountDownLatch finished = new CountDownLatch(1);
    Thread hook = new Thread(() -> stopGently(worker, finished), "fixer-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      return run.execute(flags);
    } finally {
      finished.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running; it returns once this thread is done
      }
    }
  }

  /** The price given by {@code --price-input}, {@code --price-cached} and {@code --price-output}; null for none. */
  static ModelPrice price(Double priceInput, Double priceCached, Double priceOutput) {
    if (Stream.of(priceInput, priceCached, priceOutput).anyMatch(p -> p != null && !(p >= 0 && Double.isFinite(p)))) {
      throw FixerException.usage("--price-input, --price-cached and --price-output must be USD per million tokens,"
          + " 0 or more, such as 0.60");
    }
    try {
      return Prices.of(priceInput, priceCached, priceOutput, "--price-input", "--price-output");
    } catch (IllegalArgumentException e) {
      throw FixerException.usage(e.getMessage(), e);
    }
  }

  /**
   * On Ctrl-C: interrupt the run so that it stops its processes and writes its trajectory, then wait
   * until it has (at most 15 seconds). Not for the worker thread to end: it ends in System.exit, which
   * waits for this hook. The JVM then exits with 130.
   */
  private static void stopGently(Thread worker, CountDownLatch finished) {
    if (finished.getCount() == 0) {
      return;
    }
    worker.interrupt();
    try {
      finished.await(15, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static final class DurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      try {
        return Durations.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  static final class CostConverter implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      if (value.strip().equalsIgnoreCase("none")) {
        return RunFlags.NO_COST_LIMIT;
      }
      try {
        return Double.valueOf(value.strip().startsWith("$") ? value.strip().substring(1) : value.strip());
      } catch (NumberFormatException e) {
        throw new TypeConversionException("'" + value + "' is not a number of USD, such as 2.50, or none");
      }
    }
  }

  static final class SandboxConverter implements ITypeConverter<SandboxChoice> {
    @Override
    public SandboxChoice convert(String value) {
      try {
        return SandboxChoice.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
