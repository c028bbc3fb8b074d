package dev.fixer.runner.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fixer.runner.batch.BatchEntry.Status;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class BatchReportTest {

  private static final Instant AT = Instant.parse("2025-06-01T12:00:00Z");

  private static final BatchEntry FIXED = new BatchEntry(12, "Crash | on empty\ninput", Status.FIXED,
      Optional.of(Path.of("/runs/12")), Optional.of("https://github.com/acme/widgets/pull/40"), 17, 120_000, 80_000,
      3_500, 0.4217, 185_250, OptionalInt.of(0), "the tests pass", AT);
  private static final BatchEntry NOT_FIXED = new BatchEntry(3, "Slow start", Status.NOT_FIXED,
      Optional.of(Path.of("/runs/3")), Optional.empty(), 40, 400_000, 300_000, 9_000, 1.5, 3_725_999,
      OptionalInt.of(1), "the tests\n still fail", AT);
  private static final BatchEntry SKIPPED = BatchEntry.pending(20, "Docs", AT)
      .ended(Status.SKIPPED, OptionalInt.empty(), "has an open pull request");

  private static final List<BatchEntry> ENTRIES = List.of(FIXED, SKIPPED, NOT_FIXED);

  @Test
  void theMarkdownHasAHeadingAndOneRowPerIssueByNumber() {
    String markdown = BatchReport.markdown("acme/widgets", "bug", ENTRIES);

    assertThat(markdown).startsWith("# fixer batch: acme/widgets, label \"bug\"\n\n"
        + "| # | Title | Status | Pull request | Steps | Tokens | Cost | Time |\n"
        + "|---:|---|---|---|---:|---:|---:|---:|\n"
        + "| 3 | Slow start | not fixed | — | 40 | 409,000 | $1.50 | 62:05 |\n"
        + "| 12 | Crash \\| on empty input | fixed | [#40](https://github.com/acme/widgets/pull/40) | 17 | 123,500 |"
        + " $0.42 | 3:05 |\n"
        + "| 20 | Docs | skipped | — | 0 | 0 | $0.00 | 0:00 |\n\n");
  }

  @Test
  void theMarkdownTotalsCountEachStatusAndSumTokensCostAndTime() {
    String markdown = BatchReport.markdown("acme/widgets", "bug", ENTRIES);

    assertThat(markdown).contains("\n**Total:** 3 issues (1 fixed, 1 not fixed, 1 skipped) · 532,500 tokens"
        + " (520,000 prompt, 380,000 of them cached, 12,500 completion) · $1.92 · 65:11 of run time\n");
  }

  @Test
  void anUnverifiedRunIsItsOwnFinishedOutcomeWithItsReason() {
    BatchEntry unverified = BatchEntry.pending(7, "Rounding", AT).ended(Status.UNVERIFIED, OptionalInt.of(1),
        "no test fails before the change and passes after it");

    String markdown = BatchReport.markdown("acme/widgets", "bug", List.of(FIXED, unverified));

    assertThat(Status.UNVERIFIED.finished()).isTrue();
    assertThat(markdown).contains("| 7 | Rounding | unverified | — |").contains("(1 fixed, 1 unverified)")
        .contains("- #7 unverified: no test fails before the change and passes after it\n");
    assertThat(BatchReport.json("acme/widgets", "bug", List.of(unverified)).path("totals").path("unverified").asInt())
        .isEqualTo(1);
  }

  @Test
  void theMarkdownSaysWhyEachIssueWasNotFixed() {
    String markdown = BatchReport.markdown("acme/widgets", "bug", ENTRIES);

    assertThat(markdown).endsWith("## Why not fixed\n\n- #3 not fixed: the tests still fail\n"
        + "- #20 skipped: has an open pull request\n");
    assertThat(markdown).doesNotContain("the tests pass");
  }

  @Test
  void anEmptyBatchSaysSo() {
    assertThat(BatchReport.markdown("acme/widgets", "bug", List.of())).isEqualTo(
        "# fixer batch: acme/widgets, label \"bug\"\n\nNo issues.\n\n**Total:** 0 issues · 0 tokens (0 prompt,"
            + " 0 of them cached, 0 completion) · $0.00 · 0:00 of run time\n");
  }

  @Test
  void theJsonHasEveryFieldOfEachIssueByNumberAndTheTotals() {
    ObjectNode json = BatchReport.json("acme/widgets", "bug", ENTRIES);

    assertThat(json.get("repo").asText()).isEqualTo("acme/widgets");
    assertThat(json.get("label").asText()).isEqualTo("bug");
    assertThat(json.get("issues")).extracting(issue -> issue.get("number").asInt()).containsExactly(3, 12, 20);
    JsonNode fixed = json.get("issues").get(1);
    assertThat(fixed.get("title").asText()).isEqualTo("Crash | on empty\ninput");
    assertThat(fixed.get("status").asText()).isEqualTo("fixed");
    assertThat(fixed.get("pr_url").asText()).isEqualTo("https://github.com/acme/widgets/pull/40");
    assertThat(fixed.get("steps").asInt()).isEqualTo(17);
    assertThat(fixed.get("tokens").get("prompt").asLong()).isEqualTo(120_000);
    assertThat(fixed.get("tokens").get("cached").asLong()).isEqualTo(80_000);
    assertThat(fixed.get("tokens").get("completion").asLong()).isEqualTo(3_500);
    assertThat(fixed.get("cost_usd").asDouble()).isEqualTo(0.4217);
    assertThat(fixed.get("elapsed_ms").asLong()).isEqualTo(185_250);
    assertThat(fixed.get("exit_code").asInt()).isEqualTo(0);
    assertThat(fixed.get("reason").asText()).isEqualTo("the tests pass");
    assertThat(fixed.get("run_dir").asText()).isEqualTo(Path.of("/runs/12").toString());
    assertThat(fixed.has("updated_at")).isFalse();
    JsonNode skipped = json.get("issues").get(2);
    assertThat(skipped.get("status").asText()).isEqualTo("skipped");
    assertThat(skipped.get("pr_url").isNull()).isTrue();
    assertThat(skipped.get("exit_code").isNull()).isTrue();
    assertThat(skipped.get("run_dir").isNull()).isTrue();
    assertThat(json.get("issues").get(0).get("status").asText()).isEqualTo("not_fixed");
  }

  @Test
  void theJsonTotalsCountEachStatusAndSumTheRest() {
    JsonNode totals = BatchReport.json("acme/widgets", "bug", ENTRIES).get("totals");

    assertThat(totals.get("issues").asInt()).isEqualTo(3);
    assertThat(totals.get("fixed").asInt()).isEqualTo(1);
    assertThat(totals.get("not_fixed").asInt()).isEqualTo(1);
    assertThat(totals.get("skipped").asInt()).isEqualTo(1);
    assertThat(totals.get("failed").asInt()).isZero();
    assertThat(totals.get("steps").asLong()).isEqualTo(57);
    assertThat(totals.get("tokens").get("prompt").asLong()).isEqualTo(520_000);
    assertThat(totals.get("tokens").get("cached").asLong()).isEqualTo(380_000);
    assertThat(totals.get("tokens").get("completion").asLong()).isEqualTo(12_500);
    assertThat(totals.get("cost_usd").asDouble()).isEqualTo(1.9217);
    assertThat(totals.get("elapsed_ms").asLong()).isEqualTo(3_911_249);
  }
}
