package dev.fixer.runner.config;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The keys of {@code .fixer.yml} as Jackson binds them (snake_case names), each as YAML typed it
 * (String, Integer, Double, Boolean, List, Map...); {@link #toConfig} applies the rules. A key that
 * is absent or null is unset.
 */
record ConfigFields(Object setup, Object test, Object model, Object thinking, Object baseUrl,
    Object maxSteps, Object maxCost, Object timeout, Object setupTimeout, Object sandbox, Object image,
    Object dockerfile, Object verify, Object publishUnverified, Object instructions,
    Object onSetupFailure, Object review, Object limits, Object language) {

  /** The keys in the order the documentation lists them. */
  static final List<String> KEYS = List.of("setup", "test", "model", "thinking", "base_url",
      "max_steps", "max_cost", "timeout", "setup_timeout", "sandbox", "image", "dockerfile", "verify",
      "publish_unverified", "instructions", "on_setup_failure", "review", "limits", "language");
  static final List<String> MODEL_KEYS = List.of("name", "price_input", "price_cached", "price_output",
      "context_window");
  static final List<String> VERIFY_KEYS = List.of("scope", "command", "timeout");
  static final List<String> LIMITS_KEYS = List.of("memory", "processes", "timeout");
  static final List<String> SANDBOX_KEYS = List.of("kind", "bind");

  /**
   * The typed config.
   *
   * @param lineOf the line of a key in the file, 0 when unknown
   * @throws BadValue for the first value that breaks a rule, with the line of its key
   */
  RepoConfig toConfig(ToIntFunction<String> lineOf) {
    Reader read = new Reader(lineOf);
    ModelSection modelSection = ModelSection.read(model, lineOf);
    return new RepoConfig(
        read.value("setup", setup, raw -> ConfigValues.asText("setup", raw)),
        read.value("test", test, raw -> ConfigValues.asText("test", raw)),
        modelSection.name(),
        read.value("thinking", thinking, raw -> ConfigValues.asBoolean("thinking", raw)),
        read.value("base_url", baseUrl, raw -> ConfigValues.asUrl("base_url", raw)),
        read.value("max_steps", maxSteps, ConfigValues::asMaxSteps),
        read.value("max_cost", maxCost, ConfigValues::asMaxCost),
        read.value("timeout", timeout, raw -> ConfigValues.asDuration("timeout", raw)),
        read.value("setup_timeout", setupTimeout,
            raw -> ConfigValues.asDuration("setup_timeout", raw)),
        sandbox instanceof java.util.Map<?, ?> ? Section.of("sandbox", sandbox, SANDBOX_KEYS, lineOf)
            .value("kind", ConfigFields::asSandboxKind) : read.value("sandbox", sandbox, ConfigValues::asSandbox),
        imageChoice(read),
        verify == null ? null : verifyConfig(Section.of("verify", verify, VERIFY_KEYS, lineOf)),
        read.value("publish_unverified", publishUnverified, ConfigValues::asPublishUnverified),
        read.value("instructions", instructions, raw -> ConfigValues.asText("instructions", raw)),
        modelSection.price(),
        modelSection.contextWindow(),
        read.value("on_setup_failure", onSetupFailure, ConfigValues::asOnSetupFailure),
        read.value("review", review, ConfigValues::asReviewScope),
        sandboxSettings(lineOf),
        read.value("language", language, ConfigValues::asLanguage));
  }

  private static SandboxChoice asSandboxKind(Object raw) {
    try {
      return ConfigValues.asSandbox(raw);
    } catch (BadValue e) {
      throw new BadValue("sandbox.kind", e.problem());
    }
  }

  /** {@code limits:} and {@code sandbox: bind:}; null when neither is set. */
  private SandboxSettings sandboxSettings(ToIntFunction<String> lineOf) {
    List<String> bind = sandbox instanceof java.util.Map<?, ?> ? Section.of("sandbox", sandbox, SANDBOX_KEYS, lineOf)
        .value("bind", raw -> LimitValues.asBind("sandbox.bind", raw)) : null;
    if (limits == null && bind == null) {
      return null;
    }
    SandboxSettings settings = SandboxSettings.NONE.withBind(bind == null ? List.of() : bind);
    if (limits == null) {
      return settings;
    }
    Section section = Section.of("limits", limits, LIMITS_KEYS, lineOf);
    return new SandboxSettings(section.value("memory", raw -> LimitValues.asMemory("limits.memory", raw)),
        section.value("processes", raw -> LimitValues.asProcesses("limits.processes", raw)),
        section.value("timeout", raw -> ConfigValues.asDuration("limits.timeout", raw)), settings.bind());
  }

  private static VerifyConfig verifyConfig(Section section) {
    VerifyConfig.Scope scope = section.value("scope", ConfigValues::asScope);
    String command = section.value("command", raw -> ConfigValues.asText("verify.command", raw));
    java.time.Duration timeout = section.value("timeout", raw -> ConfigValues.asDuration("verify.timeout", raw));
    try {
      return new VerifyConfig(scope != null ? scope : command != null ? VerifyConfig.Scope.COMMAND
          : VerifyConfig.Scope.SUITE, command, timeout != null ? timeout : VerifyConfig.DEFAULT_TIMEOUT);
    } catch (IllegalArgumentException e) {
      throw section.problem(e.getMessage());
    }
  }

  private ImageChoice imageChoice(Reader read) {
    String named = read.value("image", image, raw -> ConfigValues.asText("image", raw));
    String file = read.value("dockerfile", dockerfile, raw -> ConfigValues.asText("dockerfile", raw));
    if (named == null && file == null) {
      return null;
    }
    String key = file == null ? "image" : "dockerfile";
    if (named != null && file != null) {
      throw new BadValue(key, "cannot be set with image: name an image or a Dockerfile, not both")
          .at(read.lineOf().applyAsInt(key));
    }
    return read.value(key, key, raw -> {
      try {
        return new ImageChoice(named, file);
      } catch (IllegalArgumentException e) {
        throw new BadValue(key, e.getMessage().substring(e.getMessage().indexOf(' ') + 1));
      }
    });
  }

  private record Reader(ToIntFunction<String> lineOf) {

    <T> T value(String key, Object raw, Function<Object, T> convert) {
      if (raw == null) {
        return null;
      }
      try {
        return convert.apply(raw);
      } catch (BadValue e) {
        throw e.at(lineOf.applyAsInt(key));
      }
    }
  }
}
