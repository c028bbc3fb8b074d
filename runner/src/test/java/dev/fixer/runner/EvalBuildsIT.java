package dev.fixer.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fixer.core.testing.ScriptedModelServer;
import dev.fixer.runner.eval.EvalFixtures;
import dev.fixer.sandbox.testing.Sandboxes;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fixer eval run} then {@code score} on real builds in bubblewrap: a Maven instance, which the
 * scripted agent fixes with a test of its own (fixer says fixed; its new file makes it finish twice), and a
 * pytest instance, which it fixes
 * without one (fixer says unverified). Both resolve, so the report shows one agreement and one miss.
 */
class EvalBuildsIT {

  /** Shared with the other ITs, so that the sandbox's Maven cache is filled once. */
  private static final Path FIXER_HOME = Path.of("target", "it-fixer-home").toAbsolutePath();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path temp;

  @Test
  void aMavenAndAPytestInstanceRunAndScoreOnTheirRealBuilds() throws Exception {
    Sandboxes.assumeBubblewrap();
    Path cache = temp.resolve("cache");
    EvalFixtures.Fixture maven = EvalFixtures.maven(cache);
    EvalFixtures.Fixture pytest = EvalFixtures.pytest(cache);
    Path dataset = Files.writeString(temp.resolve("calc.jsonl"), maven.datasetLine(true) + "\n"
        + pytest.datasetLine(false) + "\n");
    Path output = temp.resolve("eval");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    try (ScriptedModelServer model = new ScriptedModelServer()) {
      model.reply(CalcRepo.rightFix("edit:0"))
          .reply(CalcRepo.addTest("edit:1"))
          .reply(CalcRepo.finish("finish:0", "Calc.add negated its second operand; CalcAddTest shows the fix."))
          .reply(CalcRepo.finish("finish:1", "Calc.add negated its second operand; CalcAddTest shows the fix."))
          .reply(CalcRepo.edit("edit:0", "pycalc/calc.py", "return combine(a, -b)", "return combine(a, b)"))
          .reply(CalcRepo.finish("finish:0", "add negated its second operand."));
      Map<String, String> env = new HashMap<>(EvalStats.env(temp, model));
      env.put("FIXER_HOME", FIXER_HOME.toString());

      int ran = Main.run(env, temp, false, new PrintWriter(out, true), new PrintWriter(err, true), "eval", "run",
          dataset.toString(), "-o", output.toString(), "--repo-cache", cache.toString(), "--sandbox", "bwrap", "--attempts", "1");
      assertThat(ran).as("stderr:\n%s", err).isZero();
      assertThat(model.requests()).as("stderr:\n%s", err).hasSize(6);

      int scored = Main.run(env, temp, false, new PrintWriter(out, true), new PrintWriter(err, true), "eval",
          "score", dataset.toString(), "--predictions", output.resolve("predictions.jsonl").toString(),
          "--repo-cache", cache.toString(), "--sandbox", "bwrap");
      assertThat(scored).as("stderr:\n%s", err).isZero();
    }
    assertThat(status(output, "demo__calc-1", "inference.json")).isEqualTo("fixed");
    assertThat(status(output, "demo__pycalc-1", "inference.json")).isEqualTo("unverified");
    assertThat(status(output, "demo__calc-1", "score.json")).isEqualTo("resolved");
    assertThat(status(output, "demo__pycalc-1", "score.json")).isEqualTo("resolved");
    JsonNode report = JSON.readTree(Files.readString(output.resolve("report.json")));
    assertThat(report.path("summary").path("resolved").asInt()).isEqualTo(2);
    assertThat(report.path("summary").path("false_fixed").asInt()).isZero();
    assertThat(report.path("summary").path("missed").asInt()).isEqualTo(1);
    JsonNode calc = report.path("instances").get(0);
    assertThat(calc.path("instance_id").asText()).isEqualTo("demo__calc-1");
    assertThat(calc.path("fail_to_pass").path("passed").asInt()).isEqualTo(1);
    assertThat(calc.path("pass_to_pass").path("passed").asInt()).isEqualTo(3);
    assertThat(calc.path("agreement").asText()).isEqualTo("agree");
    assertThat(report.path("instances").get(1).path("agreement").asText()).isEqualTo("missed");
    assertThat(Files.readString(output.resolve("predictions.jsonl"))).contains("CalcAddTest.java")
        .doesNotContain(EvalStats.KEY);
  }

  private static String status(Path output, String id, String file) throws Exception {
    return JSON.readTree(Files.readString(output.resolve("instances").resolve(id).resolve(file))).path("status")
        .asText();
  }
}
