package dev.fixer.runner.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.fixer.runner.FixerException;
import dev.fixer.runner.TextFiles;
import dev.fixer.runner.batch.Shard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What an evaluation directory holds ({@code eval.json}): which dataset, by path and SHA-256, and which
 * shard of it. One directory holds one shard of one dataset, so that running again in it resumes that
 * evaluation and never mixes in another's records.
 *
 * @param dataset the dataset file, absolute, as it was when the directory was made
 * @param datasetSha256 the dataset's SHA-256, what identifies it
 * @param instances how many valid instances the dataset has
 * @param shard which share of the instances, by {@link Shard#includesKey(String)}; 1/1 for all of them
 * @param created when the directory was made
 */
public record EvalManifest(Path dataset, String datasetSha256, int instances, Shard shard, Instant created) {

  public EvalManifest {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(datasetSha256, "datasetSha256");
    Objects.requireNonNull(shard, "shard");
    Objects.requireNonNull(created, "created");
  }

  /**
   * The evaluation of {@code dataset}'s {@code shard} in {@code dir}: made, with {@code eval.json}, if the
   * directory holds none; the one there if it holds this dataset's shard (a resumption).
   *
   * @param shard {@code I/N}
   * @throws FixerException a usage error when the directory holds another dataset, another shard of this one,
   *     or an unreadable {@code eval.json}; an infrastructure error when it cannot be written
   */
  public static EvalManifest open(EvalDir dir, Dataset dataset, String shard) {
    return open(dir, dataset, Shard.parse(shard), Clock.systemUTC());
  }

  static EvalManifest open(EvalDir dir, Dataset dataset, Shard shard, Clock clock) {
    Optional<EvalManifest> existing = read(dir);
    if (existing.isEmpty()) {
      EvalManifest made = new EvalManifest(dataset.path(), dataset.sha256(), dataset.instances().size(), shard,
          clock.instant());
      EvalFiles.write(dir.evalJson(), made.json(), "evaluation");
      return made;
    }
    EvalManifest manifest = existing.get();
    if (!manifest.datasetSha256().equals(dataset.sha256())) {
      throw FixerException.usage(dir.root() + " holds an evaluation of another dataset (" + manifest.dataset()
          + ", sha256 " + manifest.datasetSha256().substring(0, Math.min(12, manifest.datasetSha256().length()))
          + "…); choose another --output directory, or remove it");
    }
    if (!manifest.shard().equals(shard)) {
      throw FixerException.usage(dir.root() + " holds shard " + manifest.shard() + " of this dataset, not " + shard
          + "; pass --shard " + manifest.shard() + " to resume it, or choose another --output directory");
    }
    return manifest;
  }

  /**
   * The evaluation in {@code dir}; empty when it has no {@code eval.json}.
   *
   * @throws FixerException a usage error naming {@code eval.json} when it cannot be read
   */
  public static Optional<EvalManifest> read(EvalDir dir) {
    Path file = dir.evalJson();
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      JsonNode node = JsonFields.parse(TextFiles.decodeUtf8(Files.readAllBytes(file)));
      return Optional.of(new EvalManifest(Path.of(required(node, "dataset")), required(node, "dataset_sha256"),
          node.path("instances").asInt(), Shard.parse(required(node, "shard")),
          Instant.parse(required(node, "created"))));
    } catch (IOException | IllegalArgumentException | DateTimeException | FixerException e) {
      String reason = e instanceof IOException io ? TextFiles.reason(io) : e.getMessage();
      throw FixerException.usage("cannot read " + file + " (" + reason + "); remove the directory " + dir.root()
          + ", or choose another --output directory", e);
    }
  }

  /** Whether the evaluation takes every instance of the dataset. */
  public boolean full() {
    return shard.equals(Shard.ALL);
  }

  private static String required(JsonNode node, String name) {
    String value = JsonFields.text(node, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException("it has no \"" + name + "\"");
    }
    return value;
  }

  String json() {
    return JsonNodeFactory.instance.objectNode().put("dataset", dataset.toString())
        .put("dataset_sha256", datasetSha256).put("instances", instances).put("shard", shard.toString())
        .put("created", created.toString()).toPrettyString() + "\n";
  }
}
