package dev.fixer.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fixer.core.model.ToolSpec;
import dev.fixer.core.tool.Tool;
import dev.fixer.sandbox.Sandbox;
import dev.fixer.sandbox.testing.Sandboxes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToolboxTest {

  @TempDir Path dir;

  @Test
  void offersEveryToolWithItsPublicNameAndRequiredArguments() throws Exception {
    Path repo = Files.createDirectories(dir.resolve("repo"));
    try (Sandbox sandbox = Sandboxes.local(repo, dir.resolve("cache"))) {
      List<Tool> tools = Toolbox.standard(Workspace.at(repo, sandbox.workdir()), sandbox, Optional.empty());

      assertThat(tools).extracting(Tool::name)
          .containsExactly("read_file", "list_files", "search_code", "edit", "run_tests", "run_command");
      assertThat(required(tools, "read_file")).containsExactly("path");
      assertThat(required(tools, "search_code")).containsExactly("query");
      assertThat(required(tools, "edit")).containsExactly("path", "old_str", "new_str");
      assertThat(required(tools, "run_tests")).isEmpty();
      assertThat(required(tools, "run_command")).containsExactly("command");
      for (Tool tool : tools) {
        ToolSpec spec = tool.spec();
        assertThat(spec.description()).as(tool.name()).hasSizeGreaterThan(80);
        assertThat(spec.parameters().path("additionalProperties").asBoolean(true)).as(tool.name()).isFalse();
      }
    }
  }

  private static List<String> required(List<Tool> tools, String name) {
    Tool tool = tools.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    List<String> names = new java.util.ArrayList<>();
    tool.parameters().path("required").forEach(n -> names.add(n.asText()));
    return names;
  }
}
