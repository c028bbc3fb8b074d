package dev.fixer.tools.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The modules a {@code pom.xml} declares in its own {@code <modules>}, not in profiles. */
final class MavenModules {

  private MavenModules() {}

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
