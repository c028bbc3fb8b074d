package dev.fixer.runner.eval;

import dev.fixer.runner.FixerException;
import dev.fixer.runner.TextFiles;
import dev.fixer.runner.batch.Shard;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An evaluation dataset: a JSONL file of SWE-bench, SWE-bench-java or Multi-SWE-bench instances, one
 * JSON object a line (see {@link InstanceJson} for the fields read), blank lines skipped.
 *
 * @param path the file, absolute
 * @param sha256 the SHA-256 of the file's bytes, in lower-case hex: what tells two datasets apart
 * @param instances the valid instances, in file order, their ids unique
 * @param invalid the lines skipped as invalid, in file order; empty unless loaded with {@code skipInvalid}
 */
public record Dataset(Path path, String sha256, List<Instance> instances, List<InvalidLine> invalid) {

  public Dataset {
    path = Objects.requireNonNull(path, "path").toAbsolutePath().normalize();
    Objects.requireNonNull(sha256, "sha256");
    instances = List.copyOf(instances);
    invalid = List.copyOf(invalid);
  }

  /**
   * Reads {@code file}.
   *
   * @param skipInvalid whether a line that is not a valid instance (not a JSON object, no instance_id, repo
   *     or base_commit, a repo not OWNER/NAME, an id seen before) is recorded in {@link #invalid()} and
   *     skipped; otherwise it ends the load
   * @throws FixerException a usage error naming the file (and line) when the file cannot be read, a line is
   *     invalid and not skipped, or no valid instance is left
   */
  public static Dataset load(Path file, boolean skipInvalid) {
    byte[] bytes = read(file);
    List<Instance> instances = new ArrayList<>();
    List<InvalidLine> invalid = new ArrayList<>();
    String[] lines = text(file, bytes).split("\\r?\\n", -1);
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      try {
        instances.add(instance(lines[i], i + 1, seen));
      } catch (IllegalArgumentException e) {
        if (!skipInvalid) {
          throw FixerException.usage("dataset " + file + " line " + (i + 1) + ": " + e.getMessage()
              + "; fix the line, or pass --skip-invalid to skip such lines", e);
        }
        invalid.add(new InvalidLine(i + 1, e.getMessage()));
      }
    }
    if (instances.isEmpty()) {
      throw FixerException.usage("dataset " + file + " holds no valid instance"
          + (invalid.isEmpty() ? "" : " (" + invalid.size() + " invalid lines skipped)")
          + "; give a JSONL file with one SWE-bench instance a line");
    }
    return new Dataset(file, sha256(bytes), instances, invalid);
  }

  private static Instance instance(String line, int number, Map<String, Integer> seen) {
    Instance instance = InstanceJson.decode(JsonFields.parse(line), number);
    Integer first = seen.putIfAbsent(instance.instanceId(), number);
    if (first != null) {
      throw new IllegalArgumentException("instance_id " + instance.instanceId() + " is also on line " + first);
    }
    return instance;
  }

  /** The instance with this id. */
  public Optional<Instance> instance(String instanceId) {
    return instances.stream().filter(instance -> instance.instanceId().equals(instanceId)).findFirst();
  }

  /** The instances {@code shard} takes, by {@link Shard#includesKey(String)} of their ids, in dataset order. */
  public List<Instance> instances(Shard shard) {
    return instances.stream().filter(instance -> shard.includesKey(instance.instanceId())).toList();
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw FixerException.usage("cannot read dataset " + file + " (" + TextFiles.reason(e)
          + "); give a readable JSONL file of instances", e);
    }
  }

  private static String text(Path file, byte[] bytes) {
    try {
      return TextFiles.decodeUtf8(bytes);
    } catch (CharacterCodingException e) {
      throw FixerException.usage("dataset " + file + " is not UTF-8 text; give a JSONL file of instances", e);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
