package dev.fixer.tools.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The package manager of a Node.js project: the {@code packageManager} field of its package.json, else
 * its lock file ({@code yarn.lock}, {@code pnpm-lock.yaml}, {@code bun.lockb}), else npm. Where the
 * sandbox lacks yarn or pnpm, setup installs it with npm from the registry into the sandbox home
 * ({@value #TOOLS}), where the tests find it; without npm, corepack runs it. bun is not supported.
 *
 * @param name {@code npm}, {@code yarn}, {@code pnpm} or {@code bun}
 * @param why what chose it, for the description, e.g. {@code yarn.lock}
 * @param install the install command, run after {@link #preamble()}
 * @param pkg the npm package setup installs where the sandbox has neither the manager nor corepack,
 *     e.g. {@code pnpm@9} or {@code pnpm@8.15.4}
 */
record NodeManager(String name, String why, String install, String pkg) {

  /**
   * Where setup installs a missing yarn or pnpm: in the sandbox home, so it outlives the run. A local
   * install run in that directory: with {@code --prefix} or {@code --global}, npm would read its
   * global npmrc from under that prefix and miss the system's (a {@code cafile}, a registry).
   */
  static final String TOOLS = "$HOME/.cache/fixer/node";
  private static final String TOOLS_BIN = TOOLS + "/node_modules/.bin";

  private static final Pattern LOCKFILE_VERSION = Pattern.compile("(?m)^lockfileVersion:\\s*'?(\\d+)");

  static NodeManager of(Path root, PackageJson json) {
    String declared = json.packageManager();
    String declaredName = declared.contains("@") ? declared.substring(0, declared.indexOf('@')) : declared;
    String version = declared.contains("@") ? declared.substring(declared.indexOf('@') + 1) : "";
    if (declaredName.equals("bun") || exists(root, "bun.lockb") || exists(root, "bun.lock")) {
      return new NodeManager("bun", declaredName.equals("bun") ? "packageManager " + declared : "bun.lockb", "", "");
    }
    String chosen = !declaredName.isEmpty() ? declaredName
        : exists(root, "pnpm-lock.yaml") ? "pnpm" : exists(root, "yarn.lock") ? "yarn" : "npm";
    String why = !declaredName.isEmpty() ? "packageManager " + declared
        : switch (chosen) {
          case "pnpm" -> "pnpm-lock.yaml";
          case "yarn" -> "yarn.lock";
          default -> exists(root, "package-lock.json") ? "package-lock.json"
              : exists(root, "npm-shrinkwrap.json") ? "npm-shrinkwrap.json" : "no lock file";
        };
    String exact = version.contains("+") ? version.substring(0, version.indexOf('+')) : version;
    return switch (chosen) {
      case "pnpm" -> new NodeManager("pnpm", why,
          exists(root, "pnpm-lock.yaml") ? "pnpm install --frozen-lockfile" : "pnpm install",
          "pnpm@" + (declaredName.equals("pnpm") && !exact.isEmpty() ? exact : pnpmForLockFile(root)));
      case "yarn" -> new NodeManager("yarn", why, !exists(root, "yarn.lock") ? "yarn install"
          : berry(root, version) ? "yarn install --immutable" : "yarn install --frozen-lockfile",
          // yarn 1 runs a repository's own yarn 2+ (yarnPath in .yarnrc.yml), so version 1 serves both
          "yarn@" + (declaredName.equals("yarn") && exact.startsWith("1.") ? exact : "1"));
      default -> new NodeManager("npm", why,
          exists(root, "package-lock.json") || exists(root, "npm-shrinkwrap.json") ? "npm ci" : "npm install", "");
    };
  }

  boolean supported() {
    return !name.equals("bun");
  }

  /**
   * The script that makes {@code yarn} or {@code pnpm} runnable where the sandbox lacks it: the one
   * setup installed in {@value #TOOLS}, else corepack's; else it fails with a message. The same for
   * bun, which always fails. Empty for npm.
   */
  String preamble() {
    return preamble(false);
  }

  /**
   * In setup, a missing manager is installed with npm before corepack is tried: corepack checks the
   * registry's signatures with keys of its own release, and an older corepack refuses what the
   * registry signs today ("No compatible signature found in package metadata").
   */
  private String preamble(boolean setup) {
    if (!supported()) {
      return fail("fixer: this project uses bun (" + why + "), which fixer does not support: it sets up Node.js"
          + " projects with npm, yarn or pnpm; configure setup: and test: in .fixer.yml to run it another way");
    }
    if (name.equals("npm")) {
      return "";
    }
    String install = !setup ? "" : "elif command -v npm >/dev/null 2>&1; then echo " + Shell.quote("fixer setup: the"
        + " sandbox has no " + name + "; installing " + pkg + " from the npm registry into ~/.cache/fixer/node")
        + "; (mkdir -p \"" + TOOLS + "\" && cd \"" + TOOLS + "\" && { [ -f package.json ] || echo '{}' > package.json; }"
        + " && npm install --no-audit --no-fund --no-save " + Shell.quote(pkg) + ") && PATH=\"" + TOOLS_BIN
        + ":$PATH\" || { "
        + fail("fixer: this project uses " + name + " (" + why + "), which the sandbox lacks, and npm could not"
            + " install " + pkg + " (see above); use an image that has " + name + " (image: in .fixer.yml), or name"
            + " a setup: in .fixer.yml that installs it")
        + " }; ";
    return "if ! command -v " + name + " >/dev/null 2>&1; then if [ -x \"" + TOOLS_BIN + "/" + name + "\" ]; then "
        + "PATH=\"" + TOOLS_BIN + ":$PATH\"; " + install + "elif command -v corepack >/dev/null 2>&1; then "
        + name + "() { COREPACK_ENABLE_DOWNLOAD_PROMPT=0 corepack " + name + " \"$@\"; }; else "
        + fail("fixer: this project uses " + name + " (" + why + "), but the sandbox has neither " + name
            + " nor corepack" + (setup ? " nor npm" : ", and setup did not install it") + "; use an image that has "
            + name + " (image: in .fixer.yml), or name a setup: in .fixer.yml that installs it")
        + " fi; fi; ";
  }

  /** The setup script: the install, after the preamble, which installs a missing yarn or pnpm. */
  String setupScript() {
    return supported() ? preamble(true) + install : preamble().strip();
  }

  /** The pnpm major that writes {@code pnpm-lock.yaml}'s {@code lockfileVersion}: 9.0 is pnpm 9, 6.0 pnpm 8. */
  private static String pnpmForLockFile(Path root) {
    try {
      String lock = Files.isRegularFile(root.resolve("pnpm-lock.yaml"))
          ? Files.readString(root.resolve("pnpm-lock.yaml")) : "";
      Matcher version = LOCKFILE_VERSION.matcher(lock);
      if (version.find()) {
        return switch (version.group(1)) {
          case "5" -> "7";
          case "6" -> "8";
          default -> "9";
        };
      }
    } catch (IOException | UncheckedIOException e) {
      // unreadable: the default below
    }
    return "9";
  }

  /** {@code npm test}, {@code yarn test} or {@code pnpm test}, after the preamble. */
  String testScript() {
    return supported() ? preamble() + name + " test" : preamble().strip();
  }

  private static String fail(String message) {
    return "echo " + Shell.quote(message) + " >&2; exit 127;";
  }

  private static boolean berry(Path root, String version) {
    return exists(root, ".yarnrc.yml") || (!version.isEmpty() && !version.startsWith("1."));
  }

  private static boolean exists(Path root, String name) {
    return Files.exists(root.resolve(name));
  }
}
