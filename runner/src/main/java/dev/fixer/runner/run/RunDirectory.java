package dev.fixer.runner.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fixer.core.cost.ModelPrice;
import dev.fixer.core.prompt.IssueText;
import dev.fixer.runner.FixerException;
import dev.fixer.runner.TextFiles;
import dev.fixer.runner.config.ImageChoice;
import dev.fixer.runner.config.OnSetupFailure;
import dev.fixer.runner.config.PublishUnverified;
import dev.fixer.runner.config.SandboxChoice;
import dev.fixer.runner.config.SandboxSettings;
import dev.fixer.runner.config.VerifyConfig;
import dev.fixer.tools.build.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * A run's directory: {@code run.json} (the {@link RunRecord}), {@code work/} (the work copy),
 * {@code trajectory.jsonl} unless the user named another file, and {@code result.json} once the run
 * is done. Files are replaced atomically, so a run killed at any point leaves a readable record.
 */
final class RunDirectory {

  static final String RECORD = "run.json";
  static final String RESULT = "result.json";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private final Path dir;

  RunDirectory(Path dir) {
    this.dir = dir.toAbsolutePath().normalize();
  }

  Path dir() {
    return dir;
  }

  Path work() {
    return dir.resolve("work");
  }

  Path defaultTrajectory() {
    return dir.resolve("trajectory.jsonl");
  }

  /** The tests' outcomes on the base commit, taken before the agent started. */
  Path baseline() {
    return dir.resolve("baseline.json");
  }

  /** Where the changes a commit leaves out are moved, so that nothing the agent made is lost. */
  Path leftOut() {
    return dir.resolve("left-out");
  }

  /** Where the agent's files wait while verification runs tests on their base versions. */
  Path stash() {
    return dir.resolve("verify-stash");
  }

  Path result() {
    return dir.resolve(RESULT);
  }

  /** The directory of an earlier run, checked; for {@code --resume}. */
  static RunDirectory existing(Path dir) {
    RunDirectory run = new RunDirectory(dir);
    if (!Files.isRegularFile(run.dir.resolve(RECORD))) {
      throw FixerException.usage("--resume " + dir + " is not a fixer run directory (it has no " + RECORD
          + "); pass the directory a run printed as 'run directory'");
    }
    return run;
  }

  /**
   * A new run directory: {@code chosen} when the user named one (it must be empty or not exist), else
   * a new one under {@code runs} named by the time and {@code name}.
   */
  static RunDirectory fresh(Path chosen, Path runs, String name) {
    if (chosen != null) {
      if (nonEmptyDirectory(chosen)) {
        throw FixerException.usage("--work-dir " + chosen + " is not empty: choose a new directory, or continue the"
            + " run in it with --resume " + chosen);
      }
      return new RunDirectory(chosen);
    }
    String base = STAMP.format(LocalDateTime.now()) + "-" + name;
    Path dir = runs.resolve(base);
    for (int n = 2; Files.exists(dir); n++) {
      dir = runs.resolve(base + "-" + n);
    }
    return new RunDirectory(dir);
  }

  /** A new run must not write into a trajectory that holds another run. */
  static void requireNewTrajectory(Path trajectory) {
    try {
      if (Files.exists(trajectory) && Files.size(trajectory) > 0) {
        throw FixerException.usage("the trajectory " + trajectory + " already holds a run: choose another file, or"
            + " continue that run with --resume and its run directory");
      }
    } catch (IOException e) {
      throw FixerException.usage("cannot use the trajectory " + trajectory + ": " + e.getMessage(), e);
    }
  }

  private static boolean nonEmptyDirectory(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isPresent();
    } catch (IOException e) {
      return Files.exists(dir);
    }
  }

  void save(RunRecord record) {
    write(dir.resolve(RECORD), encode(record).toPrettyString());
  }

  RunRecord load() {
    Path file = dir.resolve(RECORD);
    try {
      return decode(JSON.readTree(Files.readString(file)));
    } catch (IOException | RuntimeException e) {
      throw FixerException.usage("cannot read the run record " + file + ": " + e.getMessage(), e);
    }
  }

  /** Writes {@code text} to {@code file} at once, as {@link TextFiles#writeAtomically} does. */
  static void write(Path file, String text) {
    try {
      TextFiles.writeAtomically(file, text);
    } catch (IOException e) {
      throw FixerException.infrastructure("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static ObjectNode encode(RunRecord record) {
    ObjectNode node = JSON.createObjectNode().put("version", 1);
    node.put("repo", record.repo().toString()).put("branch", record.branch());
    ObjectNode issue = IssueJson.encode(record.issue());
    node.set("issue", issue);
    record.issueNumber().ifPresent(number -> issue.put("number", number));
    record.publishing().ifPresent(publishing -> node.putObject("github").put("repo", publishing.repo())
        .put("draft", publishing.draft()).put("run_url", publishing.runUrl().orElse(null))
        .put("follow_up", publishing.followUp()).put("branch", publishing.branch().orElse(null))
        .put("branch_prefix", publishing.prefix().value()));
    RunPlan plan = record.plan();
    ObjectNode p = node.putObject("plan").put("model", plan.model()).put("max_tokens", plan.maxTokens())
        .put("max_steps", plan.maxSteps()).put("timeout_ms", plan.timeout().toMillis())
        .put("sandbox", plan.sandbox().wireName()).put("setup_timeout_ms", plan.setupTimeout().toMillis());
    p.put("thinking", plan.thinking()).put("base_url", plan.baseUrl()).put("max_cost_usd", plan.maxCostUsd())
        .put("setup", plan.setup()).put("test", plan.test());
    if (plan.image() != null) {
      p.put("image", plan.image().image()).put("dockerfile", plan.image().dockerfile());
    }
    p.put("attempts", plan.attempts()).put("publish_unverified", plan.publishUnverified().name().toLowerCase(Locale.ROOT))
        .put("instructions", plan.instructions()).put("context_window", plan.contextWindow())
        .put("on_setup_failure", plan.onSetupFailure() == null ? null : plan.onSetupFailure().wireName())
        .put("language", plan.language() == null ? null : plan.language().wireName());
    p.putObject("verify").put("scope", plan.verify().scope().wireName()).put("command", plan.verify().command())
        .put("timeout_ms", plan.verify().timeout().toMillis());
    SandboxSettings settings = plan.sandboxSettings();
    ObjectNode limits = p.putObject("sandbox_settings").put("memory_bytes", settings.memoryBytes())
        .put("processes", settings.processes())
        .put("timeout_ms", settings.timeout() == null ? null : settings.timeout().toMillis());
    settings.bind().forEach(limits.putArray("bind")::add);
    if (plan.price() != null) {
      p.putObject("price").put("input", plan.price().cacheMiss()).put("cached", plan.price().cacheHit())
          .put("output", plan.price().output());
    }
    node.put("trajectory", record.trajectory().toString()).put("phase", record.phase().name().toLowerCase(java.util.Locale.ROOT));
    return node;
  }

  private static RunRecord decode(JsonNode node) {
    JsonNode i = node.path("issue");
    IssueText issue = IssueJson.decode(i);
    OptionalInt number = i.hasNonNull("number") ? OptionalInt.of(i.get("number").asInt()) : OptionalInt.empty();
    JsonNode p = node.path("plan");
    RunPlan plan = new RunPlan(p.path("model").asText(), p.hasNonNull("thinking") ? p.get("thinking").asBoolean() : null,
        text(p, "base_url"), p.path("max_tokens").asInt(), p.path("max_steps").asInt(),
        p.hasNonNull("max_cost_usd") ? p.get("max_cost_usd").asDouble() : null,
        Duration.ofMillis(p.path("timeout_ms").asLong()), SandboxChoice.parse(p.path("sandbox").asText()),
        text(p, "setup"), text(p, "test"), Duration.ofMillis(p.path("setup_timeout_ms").asLong()),
        p.has("image") ? new ImageChoice(text(p, "image"), text(p, "dockerfile")) : null,
        p.path("attempts").asInt(RunPlan.DEFAULT_ATTEMPTS), verify(p.path("verify")),
        p.hasNonNull("publish_unverified") ? PublishUnverified.parse(p.get("publish_unverified").asText())
            : PublishUnverified.NO,
        text(p, "instructions"),
        p.path("price").isObject() ? new ModelPrice(p.path("price").path("input").asDouble(),
            p.path("price").path("cached").asDouble(), p.path("price").path("output").asDouble()) : null,
        p.path("context_window").asInt(RunPlan.DEFAULT_CONTEXT_WINDOW),
        p.hasNonNull("on_setup_failure") ? OnSetupFailure.parse(p.get("on_setup_failure").asText()) : null,
        sandboxSettings(p.path("sandbox_settings")),
        p.hasNonNull("language") ? Language.named(p.get("language").asText()).orElse(null) : null);
    JsonNode g = node.path("github");
    Optional<Publishing> publishing = g.isObject()
        ? Optional.of(new Publishing(g.path("repo").asText(), g.path("draft").asBoolean(),
            Optional.ofNullable(text(g, "run_url")), g.path("follow_up").asBoolean(false),
            Optional.ofNullable(text(g, "branch")), g.path("branch_prefix").isTextual()
                ? new BranchPrefix(g.path("branch_prefix").asText())
                : BranchPrefix.DEFAULT))
        : Optional.empty();
    return new RunRecord(Path.of(node.path("repo").asText()), node.path("branch").asText(), issue, number, plan,
        Path.of(node.path("trajectory").asText()), Phase.valueOf(node.path("phase").asText().toUpperCase(java.util.Locale.ROOT)),
        publishing);
  }

  private static SandboxSettings sandboxSettings(JsonNode s) {
    if (!s.isObject()) {
      return SandboxSettings.NONE;
    }
    List<String> bind = new ArrayList<>();
    s.path("bind").forEach(path -> bind.add(path.asText()));
    return new SandboxSettings(s.hasNonNull("memory_bytes") ? s.get("memory_bytes").asLong() : null,
        s.hasNonNull("processes") ? s.get("processes").asInt() : null,
        s.hasNonNull("timeout_ms") ? Duration.ofMillis(s.get("timeout_ms").asLong()) : null, bind);
  }

  private static VerifyConfig verify(JsonNode v) {
    if (!v.isObject()) {
      return VerifyConfig.DEFAULT;
    }
    return new VerifyConfig(VerifyConfig.Scope.parse(v.path("scope").asText("suite")), text(v, "command"),
        Duration.ofMillis(v.path("timeout_ms").asLong(VerifyConfig.DEFAULT_TIMEOUT.toMillis())));
  }

  private static String text(JsonNode node, String field) {
    return node.hasNonNull(field) ? node.get(field).asText() : null;
  }
}
