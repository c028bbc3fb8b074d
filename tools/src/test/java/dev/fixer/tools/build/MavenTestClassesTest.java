package dev.fixer.tools.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MavenTestClassesTest {

  @TempDir
  Path repo;

  private MavenTestClasses classes;

  @BeforeEach
  void writeModules() throws Exception {
    write("core/src/test/java/demo/core/GreetingTest.java");
    write("services/api/src/test/java/demo/api/ApiTest.java");
    write("services/web/src/test/kotlin/demo/web/ApiTest.kt");
    write("src/test/java/demo/RootTest.java");
    write("core/target/test-classes/demo/core/StaleTest.java");
    classes = new MavenTestClasses(repo);
  }

  @Test
  void aSimpleNameFindsItsModule() throws Exception {
    assertThat(classes.modulesOf("GreetingTest#greets")).containsExactly("core");
  }

  @Test
  void aQualifiedNameTellsApartClassesOfTheSameSimpleName() throws Exception {
    assertThat(classes.modulesOf("demo.web.ApiTest")).containsExactly("services/web");
    assertThat(classes.modulesOf("ApiTest")).containsExactlyInAnyOrder("services/api", "services/web");
  }

  @Test
  void aTestOfTheRootModuleHasAnEmptyModule() throws Exception {
    assertThat(classes.modulesOf("RootTest")).containsExactly("");
  }

  @Test
  void aPatternIsLeftToSurefire() throws Exception {
    assertThat(classes.modulesOf("*Greeting*")).isEmpty();
  }

  @Test
  void anUnknownClassIsRefusedWithSimilarNames() {
    assertThatThrownBy(() -> classes.modulesOf("GreetTest"))
        .isInstanceOf(UnknownTestException.class)
        .hasMessageStartingWith("no test class GreetTest in the test sources")
        .hasMessageContaining("similar test classes: GreetingTest")
        .hasMessageNotContaining("StaleTest");
  }

  private void write(String path) throws Exception {
    Path file = repo.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "");
  }
}
