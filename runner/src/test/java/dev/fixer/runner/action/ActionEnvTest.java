package dev.fixer.runner.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fixer.runner.ExitCodes;
import dev.fixer.runner.FixerException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActionEnvTest {

  private static final String NOT_IN_ACTIONS = "fixer action runs as a step of a GitHub Actions workflow; "
      + "to run fixer on your machine use fixer run";

  @TempDir
  Path dir;

  private Map<String, String> minimal() {
    Map<String, String> env = new HashMap<>();
    env.put("GITHUB_EVENT_PATH", dir.resolve("event.json").toString());
    env.put("GITHUB_EVENT_NAME", "issues");
    env.put("GITHUB_REPOSITORY", "octo-org/widgets");
    env.put("GITHUB_WORKSPACE", dir.resolve("widgets").toString());
    return env;
  }

  private ActionEnv withEvent(String json) throws IOException {
    Files.writeString(dir.resolve("event.json"), json);
    return ActionEnv.from(minimal());
  }

  @Test
  void theRequiredVariablesAloneGiveTheDefaults() {
    ActionEnv env = ActionEnv.from(minimal());

    assertThat(env.eventPath()).isEqualTo(dir.resolve("event.json"));
    assertThat(env.eventName()).isEqualTo("issues");
    assertThat(env.repository()).isEqualTo("octo-org/widgets");
    assertThat(env.workspace()).isEqualTo(dir.resolve("widgets"));
    assertThat(env.apiUrl()).isEqualTo("https://api.github.com");
    assertThat(env.serverUrl()).isEqualTo("https://github.com");
    assertThat(env.runId()).isEmpty();
    assertThat(env.stepSummary()).isEmpty();
    assertThat(env.output()).isEmpty();
    assertThat(env.inputs()).isEmpty();
  }

  @Test
  void theOptionalVariablesAreReadWhenSet() {
    Map<String, String> vars = minimal();
    vars.put("GITHUB_API_URL", "https://ghe.example.com/api/v3/");
    vars.put("GITHUB_SERVER_URL", "https://ghe.example.com");
    vars.put("GITHUB_RUN_ID", "1658821493");
    vars.put("GITHUB_STEP_SUMMARY", "/runner/_temp/summary.md");
    vars.put("GITHUB_OUTPUT", "/runner/_temp/output");

    ActionEnv env = ActionEnv.from(vars);

    assertThat(env.apiUrl()).isEqualTo("https://ghe.example.com/api/v3");
    assertThat(env.serverUrl()).isEqualTo("https://ghe.example.com");
    assertThat(env.runId()).contains("1658821493");
    assertThat(env.stepSummary()).contains(Path.of("/runner/_temp/summary.md"));
    assertThat(env.output()).contains(Path.of("/runner/_temp/output"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"GITHUB_EVENT_PATH", "GITHUB_EVENT_NAME", "GITHUB_REPOSITORY", "GITHUB_WORKSPACE"})
  void aMissingRequiredVariableIsNamedWithTheWayOut(String name) {
    Map<String, String> vars = minimal();
    vars.remove(name);

    assertThatThrownBy(() -> ActionEnv.from(vars)).isInstanceOf(FixerException.class)
        .hasMessage(name + " is not set: " + NOT_IN_ACTIONS)
        .extracting(e -> ((FixerException) e).exitCode()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void outsideActionsEveryMissingVariableIsNamedAndBlankCountsAsMissing() {
    assertThatThrownBy(() -> ActionEnv.from(Map.of("GITHUB_EVENT_NAME", "  ", "GITHUB_WORKSPACE", "/w")))
        .isInstanceOf(FixerException.class)
        .hasMessage("GITHUB_EVENT_PATH, GITHUB_EVENT_NAME, GITHUB_REPOSITORY are not set: " + NOT_IN_ACTIONS);
  }

  @Test
  void aRepositoryThatIsNotOwnerSlashNameIsRejected() {
    Map<String, String> vars = minimal();
    vars.put("GITHUB_REPOSITORY", "widgets");

    assertThatThrownBy(() -> ActionEnv.from(vars)).isInstanceOf(FixerException.class)
        .hasMessageStartingWith("GITHUB_REPOSITORY is 'widgets', not OWNER/NAME");
  }

  @Test
  void anInputIsFoundByNameUpperCasedWithSpacesAsUnderscores() {
    Map<String, String> vars = minimal();
    vars.put("INPUT_TRIGGER_LABEL", "  needs-fix ");
    vars.put("INPUT_MAX_STEPS", "80");

    ActionEnv env = ActionEnv.from(vars);

    assertThat(env.input("trigger label", "fixer")).isEqualTo("needs-fix");
    assertThat(env.input("Trigger_Label", "fixer")).isEqualTo("needs-fix");
    assertThat(env.input("max_steps", "100")).isEqualTo("80");
  }

  @Test
  void everyInputOfTheActionIsKnown() {
    Map<String, String> vars = minimal();
    ActionEnv.KNOWN_INPUTS.forEach(name -> vars.put("INPUT_" + name, "x"));

    ActionEnv.from(vars).requireKnownInputs();

    assertThat(ActionEnv.from(vars).inputs()).hasSize(ActionEnv.KNOWN_INPUTS.size());
  }

  @Test
  void anUnknownInputIsAUsageErrorNamingIt() {
    Map<String, String> vars = minimal();
    vars.put("INPUT_LABEL", "fixer");
    vars.put("INPUT_TRIGER_PHRASE", "/fix");

    assertThatThrownBy(() -> ActionEnv.from(vars).requireKnownInputs()).isInstanceOf(FixerException.class)
        .hasMessageStartingWith("fixer's Action has no input 'triger_phrase' (INPUT_TRIGER_PHRASE): remove it from"
            + " the step's with:, or use one of trigger_phrase, label,")
        .extracting(e -> ((FixerException) e).exitCode()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void aBlankOrAbsentInputIsTheDefault() {
    Map<String, String> vars = minimal();
    vars.put("INPUT_MODEL", "");
    vars.put("INPUT_BASE_URL", "   ");

    ActionEnv env = ActionEnv.from(vars);

    assertThat(env.input("model", "kimi-k2")).isEqualTo("kimi-k2");
    assertThat(env.input("base_url", "https://api.example.com")).isEqualTo("https://api.example.com");
    assertThat(env.input("draft", "false")).isEqualTo("false");
  }

  @Test
  void toStringNamesTheInputsButNeverTheirValues() {
    Map<String, String> vars = minimal();
    vars.put("INPUT_GITHUB_TOKEN", "ghs_secretTokenValue123");
    vars.put("INPUT_KIMI_API_KEY", "sk-secretModelKey456");

    String text = ActionEnv.from(vars).toString();

    assertThat(text).contains("GITHUB_TOKEN", "KIMI_API_KEY", "octo-org/widgets")
        .doesNotContain("ghs_secretTokenValue123", "sk-secretModelKey456");
  }

  @Test
  void theEventIsReadAsJson() throws IOException {
    ActionEnv env = withEvent("{\"action\": \"labeled\", \"issue\": {\"number\": 12}}");

    assertThat(env.event().path("issue").path("number").intValue()).isEqualTo(12);
  }

  @Test
  void aMissingEventFileIsAUsageErrorNamingIt() {
    ActionEnv env = ActionEnv.from(minimal());

    assertThatThrownBy(env::event).isInstanceOf(FixerException.class)
        .hasMessage("cannot read the event file " + dir.resolve("event.json")
            + " (GITHUB_EVENT_PATH): it does not exist")
        .extracting(e -> ((FixerException) e).exitCode()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void anEventPathThatIsADirectoryIsAUsageErrorNamingIt() throws IOException {
    Files.createDirectory(dir.resolve("event.json"));
    ActionEnv env = ActionEnv.from(minimal());

    assertThatThrownBy(env::event).isInstanceOf(FixerException.class)
        .hasMessageStartingWith("cannot read the event file " + dir.resolve("event.json") + " (GITHUB_EVENT_PATH): ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"action\": ", "not json", ""})
  void anEventFileThatIsNotJsonIsAUsageErrorNamingIt(String text) throws IOException {
    ActionEnv env = withEvent(text);

    assertThatThrownBy(env::event).isInstanceOf(FixerException.class)
        .hasMessageStartingWith("the event file " + dir.resolve("event.json") + " (GITHUB_EVENT_PATH) is not ")
        .hasMessageNotContaining("\n");
  }

  @Test
  void anEventThatIsNotAnObjectIsAUsageError() throws IOException {
    ActionEnv env = withEvent("[1, 2]");

    assertThatThrownBy(env::event).isInstanceOf(FixerException.class)
        .hasMessage("the event file " + dir.resolve("event.json") + " (GITHUB_EVENT_PATH) is not a JSON object");
  }
}
