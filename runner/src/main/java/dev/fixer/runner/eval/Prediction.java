package dev.fixer.runner.eval;

import java.util.Objects;

/**
 * One line of a SWE-bench predictions file: the patch a model made for an instance.
 *
 * @param instanceId the dataset's id
 * @param modelNameOrPath who made it, e.g. {@code fixer/claude-sonnet-4}, {@code gold} or {@code empty}
 * @param modelPatch a unified diff against the base commit; empty when the model made no change
 */
public record Prediction(String instanceId, String modelNameOrPath, String modelPatch) {

  public Prediction {
    Objects.requireNonNull(instanceId, "instanceId");
    modelNameOrPath = Objects.requireNonNullElse(modelNameOrPath, "");
    modelPatch = Objects.requireNonNullElse(modelPatch, "");
  }

  /** The dataset's own fix, to check that scoring resolves what it should. */
  public static Prediction gold(Instance instance) {
    return new Prediction(instance.instanceId(), "gold", instance.patch());
  }

  /** No change at all, to check that scoring resolves nothing by itself. */
  public static Prediction empty(Instance instance) {
    return new Prediction(instance.instanceId(), "empty", "");
  }
}
