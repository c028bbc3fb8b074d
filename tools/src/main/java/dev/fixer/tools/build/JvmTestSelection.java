package dev.fixer.tools.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** The test classes of JVM test sources, named by their simple names as surefire and Gradle filter them. */
final class JvmTestSelection {

  private static final Set<String> SOURCE_SUFFIXES = Set.of(".java", ".kt", ".groovy", ".scala");

  private JvmTestSelection() {}

  /**
   * The simple class names of the JVM sources among {@code testFiles} that exist under {@code root}
   * and that {@code runnable} accepts; a test id is covered when its class ({@code pkg.Name$Inner#method}
   * gives {@code Name}) is one of them.
   */
  static Optional<TestSelection> of(Path root, List<String> testFiles, Predicate<String> runnable) {
    Set<String> classes = new LinkedHashSet<>();
    for (String file : testFiles) {
      String path = RepoPaths.normalise(file);
      String name = path.substring(path.lastIndexOf('/') + 1);
      int dot = name.lastIndexOf('.');
      if (dot > 0 && SOURCE_SUFFIXES.contains(name.substring(dot)) && runnable.test(path)
          && Files.isRegularFile(root.resolve(path))) {
        classes.add(name.substring(0, dot));
      }
    }
    if (classes.isEmpty()) {
      return Optional.empty();
    }
    Set<String> names = Set.copyOf(classes);
    return Optional.of(new TestSelection(List.copyOf(classes), id -> names.contains(simpleClass(id))));
  }

  static String simpleClass(String id) {
    String className = id.split("#", 2)[0];
    String simple = className.substring(className.lastIndexOf('.') + 1);
    int nested = simple.indexOf('$');
    return nested < 0 ? simple : simple.substring(0, nested);
  }
}
