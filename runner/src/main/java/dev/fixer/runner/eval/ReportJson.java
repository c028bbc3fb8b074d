package dev.fixer.runner.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code report.json}: the dataset, the summary, the summary of each repository, and each instance. */
final class ReportJson {

  private ReportJson() {}

  static ObjectNode encode(EvalReport report) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    Dataset dataset = report.dataset();
    ObjectNode about = root.putObject("dataset").put("path", dataset.path().toString())
        .put("sha256", dataset.sha256()).put("instances", dataset.instances().size());
    ArrayNode invalid = about.putArray("invalid_lines");
    dataset.invalid().forEach(line -> invalid.addObject().put("line", line.line()).put("reason", line.reason()));
    root.put("shard", report.shard().map(Object::toString).orElse(null));
    summary(root.putObject("summary"), report.summary());
    ArrayNode repos = root.putArray("repos");
    for (Map.Entry<String, ReportSummary> repo : report.repos().entrySet()) {
      summary(repos.addObject().put("repo", repo.getKey()), repo.getValue());
    }
    ArrayNode instances = root.putArray("instances");
    report.rows().forEach(row -> instances.add(row(row)));
    return root;
  }

  private static void summary(ObjectNode node, ReportSummary s) {
    node.put("instances", s.instances()).put("not_run", s.notRun()).put("inferred", s.inferred());
    node.putObject("fixer").put("fixed", s.fixed()).put("not_fixed", s.notFixed()).put("unverified", s.unverified())
        .put("error", s.inferenceErrors());
    node.put("scored", s.scored()).put("resolved", s.resolved()).put("unresolved", s.unresolved())
        .put("error", s.scoreErrors()).put("rate", s.rate()).put("rate_of_instances", s.rateOfInstances())
        .put("said_fixed", s.saidFixed()).put("false_fixed", s.falseFixed())
        .put("false_fixed_rate", s.falseFixedRate()).put("missed", s.missed());
    node.putObject("tokens").put("uncached", s.uncachedTokens()).put("cached", s.cachedTokens())
        .put("completion", s.completionTokens());
    node.put("cost_usd", s.costUsd()).put("wall_ms", s.wallMs()).put("score_wall_ms", s.scoreWallMs());
    node.putObject("medians").put("steps", s.medianSteps()).put("cost_usd", s.medianCostUsd())
        .put("wall_ms", s.medianWallMs()).put("tokens", s.medianTokens());
  }

  private static ObjectNode row(ReportRow row) {
    ObjectNode node = JsonNodeFactory.instance.objectNode().put("instance_id", row.instance().instanceId())
        .put("repo", row.instance().repo())
        .put("fixer_status", row.inference().map(InferenceRecord::status).orElse(null))
        .put("score_status", row.score().map(ScoreRecord::status).orElse(null))
        .put("agreement", row.agreement().map(a -> a.name().toLowerCase(Locale.ROOT)).orElse(null));
    row.score().filter(score -> row.judged()).ifPresentOrElse(score -> {
      tests(node.putObject("fail_to_pass"), score.failToPassPassed(), score.failToPassFailed());
      tests(node.putObject("pass_to_pass"), score.passToPassPassed(), score.passToPassFailed());
    }, () -> node.putNull("fail_to_pass").putNull("pass_to_pass"));
    node.put("steps", row.inference().map(InferenceRecord::steps).orElse(null));
    node.putObject("tokens").put("uncached", row.uncachedTokens()).put("cached", row.cachedTokens())
        .put("completion", row.completionTokens());
    return node.put("cost_usd", row.inference().map(InferenceRecord::costUsd).orElse(null))
        .put("wall_ms", row.inference().map(InferenceRecord::wallMs).orElse(null))
        .put("score_wall_ms", row.score().map(ScoreRecord::wallMs).orElse(null))
        .put("patch_bytes", row.inference().map(InferenceRecord::patchBytes).orElse(null))
        .put("fixer_reason", row.inference().map(InferenceRecord::reason).orElse(null))
        .put("score_reason", row.score().map(ScoreRecord::reason).orElse(null));
  }

  private static void tests(ObjectNode node, List<String> passed, List<String> failed) {
    node.put("passed", passed.size()).put("total", passed.size() + failed.size());
  }
}
