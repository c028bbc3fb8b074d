package dev.fixer.runner.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.eclipse.jgit.util.FileUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepoSourcesTest {

  private static final String TOKEN = "ghp_repoSourcesTestToken0123456789";

  @TempDir
  Path temp;

  private RepoSources sources(Optional<Path> cache, String serverUrl) {
    return new RepoSources(cache, temp.resolve("clones"), serverUrl, Optional.of(TOKEN));
  }

  @Test
  void findsTheCacheAsOwnerSlashNameAndAsOwnerUnderscoresName() throws Exception {
    Path cache = temp.resolve("cache");
    EvalFixtures.Fixture maven = EvalFixtures.maven(cache);
    EvalFixtures.Fixture pytest = EvalFixtures.pytest(cache);
    RepoSources sources = sources(Optional.of(cache), "https://127.0.0.1:9");

    assertThat(sources.local("demo/calc")).isEqualTo(maven.repository());
    assertThat(sources.local("demo/pycalc")).isEqualTo(pytest.repository());
    assertThat(temp.resolve("clones")).doesNotExist();
  }

  @Test
  void findsABareCloneWithAGitSuffixInTheCache() throws Exception {
    EvalFixtures.Fixture pytest = EvalFixtures.pytest(temp.resolve("src"));
    Path bare = EvalFixtures.serve(pytest, temp.resolve("cache"));

    assertThat(sources(Optional.of(temp.resolve("cache")), "https://127.0.0.1:9").local("demo/pycalc"))
        .isEqualTo(bare);
  }

  @Test
  void clonesWhatTheCacheLacksOnceAndLaterProcessesReuseTheClone() throws Exception {
    EvalFixtures.Fixture pytest = EvalFixtures.pytest(temp.resolve("src"));
    Path server = temp.resolve("server");
    EvalFixtures.serve(pytest, server);
    RepoSources sources = sources(Optional.of(temp.resolve("empty-cache")), server.toUri().toString());

    Path clone = sources.local("demo/pycalc");

    assertThat(clone).isEqualTo(temp.resolve("clones/demo__pycalc"));
    Checkouts.at(clone, "demo/pycalc", pytest.instance().baseCommit(), temp.resolve("checkout"));
    assertThat(temp.resolve("checkout/pycalc/calc.py")).exists();
    FileUtils.delete(server.toFile(), FileUtils.RECURSIVE);
    assertThat(sources(Optional.empty(), server.toUri().toString()).local("demo/pycalc")).isEqualTo(clone);
  }

  @Test
  void parallelCallersShareOneClone() throws Exception {
    EvalFixtures.Fixture pytest = EvalFixtures.pytest(temp.resolve("src"));
    Path server = temp.resolve("server");
    EvalFixtures.serve(pytest, server);
    RepoSources sources = sources(Optional.empty(), server.toUri().toString());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Path>> calls = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        calls.add(pool.submit(() -> sources.local("demo/pycalc")));
      }
      for (Future<Path> call : calls) {
        assertThat(call.get()).isEqualTo(temp.resolve("clones/demo__pycalc"));
      }
    } finally {
      pool.shutdownNow();
    }
    try (Stream<Path> entries = Files.list(temp.resolve("clones"))) {
      assertThat(entries.map(path -> path.getFileName().toString())).containsExactly("demo__pycalc");
    }
  }

  @Test
  void aFailedCloneIsAnInstanceErrorThatNamesTheUrlAndNotTheToken() {
    assertThatThrownBy(() -> sources(Optional.empty(), "https://user:secretpw@127.0.0.1:9").local("demo/calc"))
        .isInstanceOf(InstanceError.class)
        .hasMessageStartingWith("cannot clone demo/calc from https://127.0.0.1:9/demo/calc.git: ")
        .message().doesNotContain("secretpw").doesNotContain(TOKEN);
    assertThatThrownBy(() -> sources(Optional.empty(), "https://127.0.0.1:9").local("demo/calc"))
        .isInstanceOf(InstanceError.class)
        .message().doesNotContain(TOKEN);
    assertThat(temp.resolve("clones/demo__calc")).doesNotExist();
  }

  @Test
  void theCloneKeepsTheUrlAsGivenAndNoToken() throws Exception {
    EvalFixtures.Fixture pytest = EvalFixtures.pytest(temp.resolve("src"));
    Path server = temp.resolve("server");
    EvalFixtures.serve(pytest, server);

    Path clone = sources(Optional.empty(), server.toUri().toString()).local("demo/pycalc");

    assertThat(clone.resolve("config")).content().contains("demo/pycalc.git").doesNotContain(TOKEN);
  }

  @Test
  void aNameThatIsNotOwnerSlashNameIsAnInstanceError() {
    assertThatThrownBy(() -> sources(Optional.empty(), "https://127.0.0.1:9").local("../etc"))
        .isInstanceOf(InstanceError.class)
        .hasMessageContaining("is not OWNER/NAME");
  }
}
