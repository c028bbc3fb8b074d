package dev.fixer.runner.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fixer.runner.batch.Shard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalReportTest {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

  @TempDir Path dir;
  private Dataset dataset;
  private EvalDir eval;

  @BeforeEach
  void writeTheRecords() throws IOException {
    dataset = EvalRecords.dataset(dir);
    eval = new EvalDir(dir.resolve("eval"));
    EvalManifest.open(eval, dataset, Shard.ALL, CLOCK);
    for (int i = 0; i < 4; i++) {
      EvalRecords.write(eval, i);
    }
  }

  @Test
  void theSummaryCountsResolvedOfScoredAndTheInstancesNotRun() {
    ReportSummary summary = EvalReport.of(dataset, eval).summary();

    assertThat(summary.instances()).isEqualTo(5);
    assertThat(summary.notRun()).isEqualTo(1);
    assertThat(summary.scored()).isEqualTo(4);
    assertThat(summary.resolved()).isEqualTo(2);
    assertThat(summary.unresolved()).isEqualTo(1);
    assertThat(summary.scoreErrors()).isEqualTo(1);
    assertThat(summary.rate()).isEqualTo(0.5);
    assertThat(summary.rateOfInstances()).isEqualTo(0.4);
  }

  @Test
  void falseFixedIsSaidFixedButNotResolvedOfThoseSaidFixed() {
    ReportSummary summary = EvalReport.of(dataset, eval).summary();

    assertThat(summary.fixed()).isEqualTo(2);
    assertThat(summary.notFixed()).isEqualTo(1);
    assertThat(summary.unverified()).isEqualTo(1);
    assertThat(summary.saidFixed()).isEqualTo(2);
    assertThat(summary.falseFixed()).isEqualTo(1);
    assertThat(summary.falseFixedRate()).isEqualTo(0.5);
    assertThat(summary.missed()).isEqualTo(1);
  }

  @Test
  void totalsSumAndMediansTakeTheMiddle() {
    ReportSummary summary = EvalReport.of(dataset, eval).summary();

    assertThat(summary.uncachedTokens()).isEqualTo(600 + 2_000 + 5_000 + 1_500);
    assertThat(summary.cachedTokens()).isEqualTo(1_900);
    assertThat(summary.completionTokens()).isEqualTo(1_100);
    assertThat(summary.costUsd()).isCloseTo(0.60, within(1e-9));
    assertThat(summary.wallMs()).isEqualTo(600_000);
    assertThat(summary.scoreWallMs()).isEqualTo(35_000);
    assertThat(summary.medianSteps()).isEqualTo(25.0);
    assertThat(summary.medianCostUsd()).isEqualTo(0.20);
    assertThat(summary.medianWallMs()).isEqualTo(150_000.0);
    assertThat(summary.medianTokens()).isEqualTo(2_750.0);
  }

  @Test
  void eachRepositoryHasTheSameNumbersOverItsOwnInstances() throws IOException {
    JsonNode repos = JsonFields.MAPPER.readTree(EvalReport.of(dataset, eval).json()).get("repos");

    assertThat(repos).hasSize(2);
    assertThat(repos.get(0).get("repo").asText()).isEqualTo("acme/calc");
    assertThat(repos.get(0).get("instances").asInt()).isEqualTo(2);
    assertThat(repos.get(0).get("rate").asDouble()).isEqualTo(0.5);
    assertThat(repos.get(0).get("said_fixed").asInt()).isEqualTo(2);
    assertThat(repos.get(0).get("false_fixed_rate").asDouble()).isEqualTo(0.5);
    assertThat(repos.get(1).get("repo").asText()).isEqualTo("acme/web");
    assertThat(repos.get(1).get("not_run").asInt()).isEqualTo(1);
    assertThat(repos.get(1).get("error").asInt()).isEqualTo(1);
    assertThat(repos.get(1).get("said_fixed").asInt()).isZero();
    assertThat(repos.get(1).get("false_fixed_rate").isNull()).isTrue();
    assertThat(repos.get(1).get("missed").asInt()).isEqualTo(1);
    assertThat(repos.get(1).at("/medians/cost_usd").asDouble()).isEqualTo(0.20);
  }

  @Test
  void eachInstanceInDatasetOrderWithItsVerdictsAndTests() throws IOException {
    JsonNode instances = JsonFields.MAPPER.readTree(EvalReport.of(dataset, eval).json()).get("instances");

    assertThat(instances.findValuesAsText("instance_id")).containsExactlyElementsOf(EvalRecords.IDS);
    assertThat(instances.findValuesAsText("agreement"))
        .containsExactly("agree", "false_fixed", "missed", "null", "null");
    JsonNode second = instances.get(1);
    assertThat(second.fieldNames()).toIterable().containsExactly("instance_id", "repo", "fixer_status",
        "score_status", "agreement", "fail_to_pass", "pass_to_pass", "steps", "tokens", "cost_usd", "wall_ms",
        "score_wall_ms", "patch_bytes", "fixer_reason", "score_reason");
    assertThat(second.at("/fail_to_pass/passed").asInt()).isEqualTo(1);
    assertThat(second.at("/fail_to_pass/total").asInt()).isEqualTo(2);
    assertThat(second.at("/tokens/uncached").asLong()).isEqualTo(2_000);
    assertThat(instances.get(3).get("agreement").isNull()).isTrue();
    assertThat(instances.get(3).get("score_status").asText()).isEqualTo("error");
    assertThat(instances.get(3).get("fail_to_pass").isNull()).isTrue();
    assertThat(instances.get(4).get("fixer_status").isNull()).isTrue();
  }

  @Test
  void theMarkdownLeadsWithTheRateAndFalseFixed() {
    String markdown = EvalReport.of(dataset, eval).markdown();

    assertThat(markdown).startsWith("# fixer eval: dataset.jsonl\n\nDataset `" + dataset.path() + "` (sha256 "
        + dataset.sha256().substring(0, 12) + "…), 5 instances, shard 1/1.\n\n"
        + "**Resolved: 2 of 4 scored (50.0%)** · 1 unresolved · 1 error · 1 not run\n\n"
        + "Fixer said: 2 fixed, 1 not fixed, 1 unverified, 0 error · false \"fixed\": 1 of 2 scored (50.0%)"
        + " · missed: 1.\n\n"
        + "**Totals:** 9,100 uncached, 1,900 cached and 1,100 completion tokens · $0.60 · 10:00 of inference,"
        + " 0:35 of scoring\n\n**Medians:** 25 steps · $0.20 · 2:30 · 2,750 tokens\n\n");
  }

  @Test
  void theMarkdownTablesShowEachRepositoryAndInstance() {
    String markdown = EvalReport.of(dataset, eval).markdown();

    assertThat(markdown).contains("| acme/calc | 2 | 2 | 1 | 50.0% | 0 | 1 of 2 | 4,400 | $0.40 | 3:00 | 15 |"
        + " $0.20 | 1:30 |\n");
    assertThat(markdown).contains("| acme__calc-2 | acme/calc | no | 1/2 | 3/3 | fixed | **false fixed** | 20 |"
        + " 2,000 | 1,000 | $0.30 | 2:00 |\n");
    assertThat(markdown).contains("| acme__web-3 | acme/web | yes | 1/1 | 3/3 | not fixed | missed | 30 | 5,000 | 0 |"
        + " — | 3:00 |\n");
    assertThat(markdown).contains("| acme__web-4 | acme/web | error | — | — | unverified | — | 40 | 1,500 | 500 |"
        + " $0.20 | 4:00 |\n");
    assertThat(markdown)
        .contains("| acme__web-5 | acme/web | — | — | — | not run | — | — | — | — | — | — |\n");
    assertThat(markdown).endsWith("## Skipped dataset lines\n\n- line 6: it has no \"instance_id\"\n");
  }

  @Test
  void beforeScoringTheReportSaysSoAndShowsInferenceOnly() throws IOException {
    for (String id : EvalRecords.IDS) {
      Files.deleteIfExists(eval.score(id));
    }

    String markdown = EvalReport.of(dataset, eval).markdown();

    assertThat(markdown).contains("\n**Not scored yet: run fixer eval score.** 4 of 5 instances inferred"
        + " · 1 not run\n\nFixer said: 2 fixed, 1 not fixed, 1 unverified, 0 error.\n");
    assertThat(markdown).contains("| Instance | Repository | Fixer | Steps | Uncached tokens | Cached tokens | Cost |"
        + " Time |\n");
    assertThat(markdown).doesNotContain("Resolved").doesNotContain("false");
    assertThat(EvalReport.of(dataset, eval).summary().rate()).isNull();
  }

  @Test
  void aShardsReportHoldsItsShareAndNotTheOthers() throws IOException {
    EvalDir shard = new EvalDir(dir.resolve("shard"));
    Shard half = new Shard(1, 2);
    EvalManifest.open(shard, dataset, half, CLOCK);
    List<String> share = dataset.instances(half).stream().map(Instance::instanceId).toList();

    ReportSummary summary = EvalReport.of(dataset, shard).summary();

    assertThat(summary.instances()).isEqualTo(share.size());
    assertThat(summary.notRun()).isEqualTo(share.size());
    assertThat(share).isNotEmpty().hasSizeLessThan(5);
  }

  @Test
  void writesBothFilesAndReturnsTheMarkdown() throws IOException {
    EvalReport report = EvalReport.of(dataset, eval);

    String markdown = report.write();

    assertThat(Files.readString(eval.reportMarkdown())).isEqualTo(markdown);
    assertThat(Files.readString(eval.reportJson())).isEqualTo(report.json());
    assertThat(JsonFields.MAPPER.readTree(report.json()).fieldNames()).toIterable()
        .containsExactly("dataset", "shard", "summary", "repos", "instances");
  }

  @Test
  void tableCellsEscapePipesBackslashesAndLineBreaks() {
    assertThat(ReportMarkdown.cell("a|b\\c\n  d")).isEqualTo("a\\|b\\\\c d");
    assertThat(ReportMarkdown.row(List.of("x|y", "1\r\n2"))).isEqualTo("| x\\|y | 1 2 |\n");
  }

  @Test
  void anInstanceIdWithAPipeStaysInItsCell() throws IOException {
    Path file = dir.resolve("odd.jsonl");
    Files.writeString(file, "{\"instance_id\":\"odd|one\\nid\",\"repo\":\"a/b\",\"base_commit\":\"c\"}\n");
    Dataset odd = Dataset.load(file, false);
    EvalDir oddEval = new EvalDir(dir.resolve("odd"));
    RecordFiles.write(oddEval.inference("odd|one\nid"),
        EvalRecords.inference("odd|one\nid", "fixed", 1, 10, 0, 1, 0.01, 1_000));

    assertThat(EvalReport.of(odd, oddEval).markdown()).contains("| odd\\|one id | a/b | fixed | 1 | 10 | 0 | $0.01 |"
        + " 0:01 |\n");
  }
}
