package dev.fixer.tools.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The modules a {@code pom.xml} declares in its own {@code <modules>}, not in profiles. */
final class MavenModules {

  private static final int MAX_DEPTH = 6;

  private MavenModules() {}

  /**
   * Every module of the build under {@code root}, nested ones included, as paths from the root
   * ({@code core}, {@code services/api}); empty for a single-module build.
   */
  static List<String> all(Path root) {
    List<String> found = new ArrayList<>();
    collect(root, "", found, 0);
    return found;
  }

  /** The deepest of {@code modules} that holds {@code file}; empty for a file outside all of them. */
  static Optional<String> holding(List<String> modules, String file) {
    return modules.stream()
        .filter(module -> file.startsWith(module + "/"))
        .max(Comparator.comparingInt(String::length));
  }

  private static void collect(Path root, String prefix, List<String> found, int depth) {
    if (depth >= MAX_DEPTH) {
      return;
    }
    for (String declared : declared(prefix.isEmpty() ? root : root.resolve(prefix))) {
      String module = RepoPaths.normalise((prefix.isEmpty() ? "" : prefix + "/") + declared);
      if (!module.isEmpty() && !module.contains("..") && !found.contains(module)) {
        found.add(module);
        collect(root, module, found, depth + 1);
      }
    }
  }

  /** The module directories of {@code root}'s pom, as written there; empty if none or unreadable. */
  static List<String> declared(Path root) {
    try {
      Element project = SafeXml.parse(root.resolve("pom.xml")).getDocumentElement();
      List<String> modules = new ArrayList<>();
      for (Element list : children(project, "modules")) {
        for (Element module : children(list, "module")) {
          modules.add(module.getTextContent().strip());
        }
      }
      return modules;
    } catch (IOException unreadable) {
      return List.of();
    }
  }

  private static List<Element> children(Element parent, String tag) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node node = nodes.item(i);
      if (node instanceof Element element && tag.equals(element.getTagName())) {
        found.add(element);
      }
    }
    return found;
  }
}
