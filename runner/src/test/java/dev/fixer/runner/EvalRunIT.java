package dev.fixer.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fixer.core.testing.ScriptedModelServer;
import dev.fixer.sandbox.testing.Sandboxes;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fixer eval run}, {@code score} and {@code merge} end to end in bubblewrap: real repositories
 * in a repo cache, a scripted model over HTTP, the instances' tests a quick command ({@link EvalStats}).
 */
class EvalRunIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path temp;

  private Path cache;
  private Path dataset;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void dataset() throws Exception {
    Sandboxes.assumeBubblewrap();
    cache = temp.resolve("cache");
    String one = EvalStats.repo(cache, "octo/stats");
    String two = EvalStats.repo(cache, "octo/stats-two");
    dataset = Files.writeString(temp.resolve("stats.jsonl"), EvalStats.line("octo__stats-1", "octo/stats", one, cache)
        + "\n" + EvalStats.line("octo__stats-two-2", "octo/stats-two", two, cache) + "\n");
  }

  private int fixer(ScriptedModelServer model, String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    return Main.run(EvalStats.env(temp, model), temp, false, new PrintWriter(out, true), new PrintWriter(err, true),
        args);
  }

  private String[] run(Path output, String... more) {
    List<String> args = new ArrayList<>(List.of("eval", "run", dataset.toString(), "-o", output.toString(),
        "--repo-cache", cache.toString(), "--sandbox", "bwrap"));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  private static List<JsonNode> lines(Path file) throws Exception {
    List<JsonNode> lines = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      lines.add(JSON.readTree(line));
    }
    return lines;
  }

  private static JsonNode json(Path file) throws Exception {
    return JSON.readTree(Files.readString(file));
  }

  @Test
  void runWritesSweBenchPredictionsThatScoreResolves() throws Exception {
    Path output = temp.resolve("eval");
    try (ScriptedModelServer model = new ScriptedModelServer()) {
      EvalStats.fix(model);
      EvalStats.fix(model);

      assertThat(fixer(model, run(output))).as("stderr:\n%s", err).isZero();

      assertThat(model.requests()).hasSize(4);
      assertThat(model.bodies().get(0).toString()).contains(StatsRepo.TITLE)
          .doesNotContain("def test_median_of_even_count");
    }
    List<JsonNode> predictions = lines(output.resolve("predictions.jsonl"));
    assertThat(predictions).extracting(p -> p.path("instance_id").asText())
        .containsExactly("octo__stats-1", "octo__stats-two-2");
    for (JsonNode prediction : predictions) {
      assertThat(prediction.properties()).extracting(Map.Entry::getKey)
          .containsExactlyInAnyOrder("instance_id", "model_name_or_path", "model_patch");
      assertThat(prediction.path("model_patch").asText()).startsWith("diff --git a/src/main/java/demo/Stats.java")
          .contains("+    if (sorted.length % 2 == 0) {");
      assertThat(prediction.path("model_name_or_path").asText()).isEqualTo("fixer+kimi-k2.6");
    }
    JsonNode inference = json(output.resolve("instances/octo__stats-1/inference.json"));
    assertThat(inference.path("status").asText()).isEqualTo("fixed");
    assertThat(inference.path("steps").asInt()).isEqualTo(2);
    assertThat(err.toString()).contains("eval: octo__stats-1 fixed");
    assertThat(Files.readString(output.resolve("report.md"))).contains("octo__stats-1").contains("Not scored yet");

    try (ScriptedModelServer model = new ScriptedModelServer()) {
      assertThat(fixer(model, "eval", "score", dataset.toString(), "--predictions",
          output.resolve("predictions.jsonl").toString(), "--repo-cache", cache.toString(), "--sandbox", "bwrap"))
          .as("stderr:\n%s", err).isZero();
      assertThat(model.requests()).isEmpty();
    }
    JsonNode score = json(output.resolve("instances/octo__stats-1/score.json"));
    assertThat(score.path("status").asText()).isEqualTo("resolved");
    assertThat(Files.readString(output.resolve("report.md"))).contains("Resolved: 2 of 2 scored");
    assertThat(Files.readString(output.resolve("report.html"))).contains("octo__stats-1")
        .contains("report-files/octo__stats-1.html");
    assertThat(out.toString()).contains("Resolved: 2 of 2 scored");
  }

  @Test
  void goldResolvesEveryInstanceAndEmptyNone() throws Exception {
    try (ScriptedModelServer model = new ScriptedModelServer()) {
      assertThat(fixer(model, "eval", "score", dataset.toString(), "--predictions", "gold", "-o",
          temp.resolve("gold").toString(), "--repo-cache", cache.toString(), "--sandbox", "bwrap"))
          .as("stderr:\n%s", err).isZero();
      assertThat(out.toString()).contains("Resolved: 2 of 2 scored").contains("Fixer did not run here");
      assertThat(fixer(model, "eval", "score", dataset.toString(), "--predictions", "empty", "-o",
          temp.resolve("empty").toString(), "--repo-cache", cache.toString(), "--sandbox", "bwrap"))
          .as("stderr:\n%s", err).isZero();
      assertThat(out.toString()).contains("Resolved: 0 of 2 scored");
    }
    JsonNode empty = json(temp.resolve("empty/instances/octo__stats-1/score.json"));
    assertThat(empty.path("status").asText()).isEqualTo("unresolved");
    assertThat(empty.path("fail_to_pass").path("failed")).extracting(JsonNode::asText).containsExactly(EvalStats.F2P);
    assertThat(empty.path("pass_to_pass").path("passed")).extracting(JsonNode::asText).containsExactly(EvalStats.P2P);
  }

  @Test
  void aSecondRunOnTheSameDirectoryRunsNothingAgainAndAnotherDatasetThereIsRefused() throws Exception {
    Path output = temp.resolve("eval");
    try (ScriptedModelServer model = new ScriptedModelServer()) {
      EvalStats.fix(model);
      EvalStats.giveUp(model);
      assertThat(fixer(model, run(output))).as("stderr:\n%s", err).isZero();
      assertThat(fixer(model, run(output))).as("stderr:\n%s", err).isZero();
      assertThat(model.requests()).hasSize(3);
      assertThat(err.toString()).contains("2 instances, 2 finished earlier, 0 to run");
    }
    JsonNode gaveUp = json(output.resolve("instances/octo__stats-two-2/inference.json"));
    assertThat(gaveUp.path("status").asText()).isEqualTo("not_fixed");
    assertThat(lines(output.resolve("predictions.jsonl")).get(1).path("model_patch").asText()).isEmpty();

    Files.writeString(dataset, Files.readAllLines(dataset).get(0) + "\n");
    try (ScriptedModelServer model = new ScriptedModelServer()) {
      assertThat(fixer(model, run(output))).isEqualTo(2);
      assertThat(err.toString()).contains(output.toString()).contains("another dataset");
      assertThat(model.requests()).isEmpty();
    }
  }

  @Test
  void shardsMergeToTheReportOfOneRun() throws Exception {
    try (ScriptedModelServer model = new ScriptedModelServer()) {
      EvalStats.fix(model);
      EvalStats.fix(model);
      assertThat(fixer(model, run(temp.resolve("whole")))).as("stderr:\n%s", err).isZero();
    }
    for (int shard = 1; shard <= 2; shard++) {
      try (ScriptedModelServer model = new ScriptedModelServer()) {
        EvalStats.fix(model);
        EvalStats.fix(model);
        assertThat(fixer(model, run(temp.resolve("shard-" + shard), "--shard", shard + "/2")))
            .as("stderr:\n%s", err).isZero();
      }
    }
    try (ScriptedModelServer model = new ScriptedModelServer()) {
      assertThat(fixer(model, "eval", "merge", dataset.toString(), "-o", temp.resolve("merged").toString(),
          temp.resolve("shard-1").toString(), temp.resolve("shard-2").toString())).as("stderr:\n%s", err).isZero();
    }
    assertThat(Files.readString(temp.resolve("merged/predictions.jsonl")).lines().count()).isEqualTo(2);
    assertThat(comparable(json(temp.resolve("merged/report.json")))).isEqualTo(comparable(json(temp.resolve("whole/report.json"))));
  }

  /** A report without what differs between two runs of the same work: times. */
  private static JsonNode comparable(JsonNode report) {
    JsonNode copy = report.deepCopy();
    strip(copy);
    return copy;
  }

  private static void strip(JsonNode node) {
    if (node instanceof ObjectNode object) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        if (name.endsWith("_ms") || name.contains("time") || name.equals("created")) {
          object.remove(name);
        } else {
          strip(object.get(name));
        }
      }
    } else if (node != null && node.isArray()) {
      node.forEach(EvalRunIT::strip);
    }
  }

  @Test
  void anInstanceWhoseRepositoryCannotBeClonedIsAnErrorAndTheOthersGoOn() throws Exception {
    Files.writeString(dataset, Files.readString(dataset).replace("\"repo\":\"octo/stats-two\"", "\"repo\":\"octo/gone\""));
    try (ScriptedModelServer model = new ScriptedModelServer()) {
      EvalStats.fix(model);
      int code = fixer(model, run(temp.resolve("eval"), "--github-url", temp.resolve("no-server").toUri().toString()));

      assertThat(code).as("stderr:\n%s", err).isEqualTo(3);
      assertThat(model.requests()).hasSize(2);
    }
    JsonNode gone = json(temp.resolve("eval/instances/octo__stats-two-2/inference.json"));
    assertThat(gone.path("status").asText()).isEqualTo("error");
    assertThat(gone.path("reason").asText()).contains("octo/gone");
    assertThat(json(temp.resolve("eval/instances/octo__stats-1/inference.json")).path("status").asText())
        .isEqualTo("fixed");
    assertThat(lines(temp.resolve("eval/predictions.jsonl"))).hasSize(1);
  }

  @Test
  void anInvalidDatasetLineIsNamedAndSkipInvalidListsIt() throws Exception {
    Files.writeString(dataset, Files.readString(dataset) + "{\"instance_id\": \"x-3\", \"repo\": \"octo/stats\"}\n");
    try (ScriptedModelServer model = new ScriptedModelServer()) {
      assertThat(fixer(model, run(temp.resolve("eval")))).isEqualTo(2);
      assertThat(err.toString()).contains("line 3").contains("base_commit").contains("--skip-invalid");
      assertThat(model.requests()).isEmpty();

      EvalStats.fix(model);
      EvalStats.fix(model);
      assertThat(fixer(model, run(temp.resolve("eval"), "--skip-invalid"))).as("stderr:\n%s", err).isZero();
    }
    assertThat(Files.readString(temp.resolve("eval/report.md"))).contains("line 3");
  }

  @Test
  void anInstanceTheModelCutShortIsAnErrorWithoutAPredictionAndRunsAgain() throws Exception {
    Path output = temp.resolve("eval");
    Files.writeString(dataset, Files.readAllLines(dataset).get(0) + "\n");
    try (ScriptedModelServer model = new ScriptedModelServer()) {
      model.enqueue(ScriptedModelServer.error(401, "invalid_authentication_error", "Invalid Authentication"));
      assertThat(fixer(model, run(output))).isEqualTo(1);
    }
    JsonNode cut = json(output.resolve("instances/octo__stats-1/inference.json"));
    assertThat(cut.path("status").asText()).isEqualTo("error");
    assertThat(cut.path("reason").asText()).contains("401");
    assertThat(lines(output.resolve("predictions.jsonl"))).isEmpty();

    try (ScriptedModelServer model = new ScriptedModelServer()) {
      EvalStats.fix(model);
      assertThat(fixer(model, run(output))).as("stderr:\n%s", err).isZero();
      assertThat(err.toString()).contains("1 instance, 0 finished earlier, 1 to run");
    }
    assertThat(lines(output.resolve("predictions.jsonl"))).hasSize(1);
  }

  @Test
  void instancesRunInParallelEachWithItsOwnReplay() throws Exception {
    String edit = JSON.writeValueAsString(StatsRepo.edit());
    Path replay = Files.writeString(temp.resolve("replay.jsonl"),
        "{\"type\":\"assistant\",\"message\":{\"tool_calls\":[{\"id\":\"e\",\"name\":\"edit\",\"arguments\":" + edit
            + "}]}}\n{\"type\":\"assistant\",\"message\":{\"tool_calls\":[{\"id\":\"f\",\"name\":\"finish\","
            + "\"arguments\":\"{\\\"summary\\\":\\\"Fixed.\\\"}\"}]}}\n");
    try (ScriptedModelServer model = new ScriptedModelServer()) {
      assertThat(fixer(model, run(temp.resolve("eval"), "--parallel", "2", "--model", "replay:" + replay)))
          .as("stderr:\n%s", err).isZero();
      assertThat(model.requests()).isEmpty();
    }
    for (String id : List.of("octo__stats-1", "octo__stats-two-2")) {
      assertThat(json(temp.resolve("eval/instances").resolve(id).resolve("inference.json")).path("status").asText())
          .as(id).isEqualTo("fixed");
    }
    assertThat(lines(temp.resolve("eval/predictions.jsonl"))).extracting(p -> p.path("model_name_or_path").asText())
        .containsOnly("fixer+replay");
  }
}
