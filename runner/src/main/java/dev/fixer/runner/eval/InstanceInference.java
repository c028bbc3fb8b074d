package dev.fixer.runner.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fixer.runner.ExitCodes;
import dev.fixer.runner.FixerException;
import dev.fixer.runner.batch.RateLimit;
import dev.fixer.runner.batch.RequestRate;
import dev.fixer.runner.config.RepoConfig;
import dev.fixer.runner.run.FixRun;
import dev.fixer.runner.run.RunFlags;
import dev.fixer.runner.run.RunReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;

/**
 * fixer's run on one instance, as {@code fixer run} would make it on a checkout at the base commit
 * with the problem statement as the issue, in {@code instances/ID/} of the evaluation directory. A
 * run that a killed evaluation left behind is resumed where its run directory allows it; an instance
 * that ended in error starts afresh.
 */
final class InstanceInference {

  private final Map<String, String> env;
  private final EvalDir dir;
  private final EvalOptions options;
  private final RepoSources sources;
  private final RequestRate rate;

  InstanceInference(Map<String, String> env, EvalDir dir, EvalOptions options, RepoSources sources, RequestRate rate) {
    this.env = env;
    this.dir = dir;
    this.options = options;
    this.sources = sources;
    this.rate = rate;
  }

  /** The outcome of the run and its model patch; never throws for the instance's own problems. */
  Inferred infer(Instance instance) {
    long started = System.currentTimeMillis();
    String id = instance.instanceId();
    try {
      // An instance recorded earlier ended in error: it starts afresh. One never recorded was cut off: it goes on.
      boolean resumable = RecordFiles.readInference(dir.inference(id)).isEmpty()
          && Files.isRegularFile(dir.run(id).resolve("run.json")) && Files.isDirectory(dir.checkout(id));
      if (!resumable) {
        fresh(instance);
      }
      RunReport report = resumable ? ended(dir.run(id)).orElseGet(() -> perform(instance, true))
          : perform(instance, false);
      return recorded(instance, report, System.currentTimeMillis() - started);
    } catch (InstanceError e) {
      return new Inferred(InferenceRecord.error(id, ExitCodes.INFRASTRUCTURE, e.getMessage(),
          System.currentTimeMillis() - started), "");
    } catch (FixerException e) {
      return new Inferred(InferenceRecord.error(id, e.exitCode(), e.getMessage(), System.currentTimeMillis() - started),
          "");
    }
  }

  /**
   * The outcome of a run that ended before a killed evaluation recorded it: as for a batch, and also
   * a fix, which an evaluation never publishes.
   */
  private static Optional<RunReport> ended(Path runDir) {
    return RunReport.endedIn(runDir).or(() -> {
      JsonNode result = EvalFiles.json(runDir.resolve("result.json"));
      return result.path("status").asText().equals("fixed")
          ? Optional.of(new RunReport(result.path("exit_code").asInt(), (ObjectNode) result)) : Optional.empty();
    });
  }

  /** An inference's record, and the patch that goes into the predictions (empty for none). */
  record Inferred(InferenceRecord record, String patch) {}

  private void fresh(Instance instance) {
    String id = instance.instanceId();
    Path home = dir.instance(id);
    EvalFiles.deleteTree(home);
    Checkouts.at(sources.local(instance.repo()), instance.baseCommit(), dir.checkout(id));
    EvalFiles.writeForInstance(home.resolve("issue.md"), IssueText.of(instance, options.hints()));
  }

  private RunReport perform(Instance instance, boolean resume) {
    String id = instance.instanceId();
    Path log = dir.log(id);
    RunFlags flags = options.agent().flags(dir.checkout(id), dir.instance(id).resolve("issue.md").toString(), null,
        dir.run(id), resume, false, false);
    RepoConfig config = new RepoConfig(instance.setupGiven().orElse(null), instance.testCommandGiven().orElse(null),
        null, null, null, null, null, null, null, null, null);
    try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8,
        StandardOpenOption.CREATE, StandardOpenOption.APPEND), true)) {
      return new FixRun(env, dir.instance(id), writer, writer, false).withModelTraffic(new RateLimit(rate))
          .withConfig(config).perform(flags);
    } catch (IOException e) {
      throw new InstanceError("cannot write " + log + ": " + e.getMessage(), e);
    }
  }

  private Inferred recorded(Instance instance, RunReport report, long wallMs) {
    JsonNode json = report.json();
    String id = instance.instanceId();
    if (report.status().equals("error")) {
      return new Inferred(InferenceRecord.error(id, report.exitCode(), report.reason(), wallMs), "");
    }
    String patch = json.hasNonNull("patch") ? EvalFiles.read(Path.of(json.get("patch").asText())) : "";
    TrajectoryTimes times = TrajectoryTimes.of(Path.of(json.path("trajectory").asText()));
    long verification = json.path("verification").path("duration_ms").asLong();
    Path baselineFile = dir.run(id).resolve("baseline.json");
    long baseline = Files.isRegularFile(baselineFile) ? EvalFiles.json(baselineFile).path("durationMs").asLong() : 0;
    JsonNode tokens = json.path("tokens");
    // A run the model, the sandbox or Ctrl-C cut short (exit 2, 3 or 130) says nothing of fixer: an error, tried again.
    boolean cutShort = report.exitCode() == ExitCodes.USAGE || report.exitCode() == ExitCodes.INFRASTRUCTURE
        || report.exitCode() == ExitCodes.INTERRUPTED;
    InferenceRecord record = new InferenceRecord(id, cutShort ? "error" : report.status(), report.reason(),
        report.exitCode(),
        json.path("steps").asInt(), tokens.path("prompt").asLong(), tokens.path("cached").asLong(),
        tokens.path("completion").asLong(), json.hasNonNull("cost_usd") ? json.get("cost_usd").asDouble() : null,
        json.path("elapsed_ms").asLong(), wallMs, times.modelMs(), times.testMs() + verification + baseline,
        patch.getBytes(StandardCharsets.UTF_8).length, dir.root().relativize(dir.run(id)).toString());
    return new Inferred(record, cutShort ? "" : patch);
  }
}
