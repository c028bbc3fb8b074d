package dev.fixer.core.agent;

import dev.fixer.core.cost.Pricing;
import java.util.Objects;

/**
 * How the agent loop behaves.
 *
 * @param limits the budgets
 * @param repeatLimit how often the same call may fail the same way before a nudge; once more ends the
 *     run as {@link RunStatus#STUCK}
 * @param toolOutputMaxChars the most of one tool's output the model reads (head and tail are kept)
 * @param context when old outputs are elided
 * @param pricing prices for cost accounting and the cost budget
 * @param syncEachStep whether the trajectory is forced to disk after each step, so a run survives the
 *     machine going down and not only the process
 * @param requireFinish whether the run should end through a tool that returns
 *     {@link dev.fixer.core.tool.ToolResult.Finished} (see {@link dev.fixer.core.tool.FinishTool}):
 *     a reply without tool calls then gets one reminder to call it, and only a second such reply in a
 *     row ends the run, with that reply's text as the summary. When false (the default), any reply
 *     without tool calls ends the run.
 */
public record AgentConfig(
    Limits limits, int repeatLimit, int toolOutputMaxChars, ContextPolicy context, Pricing pricing,
    boolean syncEachStep, boolean requireFinish) {

  public static final AgentConfig DEFAULT =
      new AgentConfig(Limits.DEFAULT, 3, 24_000, ContextPolicy.KIMI, Pricing.builtIn(), true, false);

  public AgentConfig {
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(pricing, "pricing");
    if (repeatLimit < 1) {
      throw new IllegalArgumentException("the repeat limit must be at least 1, got " + repeatLimit);
    }
    if (toolOutputMaxChars < 1000) {
      throw new IllegalArgumentException("tool output must be allowed at least 1000 characters");
    }
  }

  public AgentConfig withLimits(Limits value) {
    return new AgentConfig(value, repeatLimit, toolOutputMaxChars, context, pricing, syncEachStep, requireFinish);
  }

  public AgentConfig withRepeatLimit(int value) {
    return new AgentConfig(limits, value, toolOutputMaxChars, context, pricing, syncEachStep, requireFinish);
  }

  public AgentConfig withToolOutputMaxChars(int value) {
    return new AgentConfig(limits, repeatLimit, value, context, pricing, syncEachStep, requireFinish);
  }

  public AgentConfig withContext(ContextPolicy value) {
    return new AgentConfig(limits, repeatLimit, toolOutputMaxChars, value, pricing, syncEachStep, requireFinish);
  }

  public AgentConfig withPricing(Pricing value) {
    return new AgentConfig(limits, repeatLimit, toolOutputMaxChars, context, value, syncEachStep, requireFinish);
  }

  public AgentConfig withSyncEachStep(boolean value) {
    return new AgentConfig(limits, repeatLimit, toolOutputMaxChars, context, pricing, value, requireFinish);
  }

  public AgentConfig withRequireFinish(boolean value) {
    return new AgentConfig(limits, repeatLimit, toolOutputMaxChars, context, pricing, syncEachStep, value);
  }
}
