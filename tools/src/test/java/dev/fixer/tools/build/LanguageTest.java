package dev.fixer.tools.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LanguageTest {

  @TempDir
  Path repo;

  @Test
  void aNamedLanguageWinsOverTheFilesThatDetectionGoesBy() throws Exception {
    Files.writeString(repo.resolve("package.json"), "{\"name\":\"docs\",\"scripts\":{\"test\":\"mocha\"}}");
    Files.writeString(repo.resolve("pyproject.toml"), "[project]\nname = \"lib\"\n");

    assertThat(Builds.detect(repo).orElseThrow().description()).startsWith("Node.js");
    Build python = Builds.detect(repo, Language.named("python")).orElseThrow();
    assertThat(python.description()).isEqualTo("Python with pytest");
    assertThat(Builds.choose(repo, Optional.empty(), Language.named("Python")).orElseThrow().description())
        .isEqualTo("Python with pytest");
  }

  @Test
  void aNamedLanguageNeedsNoneOfItsFiles() throws Exception {
    assertThat(Builds.detect(repo)).isEmpty();

    Build rust = Builds.detect(repo, Language.named("rust")).orElseThrow();

    assertThat(rust.description()).isEqualTo("Rust (cargo test)");
    assertThat(rust.testCommand(List.of()).script()).contains("cargo test");
  }

  @Test
  void aConfiguredTestCommandStillRunsWithTheNamedLanguagesSetup() throws Exception {
    Build chosen = Builds.choose(repo, Optional.of("make check"), Language.named("go")).orElseThrow();

    assertThat(chosen.testCommand(List.of()).script()).isEqualTo("make check");
    assertThat(chosen.setupScript()).isEqualTo(Language.GO.build(repo).setupScript());
  }

  @Test
  void namesAndAliases() {
    assertThat(Language.named(" Maven ")).contains(Language.MAVEN);
    assertThat(Language.named("gradle")).contains(Language.GRADLE);
    assertThat(Language.named("typescript")).contains(Language.NODE);
    assertThat(Language.named("javascript")).contains(Language.NODE);
    assertThat(Language.named("golang")).contains(Language.GO);
    assertThat(Language.named("cargo")).contains(Language.RUST);
    assertThat(Language.named("java")).as("Maven or Gradle?").isEmpty();
    assertThat(Language.named("cobol")).isEmpty();
    assertThat(Language.accepted()).isEqualTo("maven, gradle, node, python, go or rust");
    for (Language language : Language.values()) {
      assertThat(Language.named(language.wireName())).contains(language);
    }
  }
}
