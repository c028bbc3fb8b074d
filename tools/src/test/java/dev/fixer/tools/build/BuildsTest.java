package dev.fixer.tools.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildsTest {

  @TempDir
  Path repo;

  @Test
  void aPomMakesAMavenBuildThatRunsOffline() throws Exception {
    write("pom.xml", "<project><modelVersion>4.0.0</modelVersion></project>");

    Build build = Builds.detect(repo).orElseThrow();

    assertThat(build.description()).isEqualTo("Maven");
    assertThat(build.testCommand(List.of()).script())
        .isEqualTo("mvn -B -Dmaven.repo.local=\"$HOME/.m2/repository\" -Dstyle.color=never -o test");
    assertThat(build.setupScript()).startsWith("mvn ").doesNotContain(" -o ");
  }

  @Test
  void anExecutableMavenWrapperIsPreferred() throws Exception {
    write("pom.xml", "<project><modules><module>core</module><module>app</module></modules></project>");
    Files.setPosixFilePermissions(write("mvnw", "#!/bin/sh\n"), PosixFilePermissions.fromString("rwxr-xr-x"));

    Build build = Builds.detect(repo).orElseThrow();

    assertThat(build.description()).isEqualTo("Maven (multi-module: core, app, with ./mvnw)");
    assertThat(build.testCommand(List.of()).script()).startsWith("./mvnw -B ");
  }

  @Test
  void namedMavenTestsAreSelectedWithoutFailingOtherModules() throws Exception {
    write("pom.xml", "<project/>");
    write("src/test/java/demo/CalcTest.java", "class CalcTest {}");

    String script = Builds.detect(repo).orElseThrow().testCommand(List.of("CalcTest#adds", "Other*")).script();

    assertThat(script).endsWith(" -Dtest='CalcTest#adds,Other*' -Dsurefire.failIfNoSpecifiedTests=false -DfailIfNoTests=false");
  }

  @Test
  void aGradleBuildRunsOfflineWithTestFilters() throws Exception {
    write("settings.gradle.kts", "rootProject.name = \"x\"");
    write("gradlew", "#!/bin/sh\n");

    Build build = Builds.detect(repo).orElseThrow();

    assertThat(build.description()).isEqualTo("Gradle (with ./gradlew)");
    assertThat(build.testCommand(List.of("com.acme.FooTest#bar")).script())
        .isEqualTo("bash ./gradlew --no-daemon --console=plain --offline test --tests 'com.acme.FooTest.bar'");
  }

  @Test
  void theLockfileChoosesTheNodePackageManager() throws Exception {
    write("package.json", "{\"scripts\": {\"test\": \"jest\"}}");
    assertThat(Builds.detect(repo).orElseThrow().testCommand(List.of("sum")).script())
        .isEqualTo("export PATH=\"$PWD/node_modules/.bin:$PATH\"; jest '--verbose' '-t' '(?:^|\\s)(?:sum)$'");
    write("yarn.lock", "");
    assertThat(Builds.detect(repo).orElseThrow().setupScript()).endsWith("; yarn install --frozen-lockfile");
    write("pnpm-lock.yaml", "");
    assertThat(Builds.detect(repo).orElseThrow().name()).isEqualTo("pnpm");
  }

  @Test
  void pythonGoAndRustProjectsAreRecognised() throws Exception {
    write("pyproject.toml", "[project]\nname = \"x\"\n");
    assertThat(Builds.detect(repo).orElseThrow().testCommand(List.of("tests/test_x.py::test_y")).script())
        .contains("-m pytest -rpxXfE").endsWith(" 'tests/test_x.py::test_y'");
    Files.delete(repo.resolve("pyproject.toml"));
    write("go.mod", "module example.com/x\n");
    assertThat(Builds.detect(repo).orElseThrow().testCommand(List.of("TestA", "TestB")).script())
        .isEqualTo("GOPROXY=off go test -json -count=1 -run '^(TestA|TestB)$' ./...");
    Files.delete(repo.resolve("go.mod"));
    write("Cargo.toml", "[package]\nname = \"x\"\n");
    assertThat(Builds.detect(repo).orElseThrow().testCommand(List.of()).script()).isEqualTo("cargo test --offline");
  }

  @Test
  void aRepositoryWithoutBuildFilesHasNoBuild() throws Exception {
    write("README.md", "# nothing to build");

    assertThat(Builds.detect(repo)).isEmpty();
    assertThat(Builds.choose(repo, Optional.of("  "))).isEmpty();
  }

  @Test
  void aConfiguredCommandOverridesDetectionAndTakesNamesThroughItsPlaceholder() throws Exception {
    write("pom.xml", "<project/>");

    Build build = Builds.choose(repo, Optional.of("make check TESTS={tests}")).orElseThrow();

    assertThat(build.description()).isEqualTo("Maven");
    assertThat(build.testCommand(List.of("a b", "c")).script()).isEqualTo("make check TESTS='a b' 'c'");
  }

  @Test
  void aConfiguredCommandWithoutPlaceholderRunsTheWholeSuiteAndSaysSo() throws Exception {
    TestCommand command = Builds.choose(repo, Optional.of("./test.sh")).orElseThrow().testCommand(List.of("x"));

    assertThat(command.script()).isEqualTo("./test.sh");
    assertThat(command.note()).contains("ran the whole suite");
  }

  @Test
  void anUnknownMavenTestIsRefusedBeforeAnythingRuns() throws Exception {
    write("pom.xml", "<project/>");
    write("src/test/java/demo/CalcTest.java", "class CalcTest {}");

    assertThatThrownBy(() -> Builds.detect(repo).orElseThrow().testCommand(List.of("CalkTest")))
        .isInstanceOf(UnknownTestException.class)
        .hasMessageContaining("CalkTest")
        .hasMessageContaining("similar test classes: CalcTest");
  }

  @Test
  void aGradleWrapperThatCannotGetItsDistributionEndsTheSetupSayingWhatItNeeds() throws Exception {
    write("build.gradle", "plugins { id 'java' }\n");
    write("gradlew", "echo 'Exception in thread \"main\" java.net.UnknownHostException: services.gradle.org' >&2\nexit 1\n");

    Build build = Builds.detect(repo).orElseThrow();
    Process setup = new ProcessBuilder("bash", "-c", build.setupScript()).directory(repo.toFile())
        .redirectErrorStream(true).start();
    String output = new String(setup.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(setup.waitFor()).isEqualTo(1);
    assertThat(output).contains("UnknownHostException").contains("fixer setup: ./gradlew failed (exit 1)")
        .contains("distributionUrl in gradle/wrapper/gradle-wrapper.properties");
  }

  @Test
  void aGradleBuildWithoutAWrapperWhereNoGradleIsInstalledEndsTheSetupSayingWhatToAdd() throws Exception {
    write("build.gradle", "plugins { id 'java' }\n");

    ProcessBuilder setup = new ProcessBuilder("/bin/bash", "-c", Builds.detect(repo).orElseThrow().setupScript())
        .directory(repo.toFile()).redirectErrorStream(true);
    setup.environment().put("PATH", "/nonexistent");
    Process started = setup.start();
    String output = new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(started.waitFor()).isEqualTo(127);
    assertThat(output).contains("has no wrapper (./gradlew) and the sandbox has no gradle")
        .contains("gradle wrapper").contains(".fixer.yml (image:)");
  }

  private Path write(String name, String text) throws Exception {
    Path file = repo.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }
}
