package dev.fixer.tools.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The setup script of a Python project: a virtual environment in the sandbox's home that sees the
 * system's packages (so Debian's pytest serves where no index can be reached), the requirements files,
 * and the project installed editable with its test extras. Only a missing pytest fails the setup; the
 * installs that failed are listed at the end of its output, where the setup summary shows them.
 */
final class PythonSetup {

  static final String VENV = "\"$HOME/.venvs/fixer\"";
  static final List<String> REQUIREMENTS = List.of("requirements.txt", "requirements-dev.txt",
      "requirements-test.txt", "requirements-tests.txt", "test-requirements.txt", "dev-requirements.txt");
  /**
   * Best effort, so where no index answers each attempt, and the pip that fetches its build backend,
   * gives up after one retry, not five.
   */
  private static final String EDITABLE = "PIP_RETRIES=1 pip install -e";
  private static final List<String> TEST_EXTRAS = List.of("test", "tests", "testing", "dev");
  private static final Pattern SECTION = Pattern.compile("^\\s*\\[([^\\]]+)]\\s*$");
  private static final Pattern KEY = Pattern.compile("^\\s*\"?([A-Za-z0-9_.-]+)\"?\\s*=");

  private PythonSetup() {}

  static String script(Path root) {
    StringBuilder script = new StringBuilder()
        .append("{ python3 -m venv --system-site-packages --without-pip ").append(VENV).append(" && ").append(VENV)
        .append("/bin/python -m pip --version >/dev/null 2>&1; } || python3 -m venv --system-site-packages ").append(VENV)
        .append(" || { echo 'fixer setup: python3 -m venv failed: the sandbox needs Python 3 with venv (Debian:")
        .append(" python3-venv), or name an image that has it in .fixer.yml (image:)'; exit 1; }\n")
        .append(". ").append(VENV).append("/bin/activate\n")
        .append("pip() { python -m pip \"$@\"; }\n")
        .append("problems=''\n")
        .append("failed() { problems=\"$problems\n  - $1\"; }\n");
    for (String file : REQUIREMENTS) {
      if (Files.isRegularFile(root.resolve(file))) {
        script.append("pip install -r ").append(file).append(" || failed \"pip install -r ").append(file)
            .append(" failed (exit $?)\"\n");
      }
    }
    if (Files.isRegularFile(root.resolve("pyproject.toml")) || Files.isRegularFile(root.resolve("setup.py"))) {
      List<String> attempts = new ArrayList<>();
      List<String> extras = testExtras(root.resolve("pyproject.toml"));
      if (!extras.isEmpty()) {
        attempts.add(EDITABLE + " '.[" + String.join(",", extras) + "]'");
      }
      attempts.add(EDITABLE + " .");
      attempts.add("pip install --no-build-isolation -e .");
      script.append(String.join(" || ", attempts)).append(" || failed \"the editable install of the project")
          .append(" (pip install -e .) failed (exit $?): its tests run against the sources as they are, with the")
          .append(" packages the sandbox has; a setup command in .fixer.yml (setup:) can install them another way\"\n");
    }
    return script
        .append("python -c 'import pytest' 2>/dev/null || pip install pytest || failed \"pip install pytest failed\"\n")
        .append("if ! python -m pytest --version; then echo 'fixer setup: pytest cannot be run in the sandbox: list it")
        .append(" in requirements.txt, or name an image with pytest in .fixer.yml (image:)'; exit 1; fi\n")
        .append("if [ -n \"$problems\" ]; then printf 'fixer setup: pytest is ready, but:%b\\n' \"$problems\"; fi\n")
        .toString();
  }

  /** The test extras that {@code [project.optional-dependencies]} of {@code pyproject} declares. */
  static List<String> testExtras(Path pyproject) {
    List<String> found = new ArrayList<>();
    List<String> lines;
    try {
      lines = Files.isRegularFile(pyproject) ? Files.readAllLines(pyproject) : List.of();
    } catch (IOException unreadable) {
      return found;
    }
    boolean inExtras = false;
    for (String line : lines) {
      Matcher section = SECTION.matcher(line);
      if (section.matches()) {
        inExtras = section.group(1).strip().equals("project.optional-dependencies");
        continue;
      }
      Matcher key = KEY.matcher(line);
      if (inExtras && key.find() && TEST_EXTRAS.contains(key.group(1)) && !found.contains(key.group(1))) {
        found.add(key.group(1));
      }
    }
    return found;
  }
}
