/**
 * The agent's tools, each a {@code dev.fixer.core.tool.Tool} that runs its processes through a
 * sandbox. The tools themselves arrive with the tools issue.
 */
package dev.fixer.tools;
