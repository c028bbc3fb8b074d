package dev.fixer.runner.action;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The workflows in {@code .github/workflows/}, which the README shows and users copy. */
class WorkflowsTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path WORKFLOWS = ROOT.resolve(".github/workflows");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Pattern FIXER = Pattern.compile("fixer-dev/fixer@(.+)");
  private static final Pattern README_BLOCK = Pattern.compile("```yaml\n# (\\.github/workflows/[\\w.-]+)\n(.*?)```",
      Pattern.DOTALL);

  private static JsonNode read(Path file) throws IOException {
    return YAML.readTree(file.toFile());
  }

  private static List<Path> workflows() throws IOException {
    try (Stream<Path> files = Files.list(WORKFLOWS)) {
      return files.filter(file -> file.toString().endsWith(".yml")).sorted().toList();
    }
  }

  private static List<JsonNode> steps(JsonNode workflow) {
    List<JsonNode> steps = new ArrayList<>();
    workflow.path("jobs").forEach(job -> job.path("steps").forEach(steps::add));
    return steps;
  }

  private static JsonNode job(String file, String name) throws IOException {
    return read(WORKFLOWS.resolve(file)).path("jobs").path(name);
  }

  @Test
  void everyWithOfAFixerStepIsAnInputOfTheActionAndTheRequiredOnesAreGiven() throws IOException {
    JsonNode inputs = read(ROOT.resolve("action.yml")).path("inputs");
    Set<String> required = new HashSet<>();
    inputs.fields().forEachRemaining(input -> {
      if (input.getValue().path("required").asBoolean() && !input.getValue().has("default")) {
        required.add(input.getKey());
      }
    });
    int fixerSteps = 0;
    for (Path file : workflows()) {
      for (JsonNode step : steps(read(file))) {
        Matcher uses = FIXER.matcher(step.path("uses").asText());
        if (!uses.matches()) {
          continue;
        }
        fixerSteps++;
        assertThat(uses.group(1)).as("%s pins fixer to a version tag", file).matches("v\\d+\\.\\d+\\.\\d+");
        List<String> given = new ArrayList<>();
        step.path("with").fieldNames().forEachRemaining(given::add);
        assertThat(given).as("the with: of fixer in %s", file).allSatisfy(name -> assertThat(inputs.has(name))
            .as("%s: fixer's action.yml has no input %s", file, name).isTrue());
        assertThat(given).as("%s gives the required inputs", file).containsAll(required);
      }
    }
    assertThat(fixerSteps).isPositive();
  }

  @Test
  void theIssueWorkflowFiltersLabelAndAuthorAndUploadsTheRunDirectory() throws IOException {
    JsonNode workflow = read(WORKFLOWS.resolve("fixer.yml"));
    JsonNode fix = workflow.path("jobs").path("fix");

    assertThat(workflow.path("on").fieldNames()).toIterable().containsExactlyInAnyOrder("issues", "issue_comment",
        "pull_request_review", "pull_request_review_comment");
    assertThat(fix.path("if").asText()).contains("github.event.label.name == 'fixer'", "author_association",
        "startsWith(github.event.comment.body, '/fixer')", "changes_requested");
    assertThat(workflow.has("concurrency") || fix.has("concurrency")).as("no group that drops queued requests")
        .isFalse();
    assertThat(steps(workflow)).anySatisfy(step -> {
      assertThat(step.path("uses").asText()).startsWith("actions/upload-artifact@");
      assertThat(step.path("with").path("path").asText()).isEqualTo("${{ steps.fixer.outputs.run_dir }}");
      assertThat(step.path("if").asText()).contains("always()");
    });
  }

  @Test
  void theNightlyBatchIsScheduledInShardsOneAtATimeAndFailsWithTheBatch() throws IOException {
    JsonNode workflow = read(WORKFLOWS.resolve("fixer-nightly.yml"));
    JsonNode batch = job("fixer-nightly.yml", "batch");

    assertThat(workflow.path("on").path("schedule").get(0).path("cron").asText()).isNotBlank();
    assertThat(workflow.path("concurrency").path("group").asText()).isNotBlank();
    assertThat(workflow.path("concurrency").path("cancel-in-progress").asBoolean(true)).isFalse();
    assertThat(StreamSupport.stream(batch.path("strategy").path("matrix").path("shard").spliterator(), false)
        .map(JsonNode::asInt)).containsExactly(1, 2, 3, 4);
    assertThat(steps(workflow)).anySatisfy(step -> assertThat(step.path("run").asText())
        .startsWith("set -o pipefail").contains("--shard \"$SHARD/4\"", "| tee"));
    assertThat(steps(workflow)).filteredOn(step -> step.path("uses").asText().startsWith("actions/checkout@"))
        .allSatisfy(step -> assertThat(step.path("with").path("ref").asText()).matches("v\\d+\\.\\d+\\.\\d+"));
  }

  @Test
  void theIssueWorkflowChecksOutTheDefaultBranchForReviewEventsToo() throws IOException {
    JsonNode workflow = read(WORKFLOWS.resolve("fixer.yml"));

    assertThat(workflow.path("on").has("pull_request_review")).isTrue();
    assertThat(steps(workflow)).filteredOn(step -> step.path("uses").asText().startsWith("actions/checkout@"))
        .singleElement().satisfies(step -> assertThat(step.path("with").path("ref").asText())
            .isEqualTo("${{ github.event.repository.default_branch }}"));
  }

  @Test
  void theReleasePublishesBothImagesToGhcrOnVersionTags() throws IOException {
    JsonNode workflow = read(WORKFLOWS.resolve("release.yml"));

    assertThat(workflow.path("on").path("push").path("tags").get(0).asText()).isEqualTo("v*");
    assertThat(workflow.path("permissions").path("packages").asText()).isEqualTo("write");
    assertThat(steps(workflow)).anySatisfy(step -> assertThat(step.path("with").path("registry").asText())
        .isEqualTo("ghcr.io"));
    String text = Files.readString(WORKFLOWS.resolve("release.yml"));
    assertThat(text).contains("ghcr.io/$owner/fixer:$GITHUB_REF_NAME", "ghcr.io/$owner/fixer-sandbox:$GITHUB_REF_NAME",
        "VERSION=${{ github.ref_name }}", "REVISION=${{ github.sha }}");
    assertThat(Files.readString(ROOT.resolve("Dockerfile"))).contains("org.opencontainers.image.source",
        "org.opencontainers.image.version", "org.opencontainers.image.revision", "USER fixer");
  }

  @Test
  void theReadmeShowsEachWorkflowAsItsFileHoldsIt() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    Matcher block = README_BLOCK.matcher(readme);
    List<String> shown = new ArrayList<>();
    while (block.find()) {
      Path file = ROOT.resolve(block.group(1));
      if (Files.exists(file)) {
        shown.add(block.group(1));
        assertThat(block.group(2)).as(block.group(1)).isEqualTo(Files.readString(file));
      }
    }
    assertThat(shown).contains(".github/workflows/fixer.yml", ".github/workflows/fixer-nightly.yml");
  }
}
