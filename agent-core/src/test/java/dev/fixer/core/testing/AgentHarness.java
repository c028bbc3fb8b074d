package dev.fixer.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fixer.core.agent.Agent;
import dev.fixer.core.agent.AgentConfig;
import dev.fixer.core.agent.RunResult;
import dev.fixer.core.agent.Trajectory;
import dev.fixer.core.client.ChatCompletionsModel;
import dev.fixer.core.client.ModelSettings;
import dev.fixer.core.prompt.IssueText;
import dev.fixer.core.prompt.Prompts;
import dev.fixer.core.prompt.RepoFacts;
import dev.fixer.core.text.Redactor;
import dev.fixer.core.tool.Tool;
import dev.fixer.core.trajectory.JsonlTrajectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An agent wired to a {@link ScriptedModelServer} through the real client, writing a real JSONL
 * trajectory in a directory of its own; for tests of the loop. Register it as a JUnit extension
 * ({@code @RegisterExtension}) to have it closed after each test, or close it yourself.
 */
public final class AgentHarness implements AutoCloseable, AfterEachCallback {

  public static final String API_KEY = "sk-harness-3f9a1c7e5b2d4a6c8e0f";
  private static final ObjectMapper JSON = new ObjectMapper();

  public final ScriptedModelServer server = new ScriptedModelServer();
  public final RecordingSleeper sleeper = new RecordingSleeper();
  public final RecordingListener listener = new RecordingListener();
  public final Path dir;
  public final Path trajectory;
  private final Redactor redactor;
  private String modelName = ModelSettings.DEFAULT_MODEL;

  /** A harness whose trajectory redacts the harness key and these secrets. */
  public AgentHarness(String... secrets) {
    try {
      this.dir = Files.createTempDirectory("fixer-agent-test");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.trajectory = dir.resolve("run").resolve("trajectory.jsonl");
    List<String> all = new ArrayList<>(List.of(secrets));
    all.add(API_KEY);
    this.redactor = Redactor.of(all);
  }

  /** Names the model differently, e.g. one without a known price. */
  public AgentHarness modelName(String name) {
    modelName = name;
    return this;
  }

  public ChatCompletionsModel model() {
    ModelSettings settings = ModelSettings.builder().baseUrl(server.baseUrl()).apiKey(API_KEY).model(modelName).build();
    return ChatCompletionsModel.create(settings, ChatCompletionsModel.httpClient(settings), sleeper);
  }

  public Agent agent(AgentConfig config, Tool... tools) {
    return Agent.builder(model()).tools(List.of(tools)).config(config).listener(listener).build();
  }

  /** Runs a fresh agent on a small issue, writing the trajectory. */
  public RunResult run(AgentConfig config, Tool... tools) {
    try (JsonlTrajectory file = JsonlTrajectory.create(trajectory, redactor)) {
      return agent(config, tools).run(Prompts.opening(
          new IssueText("#7", "Sum is off by one", "Calculator.sum(2, 2) returns 5."), RepoFacts.UNKNOWN), file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public RunResult resume(AgentConfig config, Tool... tools) throws IOException {
    try (JsonlTrajectory file = JsonlTrajectory.open(trajectory, redactor)) {
      return agent(config, tools).resume(file);
    }
  }

  /** Gives the completed run in the trajectory a further attempt with {@code feedback}. */
  public RunResult continueWith(AgentConfig config, String feedback, Tool... tools) throws IOException {
    try (JsonlTrajectory file = JsonlTrajectory.open(trajectory, redactor)) {
      return agent(config, tools).continueWith(file, feedback);
    }
  }

  /** The trajectory's entries as a resume reads them. */
  public List<Trajectory.Entry> trajectoryEntries() throws IOException {
    return JsonlTrajectory.read(trajectory);
  }

  /** The trajectory's lines, each parsed. */
  public List<JsonNode> trajectoryLines() throws IOException {
    List<JsonNode> lines = new ArrayList<>();
    for (String line : Files.readAllLines(trajectory)) {
      lines.add(JSON.readTree(line));
    }
    return lines;
  }

  public List<String> trajectoryTypes() throws IOException {
    return trajectoryLines().stream().map(line -> line.get("type").asText()).toList();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    close();
  }

  /** Stops the server and deletes the directory. */
  @Override
  public void close() {
    server.close();
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
