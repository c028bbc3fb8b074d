package dev.fixer.core.tool;

import java.time.Instant;

/**
 * What a tool may want to know about the call.
 *
 * @param step the agent step this call belongs to, from 1
 * @param callId the model's id for this call
 * @param deadline when the run's time budget runs out, or {@code null} if it has none; a long
 *     command should stop by then
 */
public record ToolContext(int step, String callId, Instant deadline) {}
