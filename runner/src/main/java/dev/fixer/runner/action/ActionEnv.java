package dev.fixer.runner.action;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fixer.runner.FixerException;
import dev.fixer.runner.TextFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What GitHub Actions gives a step, read from the environment.
 *
 * <p>{@link #toString} names the inputs but never their values, since the token and the model key
 * arrive as inputs too.
 *
 * @param eventPath the webhook payload of the event that started the workflow
 * @param eventName e.g. {@code issues} or {@code issue_comment}
 * @param repository OWNER/NAME
 * @param workspace the checkout of the repository
 * @param apiUrl the REST API root, without a trailing slash
 * @param serverUrl the web root, without a trailing slash
 * @param runId the workflow run, when known
 * @param stepSummary the file the step appends Markdown to, when the runner gives one
 * @param output the file the step writes its outputs to, when the runner gives one
 * @param inputs every {@code INPUT_*} variable, keyed by the part after {@code INPUT_}
 */
public record ActionEnv(Path eventPath, String eventName, String repository, Path workspace, String apiUrl,
    String serverUrl, Optional<String> runId, Optional<Path> stepSummary, Optional<Path> output,
    Map<String, String> inputs) {

  private static final String INPUT_PREFIX = "INPUT_";
  /** The inputs {@code action.yml} declares, as their {@code INPUT_*} names take them. */
  static final List<String> KNOWN_INPUTS = List.of("TRIGGER_PHRASE", "LABEL", "TRIGGER_LABEL", "BRANCH_PREFIX",
      "GITHUB_TOKEN", "KIMI_API_KEY", "MODEL", "BASE_URL", "MAX_STEPS", "MAX_COST", "TIMEOUT", "DRAFT", "SANDBOX");
  private static final List<String> REQUIRED =
      List.of("GITHUB_EVENT_PATH", "GITHUB_EVENT_NAME", "GITHUB_REPOSITORY", "GITHUB_WORKSPACE");
  private static final ObjectMapper JSON = new ObjectMapper();

  public ActionEnv {
    Objects.requireNonNull(eventPath, "eventPath");
    Objects.requireNonNull(eventName, "eventName");
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(workspace, "workspace");
    Objects.requireNonNull(apiUrl, "apiUrl");
    Objects.requireNonNull(serverUrl, "serverUrl");
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(stepSummary, "stepSummary");
    Objects.requireNonNull(output, "output");
    inputs = Map.copyOf(inputs);
  }

  /**
   * Reads GITHUB_EVENT_PATH, GITHUB_EVENT_NAME, GITHUB_REPOSITORY, GITHUB_WORKSPACE (required),
   * GITHUB_API_URL (default https://api.github.com), GITHUB_SERVER_URL (default https://github.com),
   * GITHUB_RUN_ID, GITHUB_STEP_SUMMARY, GITHUB_OUTPUT, and every INPUT_* variable. A blank variable
   * counts as not set.
   *
   * @throws FixerException a usage error naming each required variable that is not set, or a
   *     GITHUB_REPOSITORY that is not OWNER/NAME
   */
  public static ActionEnv from(Map<String, String> env) {
    List<String> missing = new ArrayList<>();
    for (String name : REQUIRED) {
      if (value(env, name).isEmpty()) {
        missing.add(name);
      }
    }
    if (!missing.isEmpty()) {
      throw FixerException.usage(String.join(", ", missing) + (missing.size() == 1 ? " is" : " are")
          + " not set: fixer action runs as a step of a GitHub Actions workflow; to run fixer on your machine"
          + " use fixer run");
    }
    String repository = env.get("GITHUB_REPOSITORY").strip();
    if (!repository.matches("[^/\\s]+/[^/\\s]+")) {
      throw FixerException.usage("GITHUB_REPOSITORY is '" + TextFiles.oneLine(repository)
          + "', not OWNER/NAME: fixer action reads it as GitHub Actions sets it");
    }
    return new ActionEnv(Path.of(env.get("GITHUB_EVENT_PATH").strip()), env.get("GITHUB_EVENT_NAME").strip(),
        repository, Path.of(env.get("GITHUB_WORKSPACE").strip()),
        root(value(env, "GITHUB_API_URL").orElse("https://api.github.com")),
        root(value(env, "GITHUB_SERVER_URL").orElse("https://github.com")),
        value(env, "GITHUB_RUN_ID"), value(env, "GITHUB_STEP_SUMMARY").map(Path::of),
        value(env, "GITHUB_OUTPUT").map(Path::of), inputs(env));
  }

  /**
   * The input as GitHub passes it: {@code INPUT_<NAME upper-cased, spaces → '_'>}, stripped; blank
   * or absent → {@code defaultValue}.
   */
  public String input(String name, String defaultValue) {
    String key = name.strip().replace(' ', '_').toUpperCase(Locale.ROOT);
    String value = inputs.get(key);
    return value == null || value.isBlank() ? defaultValue : value.strip();
  }

  /**
   * Checks that every {@code INPUT_*} variable is an input of fixer's {@code action.yml}.
   *
   * @throws FixerException a usage error naming the first unknown input and the known ones
   */
  public void requireKnownInputs() {
    for (String name : new TreeMap<>(inputs).keySet()) {
      if (!KNOWN_INPUTS.contains(name)) {
        throw FixerException.usage("fixer's Action has no input '" + name.toLowerCase(Locale.ROOT) + "' (INPUT_" + name
            + "): remove it from the step's with:, or use one of " + String.join(", ",
                KNOWN_INPUTS.stream().map(known -> known.toLowerCase(Locale.ROOT)).toList()));
      }
    }
  }

  /**
   * Reads and parses the event JSON.
   *
   * @throws FixerException a usage error naming the file when it cannot be read, is not JSON, or is
   *     not a JSON object
   */
  public JsonNode event() {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(eventPath);
    } catch (IOException e) {
      throw FixerException.usage("cannot read the event file " + eventPath + " (GITHUB_EVENT_PATH): "
          + TextFiles.reason(e), e);
    }
    JsonNode event;
    try {
      event = JSON.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw FixerException.usage("the event file " + eventPath + " (GITHUB_EVENT_PATH) is not JSON: "
          + TextFiles.oneLine(e.getOriginalMessage()), e);
    } catch (IOException e) {
      throw FixerException.usage("cannot read the event file " + eventPath + " (GITHUB_EVENT_PATH): "
          + TextFiles.reason(e), e);
    }
    if (event == null || !event.isObject()) {
      throw FixerException.usage("the event file " + eventPath + " (GITHUB_EVENT_PATH) is not a JSON object");
    }
    return event;
  }

  @Override
  public String toString() {
    return "ActionEnv[eventPath=" + eventPath + ", eventName=" + eventName + ", repository=" + repository
        + ", workspace=" + workspace + ", apiUrl=" + apiUrl + ", serverUrl=" + serverUrl + ", runId=" + runId
        + ", stepSummary=" + stepSummary + ", output=" + output + ", inputs=" + new TreeMap<>(inputs).keySet()
        + "]";
  }

  private static Optional<String> value(Map<String, String> env, String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  private static String root(String url) {
    return url.replaceAll("/+$", "");
  }

  private static Map<String, String> inputs(Map<String, String> env) {
    Map<String, String> inputs = new TreeMap<>();
    env.forEach((name, value) -> {
      if (name.startsWith(INPUT_PREFIX) && name.length() > INPUT_PREFIX.length()) {
        inputs.put(name.substring(INPUT_PREFIX.length()), value);
      }
    });
    return inputs;
  }
}
