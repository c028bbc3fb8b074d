package dev.fixer.runner.action;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ActionYamlTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final List<String> INPUTS = List.of("trigger_phrase", "label", "trigger_label", "branch_prefix",
      "github_token", "kimi_api_key", "model", "base_url", "max_steps", "max_cost", "timeout", "draft", "sandbox");

  private JsonNode action;

  @BeforeEach
  void read() throws IOException {
    action = new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("action.yml").toFile());
  }

  private JsonNode step(String name) {
    return steps().stream().filter(step -> step.path("name").asText().equals(name)).findFirst().orElseThrow();
  }

  private List<JsonNode> steps() {
    return StreamSupport.stream(action.path("runs").path("steps").spliterator(), false).toList();
  }

  @Test
  void theActionTakesTheDocumentedInputsWithTheirDefaults() {
    JsonNode inputs = action.path("inputs");

    assertThat(names(inputs)).containsExactlyElementsOf(INPUTS);
    assertThat(inputs.path("trigger_phrase").path("default").asText()).isEqualTo("/fixer");
    assertThat(inputs.path("label").path("default").asText()).isEqualTo("fixer");
    assertThat(inputs.path("trigger_label").path("default").asText("absent")).isEmpty();
    assertThat(inputs.path("trigger_label").path("description").asText()).startsWith("Deprecated");
    assertThat(inputs.path("branch_prefix").path("default").asText()).isEqualTo("fixer/");
    assertThat(inputs.path("github_token").path("default").asText()).isEqualTo("${{ github.token }}");
    assertThat(inputs.path("kimi_api_key").path("required").asBoolean()).isTrue();
    assertThat(inputs.path("kimi_api_key").has("default")).isFalse();
    assertThat(inputs.path("model").path("default").asText("absent")).isEmpty();
    assertThat(inputs.path("draft").path("default").asText()).isEqualTo("false");
    assertThat(inputs.path("sandbox").path("default").asText()).isEqualTo("auto");
    inputs.forEach(input -> assertThat(input.path("description").asText()).isNotBlank());
  }

  @Test
  void theOutputsComeFromTheFixerStepAndAnIgnoredEventFromTheFirst() {
    JsonNode outputs = action.path("outputs");

    assertThat(names(outputs)).containsExactly("status", "pr_url", "branch_name", "run_dir", "cost_usd");
    assertThat(outputs.path("status").path("value").asText()).isEqualTo(
        "${{ steps.fixer.outputs.status || steps.trigger.outputs.status == 'ignored' && 'ignored' || '' }}");
    for (String name : List.of("pr_url", "branch_name", "run_dir", "cost_usd")) {
      assertThat(outputs.path(name).path("value").asText()).isEqualTo("${{ steps.fixer.outputs." + name + " }}");
    }
    outputs.forEach(output -> assertThat(output.path("description").asText()).isNotBlank());
  }

  @Test
  void theFirstStepDecidesFromThePayloadAloneAndTheSecondRunsOnlyWhenItIsNotIgnored() {
    assertThat(steps()).extracting(step -> step.path("id").asText()).containsExactly("trigger", "fixer");
    JsonNode trigger = step("Decide whether the event is for fixer");
    assertThat(trigger.path("run").asText()).isEqualTo("bash \"${{ github.action_path }}/docker/action-trigger.sh\"");
    assertThat(names(trigger.path("env"))).containsExactlyInAnyOrder("INPUT_LABEL", "INPUT_TRIGGER_LABEL",
        "INPUT_TRIGGER_PHRASE");
    assertThat(trigger.toString()).doesNotContain("github_token", "kimi_api_key", "secrets.");
    assertThat(step("Run fixer").path("if").asText()).isEqualTo("steps.trigger.outputs.status != 'ignored'");
  }

  @Test
  void itIsACompositeActionWhoseSecondStepRunsFixerInItsImage() throws IOException {
    assertThat(action.path("runs").path("using").asText()).isEqualTo("composite");
    assertThat(step("Run fixer").path("id").asText()).isEqualTo("fixer");
    assertThat(step("Run fixer").path("shell").asText()).isEqualTo("bash");
    assertThat(step("Run fixer").path("run").asText()).isEqualTo("bash \"${{ github.action_path }}/docker/action.sh\"");
    assertThat(Files.readString(ROOT.resolve("docker/action.sh")))
        .contains("docker/build-images.sh", "-v /var/run/docker.sock:/var/run/docker.sock", "\"$image\" action");
    assertThat(step("Run fixer").path("env").path("ACTION_REF").asText()).isEqualTo("${{ github.action_ref }}");
    assertThat(step("Run fixer").path("env").path("ACTION_INPUTS").asText()).isEqualTo("${{ toJSON(inputs) }}");
  }

  @Test
  void theInputsFixerKnowsAreTheInputsOfTheAction() {
    assertThat(ActionEnv.KNOWN_INPUTS).containsExactlyElementsOf(
        INPUTS.stream().map(input -> input.toUpperCase(Locale.ROOT)).toList());
  }

  @Test
  void everyInputReachesFixerAsAnInputVariable() {
    JsonNode env = step("Run fixer").path("env");

    for (String input : INPUTS) {
      assertThat(env.path("INPUT_" + input.toUpperCase(Locale.ROOT)).asText()).as(input)
          .isEqualTo("${{ inputs." + input + " }}");
    }
    assertThat(env.path("GITHUB_TOKEN").asText()).isEqualTo("${{ inputs.github_token }}");
    assertThat(env.path("KIMI_API_KEY").asText()).isEqualTo("${{ inputs.kimi_api_key }}");
  }

  @Test
  void noCommandLineCarriesAnInput() {
    steps().forEach(step -> assertThat(step.path("run").asText()).as(step.path("name").asText())
        .doesNotContain("inputs.", "secrets."));
    steps().stream().filter(step -> step.has("with")).forEach(step -> assertThat(step.path("with").toString())
        .as(step.path("name").asText()).doesNotContain("inputs.github_token", "inputs.kimi_api_key"));
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
