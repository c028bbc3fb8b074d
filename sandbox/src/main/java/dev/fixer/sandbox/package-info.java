/**
 * Where the agent's commands run: a bubblewrap jail ({@link BubblewrapSandbox}), or, only when the
 * user names it, the bare host ({@link LocalSandbox}). Docker fits the same {@link Sandbox} seam.
 * Knows nothing of models.
 */
package dev.fixer.sandbox;
