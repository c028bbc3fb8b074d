package dev.fixer.runner.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fixer.core.prompt.IssueText;
import dev.fixer.runner.FixerException;
import dev.fixer.core.cost.ModelPrice;
import dev.fixer.runner.config.ImageChoice;
import dev.fixer.runner.config.OnSetupFailure;
import dev.fixer.runner.config.PublishUnverified;
import dev.fixer.runner.config.VerifyConfig;
import dev.fixer.runner.config.SandboxChoice;
import dev.fixer.runner.config.SandboxSettings;
import dev.fixer.tools.build.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunDirectoryTest {

  @TempDir
  Path temp;

  @Test
  void aSavedRecordReadsBackTheSame() {
    RunDirectory run = new RunDirectory(temp.resolve("run"));
    RunPlan plan = new RunPlan("kimi-k2.6", true, "http://localhost:8000/v1", 4096, 30, null, Duration.ofMinutes(45),
        SandboxChoice.BWRAP, "pip install -e .", null, Duration.ofMinutes(10), ImageChoice.builtFrom("ci/Dockerfile"),
        2, new VerifyConfig(VerifyConfig.Scope.COMMAND, "make check", Duration.ofMinutes(4)), PublishUnverified.DRAFT,
        "Run make lint.", new ModelPrice(0.6, 0.15, 2.5), 131_072, OnSetupFailure.CONTINUE,
        new SandboxSettings(8L << 30, 4096, Duration.ofMinutes(45), List.of("~/.cargo", "/opt/go")), Language.GO);
    RunRecord record = new RunRecord(temp.resolve("repo"), "fixer/issue-7", new IssueText("#7", "Crash on empty input",
        "It crashes.\n\nSteps: ..."), OptionalInt.of(7), plan, run.defaultTrajectory(), Phase.SET_UP);

    run.save(record);

    assertThat(RunDirectory.existing(temp.resolve("run")).load()).isEqualTo(record);
    assertThat(temp.resolve("run/run.json.tmp")).doesNotExist();
  }

  @Test
  void aGitHubRunKeepsTheWholeIssueAndWhereItReports() {
    RunDirectory run = new RunDirectory(temp.resolve("run"));
    RunPlan plan = new RunPlan("kimi-k2.6", null, null, 4096, 30, 5.0, Duration.ofMinutes(45), SandboxChoice.AUTO,
        null, null, Duration.ofMinutes(10), null);
    IssueText issue = new IssueText("#9", "Crash", "Boom ![trace](https://x/y.png)",
        List.of(new IssueText.Comment("bob", "2026-11-20T10:00:00Z", "Same here.")), List.of("data:image/png;base64,AAAA"),
        "alice", List.of("bug", "fixer"));
    RunRecord record = new RunRecord(temp.resolve("repo"), "fixer/issue-9", issue, OptionalInt.of(9), plan,
        run.defaultTrajectory(), Phase.CLONED, Optional.of(new Publishing("octo/demo", true,
            Optional.of("https://github.com/octo/demo/actions/runs/1"), true, Optional.of("median"),
            new BranchPrefix("bot/"))));

    run.save(record);

    assertThat(RunDirectory.existing(temp.resolve("run")).load()).isEqualTo(record);
  }

  @Test
  void aRecordFromBeforeBranchPrefixesLoadsWithFixersOwn() throws Exception {
    RunDirectory run = new RunDirectory(temp.resolve("run"));
    RunPlan plan = new RunPlan("kimi-k2.6", null, null, 4096, 30, 5.0, Duration.ofMinutes(45), SandboxChoice.AUTO,
        null, null, Duration.ofMinutes(10), null);
    run.save(new RunRecord(temp.resolve("repo"), "fixer/issue-9", new IssueText("#9", "Crash", "Boom"),
        OptionalInt.of(9), plan, run.defaultTrajectory(), Phase.CLONED,
        Optional.of(new Publishing("octo/demo", false, Optional.empty(), new BranchPrefix("bot/")))));
    Path file = temp.resolve("run/run.json");
    Files.writeString(file, Files.readString(file).replaceAll(",\\s*\"branch_prefix\"\\s*:\\s*\"bot/\"", ""));

    assertThat(Files.readString(file)).doesNotContain("branch_prefix");
    assertThat(RunDirectory.existing(temp.resolve("run")).load().publishing()).hasValueSatisfying(publishing ->
        assertThat(publishing.branchOn(9)).isEqualTo("fixer/issue-9"));
  }

  @Test
  void aDirectoryWithoutARecordIsNoRun() throws Exception {
    Path empty = Files.createDirectories(temp.resolve("empty"));

    assertThatThrownBy(() -> RunDirectory.existing(empty)).isInstanceOf(FixerException.class)
        .hasMessageContaining("is not a fixer run directory (it has no run.json)");
  }

  @Test
  void theResultOfARunGoesBesideItsTrajectory() {
    assertThat(Delivery.patchFile(Path.of("/runs/a/trajectory.jsonl"))).isEqualTo(Path.of("/runs/a/trajectory.patch"));
    assertThat(Delivery.patchFile(Path.of("/tmp/issue-42"))).isEqualTo(Path.of("/tmp/issue-42.patch"));
  }
}
