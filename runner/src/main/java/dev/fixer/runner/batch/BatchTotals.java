package dev.fixer.runner.batch;

import dev.fixer.runner.batch.BatchEntry.Status;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The sums over a batch's entries: how many ended each way, and what they used together. */
record BatchTotals(int issues, Map<Status, Integer> byStatus, long steps, long promptTokens, long cachedTokens,
    long completionTokens, double costUsd, long elapsedMs) {

  BatchTotals {
    byStatus = Map.copyOf(byStatus);
  }

  static BatchTotals of(List<BatchEntry> entries) {
    Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
    long steps = 0;
    long prompt = 0;
    long cached = 0;
    long completion = 0;
    double cost = 0;
    long elapsed = 0;
    for (BatchEntry entry : entries) {
      byStatus.merge(entry.status(), 1, Integer::sum);
      steps += entry.steps();
      prompt += entry.promptTokens();
      cached += entry.cachedTokens();
      completion += entry.completionTokens();
      cost += entry.costUsd();
      elapsed += entry.elapsedMs();
    }
    return new BatchTotals(entries.size(), byStatus, steps, prompt, cached, completion, cost, elapsed);
  }

  int count(Status status) {
    return byStatus.getOrDefault(status, 0);
  }
}
