package dev.fixer.tools.build;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The package manager of a Node.js project: the {@code packageManager} field of its package.json, else
 * its lock file ({@code yarn.lock}, {@code pnpm-lock.yaml}, {@code bun.lockb}), else npm. yarn and pnpm
 * run through corepack where the sandbox has corepack but not them; bun is not supported.
 *
 * @param name {@code npm}, {@code yarn}, {@code pnpm} or {@code bun}
 * @param why what chose it, for the description, e.g. {@code yarn.lock}
 * @param install the install command, run after {@link #preamble()}
 */
record NodeManager(String name, String why, String install) {

  static NodeManager of(Path root, PackageJson json) {
    String declared = json.packageManager();
    String declaredName = declared.contains("@") ? declared.substring(0, declared.indexOf('@')) : declared;
    String version = declared.contains("@") ? declared.substring(declared.indexOf('@') + 1) : "";
    if (declaredName.equals("bun") || exists(root, "bun.lockb") || exists(root, "bun.lock")) {
      return new NodeManager("bun", declaredName.equals("bun") ? "packageManager " + declared : "bun.lockb", "");
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
    return switch (chosen) {
      case "pnpm" -> new NodeManager("pnpm", why,
          exists(root, "pnpm-lock.yaml") ? "pnpm install --frozen-lockfile" : "pnpm install");
      case "yarn" -> new NodeManager("yarn", why, !exists(root, "yarn.lock") ? "yarn install"
          : berry(root, version) ? "yarn install --immutable" : "yarn install --frozen-lockfile");
      default -> new NodeManager("npm", why,
          exists(root, "package-lock.json") || exists(root, "npm-shrinkwrap.json") ? "npm ci" : "npm install");
    };
  }

  boolean supported() {
    return !name.equals("bun");
  }

  /**
   * The script that fails with a message when this manager cannot run: bun, or yarn/pnpm where neither
   * it nor corepack is in the sandbox; else that, where only corepack is, makes {@code yarn} or
   * {@code pnpm} a function running it through corepack. Empty for npm.
   */
  String preamble() {
    if (!supported()) {
      return fail("fixer: this project uses bun (" + why + "), which fixer does not support: it sets up Node.js"
          + " projects with npm, yarn or pnpm; configure setup: and test: in .fixer.yml to run it another way");
    }
    if (name.equals("npm")) {
      return "";
    }
    return "if ! command -v " + name + " >/dev/null 2>&1; then if command -v corepack >/dev/null 2>&1; then "
        + name + "() { COREPACK_ENABLE_DOWNLOAD_PROMPT=0 corepack " + name + " \"$@\"; }; else "
        + fail("fixer: this project uses " + name + " (" + why + "), but the sandbox has neither " + name
            + " nor corepack; use an image that has them (image: in .fixer.yml), or install " + name
            + " in setup: in .fixer.yml (e.g. setup: npx " + name + " install)")
        + " fi; fi; ";
  }

  /** The setup script: the install, after the preamble. */
  String setupScript() {
    return supported() ? preamble() + install : preamble().strip();
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
