package dev.fixer.runner.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fixer.core.agent.AgentEvent;
import dev.fixer.core.agent.Trajectory;
import dev.fixer.core.message.ToolCall;
import dev.fixer.core.tool.FinishTool;
import dev.fixer.tools.RefusedPathException;
import dev.fixer.tools.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the agent's trajectory says about the files it made: those it wrote with {@code edit} (a call
 * that succeeded), and those it named in the {@code keep} of a {@code finish} call that ended an
 * attempt. Paths are repository-relative.
 *
 * @param written the files {@code edit} wrote
 * @param keep the files the agent asked to keep although a command made them
 */
record AgentWork(Set<String> written, Set<String> keep) {

  private static final ObjectMapper JSON = new ObjectMapper();

  AgentWork {
    written = Set.copyOf(written);
    keep = Set.copyOf(keep);
  }

  static AgentWork of(List<Trajectory.Entry> entries, Workspace workspace) {
    Map<String, ToolCall> started = new HashMap<>();
    Set<String> written = new LinkedHashSet<>();
    Set<String> keep = new LinkedHashSet<>();
    for (Trajectory.Entry entry : entries) {
      if (entry.event() instanceof AgentEvent.ToolStarted start) {
        started.put(start.call().id(), start.call());
      } else if (entry.event() instanceof AgentEvent.ToolFinished done && !done.message().failed()) {
        ToolCall call = started.get(done.message().toolCallId());
        if (call != null && call.name().equals("edit")) {
          relative(workspace, arguments(call).path("path").asText("")).ifPresent(written::add);
        } else if (call != null && call.name().equals(FinishTool.NAME) && done.finishSummary() != null) {
          arguments(call).path("keep").forEach(path -> relative(workspace, path.asText()).ifPresent(keep::add));
        }
      }
    }
    return new AgentWork(written, keep);
  }

  private static JsonNode arguments(ToolCall call) {
    try {
      JsonNode node = JSON.readTree(call.arguments().isBlank() ? "{}" : call.arguments());
      return node == null ? JSON.createObjectNode() : node;
    } catch (IOException e) {
      return JSON.createObjectNode();
    }
  }

  private static Optional<String> relative(Workspace workspace, String path) {
    if (path.isBlank()) {
      return Optional.empty();
    }
    try {
      Path file = workspace.resolve(path.strip());
      String relative = workspace.root().relativize(file).toString().replace('\\', '/');
      return relative.isEmpty() ? Optional.empty() : Optional.of(relative);
    } catch (RefusedPathException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
