package dev.fixer.runner.eval;

import dev.fixer.runner.FixerException;
import dev.fixer.runner.batch.Shard;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Merges the directories of an evaluation's shards, each run on its own machine with {@code --shard I/N},
 * into one directory that holds the whole evaluation (shard {@code 1/1}), so that its report is the one a
 * single run would have made from the same records.
 *
 * <p>Only the records are merged: each instance's {@code inference.json} and {@code score.json}, and the
 * predictions. Run directories and checkouts stay where they are, so a merged record's {@code run_dir}
 * names a directory under the shard's. Instances no shard holds a record of count as not run.
 */
public final class EvalMerge {

  private EvalMerge() {}

  /**
   * Copies the records of {@code shards} into {@code target}, writes its {@code eval.json} (shard 1/1), its
   * {@code predictions.jsonl} (the shards' predictions of the dataset's instances, in dataset order) and its
   * report. Records the target
   * already holds of instances no shard has are kept.
   *
   * @return the report's Markdown
   * @throws FixerException a usage error, before anything is written, when a shard directory holds no
   *     evaluation or one of another dataset, two hold records of one instance, or the target holds another
   *     dataset's or a shard's evaluation
   */
  public static String merge(Dataset dataset, EvalDir target, List<EvalDir> shards) {
    return merge(dataset, target, shards, Clock.systemUTC());
  }

  static String merge(Dataset dataset, EvalDir target, List<EvalDir> shards, Clock clock) {
    shards.forEach(shard -> check(dataset, target, shard));
    Map<String, EvalDir> owners = owners(dataset, shards);
    Map<String, Prediction> predictions = predictions(dataset, shards);
    EvalManifest.open(target, dataset, Shard.ALL, clock);
    owners.forEach((id, shard) -> {
      RecordFiles.inference(shard, id).ifPresent(record -> RecordFiles.write(target.inference(id), record));
      RecordFiles.score(shard, id).ifPresent(record -> RecordFiles.write(target.score(id), record));
    });
    if (!predictions.isEmpty() || shards.stream().anyMatch(shard -> Files.exists(shard.predictions()))) {
      Predictions.write(target.predictions(), new ArrayList<>(predictions.values()));
    }
    return EvalReport.of(dataset, target).write();
  }

  private static void check(Dataset dataset, EvalDir target, EvalDir shard) {
    if (shard.equals(target)) {
      throw FixerException.usage("cannot merge " + shard.root() + " into itself; give the merged evaluation another"
          + " directory");
    }
    EvalManifest manifest = EvalManifest.read(shard).orElseThrow(() -> FixerException.usage(shard.root()
        + " holds no evaluation (no eval.json); name the --output directories of fixer eval runs"));
    if (!manifest.datasetSha256().equals(dataset.sha256())) {
      throw FixerException.usage(shard.root() + " holds an evaluation of another dataset (" + manifest.dataset()
          + "), not of " + dataset.path() + "; merge only the shards of one dataset");
    }
  }

  /** The shard holding each instance's records, in dataset order. */
  private static Map<String, EvalDir> owners(Dataset dataset, List<EvalDir> shards) {
    Map<String, EvalDir> owners = new LinkedHashMap<>();
    for (Instance instance : dataset.instances()) {
      String id = instance.instanceId();
      for (EvalDir shard : shards) {
        if (holds(shard, id)) {
          EvalDir other = owners.putIfAbsent(id, shard);
          if (other != null) {
            throw twice(id, other, shard);
          }
        }
      }
    }
    return owners;
  }

  private static boolean holds(EvalDir shard, String id) {
    return RecordFiles.inference(shard, id).isPresent() || RecordFiles.score(shard, id).isPresent();
  }

  private static Map<String, Prediction> predictions(Dataset dataset, List<EvalDir> shards) {
    Map<String, Prediction> all = new LinkedHashMap<>();
    Map<String, EvalDir> from = new LinkedHashMap<>();
    for (EvalDir shard : shards) {
      Map<String, Prediction> some = Files.exists(shard.predictions()) ? Predictions.read(shard.predictions())
          : Map.of();
      for (Prediction prediction : some.values()) {
        EvalDir other = from.putIfAbsent(prediction.instanceId(), shard);
        if (other != null) {
          throw twice(prediction.instanceId(), other, shard);
        }
        all.put(prediction.instanceId(), prediction);
      }
    }
    Map<String, Prediction> ordered = new LinkedHashMap<>();
    dataset.instances().forEach(instance -> Optional.ofNullable(all.get(instance.instanceId()))
        .ifPresent(prediction -> ordered.put(prediction.instanceId(), prediction)));
    return ordered;
  }

  private static FixerException twice(String id, EvalDir one, EvalDir other) {
    return FixerException.usage("instance " + id + " has records in both " + one.root() + " and " + other.root()
        + "; merge the shards of one evaluation, each run with its own --shard");
  }
}
