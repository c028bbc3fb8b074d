/**
 * Where the agent's commands run: a Docker container, a bubblewrap jail, or (only when the user
 * names it) the bare host. Knows nothing of models. The sandboxes themselves arrive with the tools
 * and Docker issues.
 */
package dev.fixer.sandbox;
