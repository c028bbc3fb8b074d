package dev.fixer.tools.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Build#testsIn: which tests some test files hold, and which test ids they cover. */
class TestSelectionTest {

  @TempDir
  Path repo;

  @Test
  void mavenNamesTheTestClassesOfTheFilesAndCoversTheirMethodsAndNestedClasses() throws Exception {
    write("pom.xml", "<project/>");
    write("core/src/test/java/demo/CalcTest.java", "class CalcTest {}");
    write("core/src/test/kotlin/demo/ParserTest.kt", "class ParserTest");
    write("core/src/main/java/demo/Calc.java", "class Calc {}");

    TestSelection selection = build().testsIn(List.of("core/src/test/java/demo/CalcTest.java",
        "core/src/test/kotlin/demo/ParserTest.kt", "core/src/main/java/demo/Calc.java", "README.md")).orElseThrow();

    assertThat(selection.names()).containsExactly("CalcTest", "ParserTest");
    assertThat(selection.covers()).accepts("demo.CalcTest#adds", "demo.CalcTest$Negative#adds", "ParserTest#parses")
        .rejects("demo.CalcTestSupport#x", "demo.Calc#adds", "other.ThingTest#x");
  }

  @Test
  void mavenLeavesOutFilesThatAreGoneOrOutsideTestSources() throws Exception {
    write("pom.xml", "<project/>");
    write("test/java/demo/LooseTest.java", "class LooseTest {}");

    assertThat(build().testsIn(List.of("test/java/demo/LooseTest.java", "src/test/java/demo/DeletedTest.java")))
        .isEmpty();
  }

  @Test
  void gradleNamesTestClassesOfAnySourceSet() throws Exception {
    write("settings.gradle", "");
    write("app/src/integrationTest/java/demo/FlowIT.java", "class FlowIT {}");

    TestSelection selection = build().testsIn(List.of("app/src/integrationTest/java/demo/FlowIT.java")).orElseThrow();

    assertThat(selection.names()).containsExactly("FlowIT");
    assertThat(selection.covers()).accepts("demo.FlowIT#flows()");
  }

  @Test
  void pytestNamesTheTestFilesAndCoversTheirNodeIds() throws Exception {
    write("pytest.ini", "[pytest]\n");
    write("tests/test_calc.py", "def test_add(): pass\n");
    write("tests/conftest.py", "");

    TestSelection selection = build().testsIn(List.of("tests/test_calc.py", "tests/conftest.py", "calc.py"))
        .orElseThrow();

    assertThat(selection.names()).containsExactly("tests/test_calc.py");
    assertThat(selection.covers()).accepts("tests/test_calc.py::test_add", "tests/test_calc.py::TestX::test_y[1]",
        "tests/test_calc.py").rejects("tests/test_calc.pyc::x", "tests/test_other.py::test_add");
  }

  @Test
  void goNamesTheTestFunctionsOfTheFilesAndCoversTheirSubtests() throws Exception {
    write("go.mod", "module example.com/calc\n");
    write("calc/calc_test.go", """
        package calc

        import "testing"

        func TestMain(m *testing.M) { m.Run() }

        func TestAdd(t *testing.T) {}

        func TestSub(t *testing.T) {
        \tt.Run("by one", func(t *testing.T) {})
        }

        func helper(t *testing.T) {}
        """);

    TestSelection selection = build().testsIn(List.of("calc/calc_test.go", "calc/calc.go")).orElseThrow();

    assertThat(selection.names()).containsExactly("TestAdd", "TestSub");
    assertThat(selection.covers()).accepts("example.com/calc.TestAdd", "example.com/calc.TestSub/by_one", "TestSub")
        .rejects("example.com/calc.TestAddMore", "example.com/calc.TestMain", "example.com/calc.TestDiv/TestAdd");
  }

  @Test
  void buildsThatCannotNameTestsFromFilesSelectNothing() throws Exception {
    write("Cargo.toml", "[package]\nname = \"x\"\n");
    write("tests/calc.rs", "#[test] fn adds() {}");

    assertThat(build().testsIn(List.of("tests/calc.rs"))).isEmpty();
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
