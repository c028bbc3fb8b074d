package dev.fixer.tools.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The test classes under {@code src/test/<language>/} of every module, to find where a named test lives. */
final class MavenTestClasses {

  private static final Set<String> SOURCE_SUFFIXES = Set.of(".java", ".kt", ".groovy", ".scala");
  private static final String TEST_SOURCES = "/src/test/";
  private static final int MAX_SUGGESTIONS = 5;

  /** A test source: its module's directory relative to the root ("" for the root) and its class name. */
  record TestClass(String module, String qualifiedName) {
    String simpleName() {
      return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    }
  }

  private final Path root;
  private List<TestClass> classes;

  MavenTestClasses(Path root) {
    this.root = root;
  }

  /**
   * The module directories holding the class of {@code test} ({@code Name}, {@code pkg.Name},
   * either with {@code #method}); empty for a pattern, which surefire matches itself.
   */
  Set<String> modulesOf(String test) throws UnknownTestException {
    String className = test.split("#", 2)[0].strip();
    if (className.isEmpty() || className.matches(".*[*?!%/\\[].*")) {
      return Set.of();
    }
    boolean qualified = className.contains(".");
    Set<String> modules = new LinkedHashSet<>();
    for (TestClass candidate : all()) {
      if (qualified ? candidate.qualifiedName().equals(className) : candidate.simpleName().equals(className)) {
        modules.add(candidate.module());
      }
    }
    if (modules.isEmpty()) {
      throw new UnknownTestException("no test class " + className + " in the test sources (src/test/...)"
          + similar(className));
    }
    return modules;
  }

  private String similar(String className) {
    String wanted = className.substring(className.lastIndexOf('.') + 1).toLowerCase();
    List<String> names = all().stream()
        .map(TestClass::simpleName)
        .distinct()
        .sorted(Comparator.comparingInt((String name) -> Similarity.distance(wanted, name.toLowerCase()))
            .thenComparing(name -> -Similarity.commonPrefix(wanted, name.toLowerCase())))
        .limit(MAX_SUGGESTIONS)
        .toList();
    return names.isEmpty() ? "; the project has no test classes" : "; similar test classes: " + String.join(", ", names);
  }

  private List<TestClass> all() {
    if (classes == null) {
      classes = scan();
    }
    return classes;
  }

  private List<TestClass> scan() {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .map(file -> "/" + root.relativize(file).toString().replace('\\', '/'))
          .filter(path -> path.contains(TEST_SOURCES) && !path.contains("/.git/") && !path.contains("/target/"))
          .filter(path -> SOURCE_SUFFIXES.stream().anyMatch(path::endsWith))
          .map(MavenTestClasses::testClass)
          .filter(java.util.Objects::nonNull)
          .toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      return List.of();
    }
  }

  private static TestClass testClass(String path) {
    int at = path.lastIndexOf(TEST_SOURCES);
    String module = path.substring(1, Math.max(1, at));
    String afterLanguage = path.substring(at + TEST_SOURCES.length());
    int slash = afterLanguage.indexOf('/');
    if (slash < 0) {
      return null;
    }
    String source = afterLanguage.substring(slash + 1);
    String qualified = source.substring(0, source.lastIndexOf('.')).replace('/', '.');
    return new TestClass(at == 0 ? "" : module, qualified);
  }
}
