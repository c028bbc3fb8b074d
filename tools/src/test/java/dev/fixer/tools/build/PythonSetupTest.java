package dev.fixer.tools.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PythonSetupTest {

  @TempDir
  Path repo;

  @Test
  void findsTheTestExtrasOfThePyproject() throws Exception {
    Path pyproject = Files.writeString(repo.resolve("pyproject.toml"), """
        [project]
        name = "demo"
        dependencies = ["requests"]

        [project.optional-dependencies]
        docs = ["sphinx"]
        test = ["pytest", "hypothesis"]
        "dev" = ["ruff"]

        [tool.other]
        tests = "not an extra"
        """);

    assertThat(PythonSetup.testExtras(pyproject)).containsExactly("test", "dev");
  }

  @Test
  void installsTheRequirementsFilesAndTheProjectWithItsTestExtras() throws Exception {
    Files.writeString(repo.resolve("requirements.txt"), "requests\n");
    Files.writeString(repo.resolve("requirements-dev.txt"), "pytest\n");
    Files.writeString(repo.resolve("pyproject.toml"), "[project.optional-dependencies]\ntest = [\"pytest\"]\n");

    String script = PythonSetup.script(repo);

    assertThat(script).contains("python3 -m venv --system-site-packages --without-pip \"$HOME/.venvs/fixer\"")
        .contains("pip install -r requirements.txt || failed").contains("pip install -r requirements-dev.txt || failed")
        .doesNotContain("requirements-test.txt")
        .contains("PIP_RETRIES=1 pip install -e '.[test]' || PIP_RETRIES=1 pip install -e . || pip install --no-build-isolation -e . || failed");
  }

  @Test
  void aProjectWithoutPackagingOnlyNeedsPytest() {
    String script = PythonSetup.script(repo);

    assertThat(script).doesNotContain("pip install -e").doesNotContain("pip install -r")
        .contains("python -m pytest --version");
  }
}
