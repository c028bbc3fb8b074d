package dev.fixer.tools.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What fixer reads of a {@code package.json}: the {@code test} script, the names of the dependencies
 * and the {@code packageManager} field. A file that cannot be read or parsed reads as empty.
 *
 * @param testScript {@code scripts.test}; empty when there is none
 * @param dependencies the names in {@code dependencies} and {@code devDependencies}
 * @param packageManager the {@code packageManager} field, e.g. {@code yarn@3.6.0}; empty when unset
 */
record PackageJson(String testScript, Set<String> dependencies, String packageManager) {

  private static final ObjectMapper JSON = new ObjectMapper();

  PackageJson {
    dependencies = Set.copyOf(dependencies);
  }

  static PackageJson at(Path root) {
    JsonNode json;
    try {
      json = JSON.readTree(Files.readString(root.resolve("package.json")));
    } catch (IOException | RuntimeException unreadable) {
      return new PackageJson("", Set.of(), "");
    }
    if (json == null || !json.isObject()) {
      return new PackageJson("", Set.of(), "");
    }
    Set<String> names = new LinkedHashSet<>();
    json.path("dependencies").fieldNames().forEachRemaining(names::add);
    json.path("devDependencies").fieldNames().forEachRemaining(names::add);
    return new PackageJson(json.path("scripts").path("test").asText("").strip(), names,
        json.path("packageManager").asText("").strip());
  }
}
