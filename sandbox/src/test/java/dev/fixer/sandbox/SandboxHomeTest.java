package dev.fixer.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxHomeTest {

  @TempDir Path cache;

  @Test
  void eachKindAndUserHasItsOwnHome() {
    SandboxConfig config = new SandboxConfig(cache.resolve("repo"), cache, ResourceLimits.DEFAULT, List.of());
    int uid = SandboxUser.self();

    assertThat(SandboxHome.docker(config)).isEqualTo(cache.resolve("home-docker"));
    assertThat(SandboxHome.bubblewrap(config)).isEqualTo(cache.resolve("home-bwrap-" + uid));
    assertThat(SandboxHome.local(config)).isEqualTo(cache.resolve("home-local-" + uid));
  }

  @Test
  void rootRepairsByChownTheOwnerOfTheCacheMovesAsideAnyoneElseStops() {
    assertThat(SandboxHome.repair(0, 0)).isEqualTo(SandboxHome.Repair.CHOWN);
    assertThat(SandboxHome.repair(0, 1000)).isEqualTo(SandboxHome.Repair.CHOWN);
    assertThat(SandboxHome.repair(1001, 1001)).isEqualTo(SandboxHome.Repair.MOVE_ASIDE);
    assertThat(SandboxHome.repair(1001, 1000)).isEqualTo(SandboxHome.Repair.NONE);
  }

  @Test
  void theRefusalNamesTheDirectoryItsOwnerAndTheFix() {
    Path home = cache.resolve("home-bwrap-1001");
    String message = SandboxHome.refusal(home, new SandboxHome.Problem(home.resolve(".npm"), 1000), 1001, 1001);

    assertThat(message).contains(home.resolve(".npm") + " belongs to uid 1000", "run as uid 1001",
        "sudo chown -R 1001:1001 " + home, "FIXER_HOME");
  }

  @Test
  void checkFindsATopLevelEntryOfAnotherOwner() throws Exception {
    assumeThat(SandboxUser.self()).as("chown needs root").isZero();
    Path home = Files.createDirectories(cache.resolve("home"));
    Files.createDirectories(home.resolve(".m2"));
    Path npm = Files.createDirectories(home.resolve(".npm"));
    SandboxUser.giveTo(npm, 1000, 1000);

    assertThat(SandboxHome.check(home, 0)).contains(new SandboxHome.Problem(npm, 1000));
    assertThat(SandboxHome.check(home.resolve(".m2"), 0)).isEmpty();
  }

  @Test
  void rootGivesAHomeOfAnotherOwnerBack() throws Exception {
    assumeThat(SandboxUser.self()).as("chown needs root").isZero();
    Path home = Files.createDirectories(cache.resolve("home-bwrap-0"));
    Files.writeString(Files.createDirectories(home.resolve(".npm")).resolve("x"), "");
    SandboxUser.giveTo(home, 1000, 1000);

    SandboxHome.prepare(home, 0, 0);

    assertThat(SandboxHome.check(home, 0)).isEmpty();
    assertThat(Files.getAttribute(home.resolve(".npm/x"), "unix:uid")).isEqualTo(0);
  }
}
