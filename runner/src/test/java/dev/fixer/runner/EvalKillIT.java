package dev.fixer.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fixer.core.testing.ScriptedModelServer;
import dev.fixer.core.testing.SseReply;
import dev.fixer.sandbox.testing.Sandboxes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built {@code fixer eval run}, killed with SIGKILL in the middle of its second instance and
 * started again: the finished instance is not run again, and the killed run goes on from its last step.
 */
class EvalKillIT {

  @TempDir
  Path temp;

  @Test
  void anEvaluationKilledMidInstanceFinishesTheRestWhenStartedAgain() throws Exception {
    Sandboxes.assumeBubblewrap();
    Path cache = temp.resolve("cache");
    Path dataset = Files.writeString(temp.resolve("stats.jsonl"),
        EvalStats.line("octo__stats-1", "octo/stats", EvalStats.repo(cache, "octo/stats"), cache) + "\n"
            + EvalStats.line("octo__stats-two-2", "octo/stats-two", EvalStats.repo(cache, "octo/stats-two"), cache)
            + "\n");
    List<String> args = List.of("eval", "run", dataset.toString(), "-o", temp.resolve("eval").toString(),
        "--repo-cache", cache.toString(), "--sandbox", "bwrap");

    try (ScriptedModelServer model = new ScriptedModelServer()) {
      EvalStats.fix(model);
      model.reply(SseReply.reply().toolCall(0, "edit:0", "edit", StatsRepo.edit(), 1).usage(3000, 0, 100));
      model.enqueue(ScriptedModelServer.stream(StatsRepo.finish("Fixed.").body()).newBuilder()
          .headersDelay(5, TimeUnit.MINUTES).build());
      Process eval = FixerProcess.start(temp, EvalStats.env(temp, model), args);
      FixerProcess.waitFor(() -> model.requests().size() == 4, eval, temp, "its second instance's second step");
      eval.destroyForcibly().waitFor();
    }
    assertThat(temp.resolve("eval/instances/octo__stats-1/inference.json")).exists();
    assertThat(temp.resolve("eval/instances/octo__stats-two-2/inference.json")).doesNotExist();

    try (ScriptedModelServer model = new ScriptedModelServer()) {
      model.reply(StatsRepo.finish("Fixed the median.").usage(3500, 2900, 20));
      FixerProcess.Finished again = FixerProcess.fixer(temp, EvalStats.env(temp, model), args.toArray(String[]::new));

      assertThat(again.exitCode()).as("%s", again).isZero();
      assertThat(again.stderr()).contains("2 instances, 1 finished earlier, 1 to run")
          .contains("eval: octo__stats-two-2 fixed");
      assertThat(model.requests()).hasSize(1);
    }
    assertThat(Files.readAllLines(temp.resolve("eval/predictions.jsonl"))).hasSize(2)
        .allSatisfy(line -> assertThat(line).contains("sorted.length % 2 == 0"));
    assertThat(Files.readString(temp.resolve("eval/instances/octo__stats-two-2/inference.json")))
        .doesNotContain(EvalStats.KEY);
  }
}
