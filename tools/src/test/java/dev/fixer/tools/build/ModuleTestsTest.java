package dev.fixer.tools.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Build#moduleTests: the tests of the modules a change touches, or the whole suite. */
class ModuleTestsTest {

  private static final String MAVEN = "mvn -B -Dmaven.repo.local=\"$HOME/.m2/repository\" -Dstyle.color=never";

  @TempDir
  Path repo;

  @Test
  void mavenTestsTheChangedModulesWithTheirDependentsAndWhatTheyNeed() throws Exception {
    multiModule();

    TestCommand command = build().moduleTests(List.of("core/src/main/java/demo/Calc.java",
        "./core/src/test/java/demo/CalcTest.java", "services/api/pom.xml")).orElseThrow();

    assertThat(command.script()).isEqualTo(MAVEN + " -o test -pl 'core,services/api' -am -amd");
    assertThat(command.note()).contains("changed modules core, services/api", "depending on them");
  }

  @Test
  void aNestedModuleIsChosenOverTheOneHoldingIt() throws Exception {
    multiModule();

    assertThat(build().moduleTests(List.of("services/web/src/main/java/Web.java")).orElseThrow().script())
        .endsWith(" -pl 'services/web' -am -amd");
  }

  @Test
  void aChangeOutsideEveryModuleRunsTheWholeMavenSuite() throws Exception {
    multiModule();

    assertThat(build().moduleTests(List.of("core/src/main/java/demo/Calc.java", "pom.xml"))).isEmpty();
    assertThat(build().moduleTests(List.of("tools/lint.sh"))).isEmpty();
  }

  @Test
  void aSingleModuleMavenBuildRunsItsWholeSuite() throws Exception {
    write("pom.xml", "<project/>");

    assertThat(build().moduleTests(List.of("src/main/java/demo/Calc.java"))).isEmpty();
  }

  @Test
  void goTestsTheChangedPackagesAndTheirSubpackages() throws Exception {
    write("go.mod", "module example.com/x\n");

    TestCommand command = build().moduleTests(List.of("calc/add.go", "calc/internal/sub.go",
        "parse/testdata/input.txt", "parse/parse_test.go")).orElseThrow();

    assertThat(command.script()).isEqualTo("GOPROXY=off go test -json -count=1 './calc/...' './parse/...'");
    assertThat(command.note()).contains("./calc/..., ./parse/...");
  }

  @Test
  void aChangeAtTheRootOfAGoModuleRunsTheWholeSuite() throws Exception {
    write("go.mod", "module example.com/x\n");

    assertThat(build().moduleTests(List.of("calc/add.go", "go.mod"))).isEmpty();
  }

  @Test
  void otherBuildsRunTheWholeSuite() throws Exception {
    write("package.json", "{}");

    assertThat(build().moduleTests(List.of("src/sum.js"))).isEmpty();
  }

  private void multiModule() throws Exception {
    write("pom.xml", "<project><modules><module>core</module><module>./services/</module></modules></project>");
    write("core/pom.xml", "<project/>");
    write("services/pom.xml", "<project><modules><module>api</module><module>web</module></modules></project>");
    write("services/api/pom.xml", "<project/>");
    write("services/web/pom.xml", "<project/>");
  }

  private Build build() {
    return Builds.detect(repo).orElseThrow();
  }

  private void write(String name, String text) throws Exception {
    Path file = repo.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
