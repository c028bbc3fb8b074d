/**
 * The agent's tools, each a {@code dev.fixer.core.tool.Tool}: {@code read_file}, {@code list_files},
 * {@code search_code}, {@code edit}, {@code run_tests} and {@code run_command}. File tools work on
 * the host through a {@link dev.fixer.tools.Workspace}, which refuses paths that leave the
 * repository; every tool that runs a process runs it through a {@code dev.fixer.sandbox.Sandbox}.
 */
package dev.fixer.tools;
