/**
 * Whether a change fixed something, judged from test outcomes by id: {@link dev.fixer.tools.verdict.Outcomes}
 * of a run before and after the change, sorted into {@link dev.fixer.tools.verdict.Transitions}
 * (fail→pass, pass→fail, ...), and the {@link dev.fixer.tools.verdict.Verdict} over them: the single
 * definition of "resolved" that a run's verification and {@code fixer eval} share. Pure logic: nothing
 * here runs a process or touches a file.
 */
package dev.fixer.tools.verdict;
