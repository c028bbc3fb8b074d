package dev.fixer.runner.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fixer.runner.FixerException;
import dev.fixer.runner.TextFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The files of a run directory a report reads: {@code run.json} (required), the trajectory it names
 * ({@code trajectory.jsonl} beside it when that file is gone, as in a directory copied elsewhere),
 * {@code result.json} when the run got to its verdict, and the patch.
 */
final class RunFiles {

  static final String RECORD = "run.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path dir;
  private final JsonNode record;

  private RunFiles(Path dir, JsonNode record) {
    this.dir = dir;
    this.record = record;
  }

  /** @throws FixerException a usage error when {@code dir} is not a run directory or its record is unreadable */
  static RunFiles of(Path dir) {
    Path file = dir.resolve(RECORD);
    if (!Files.isRegularFile(file)) {
      throw FixerException.usage(dir + " is not a fixer run directory: it has no " + RECORD);
    }
    try {
      return new RunFiles(dir, JSON.readTree(Files.readString(file)));
    } catch (IOException | RuntimeException e) {
      throw FixerException.usage("cannot read the run record " + file + ": " + e.getMessage(), e);
    }
  }

  Path dir() {
    return dir;
  }

  JsonNode issue() {
    return record.path("issue");
  }

  String model() {
    return record.path("plan").path("model").asText("");
  }

  /** {@code trajectory.jsonl} in the directory when it is there (the run's own, also in a copied directory), else the file run.json names. */
  Path trajectory() {
    Path own = dir.resolve("trajectory.jsonl");
    String named = record.path("trajectory").asText("");
    return Files.isRegularFile(own) || named.isEmpty() ? own : dir.resolve(named);
  }

  /** {@code result.json}; empty before the verdict, or when it cannot be read. */
  Optional<JsonNode> result() {
    Path file = dir.resolve("result.json");
    try {
      return Files.isRegularFile(file) ? Optional.of(JSON.readTree(Files.readString(file))) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The patch: the one beside the trajectory, else the file result.json names; empty when there is none. */
  String patch(Optional<Ending> ending) {
    String name = trajectory().getFileName().toString().replaceFirst("\\.jsonl$", "") + ".patch";
    Path[] candidates = {trajectory().resolveSibling(name),
        ending.map(Ending::patch).filter(p -> !p.isEmpty()).map(dir::resolve).orElse(null)};
    for (Path candidate : candidates) {
      if (candidate != null && Files.isRegularFile(candidate)) {
        return read(candidate);
      }
    }
    return "";
  }

  private static String read(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      try {
        return TextFiles.decodeUtf8(bytes);
      } catch (IOException e) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
      }
    } catch (IOException e) {
      throw FixerException.usage("cannot read the patch " + file + ": " + TextFiles.reason(e), e);
    }
  }
}
