package dev.fixer.runner.run;

import dev.fixer.core.client.ChatCompletionsModel;
import dev.fixer.core.client.InvalidSettingsException;
import dev.fixer.core.client.ModelSettings;
import dev.fixer.core.client.Sleeper;
import dev.fixer.core.client.Thinking;
import dev.fixer.core.model.FatalModelException;
import dev.fixer.core.model.Model;
import dev.fixer.core.model.ModelException;
import dev.fixer.core.text.EditDistance;
import dev.fixer.core.trajectory.ReplayModel;
import dev.fixer.runner.ExitCodes;
import dev.fixer.runner.FixerException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/** Makes the model a plan names, and checks before any work is done that it can answer. */
final class Models {

  private Models() {}

  /**
   * The model of {@code plan}: a replay of a trajectory file, or a chat-completions client that has
   * answered a first request. Warnings (a model the server does not list) go to {@code warn}.
   *
   * @param workingDir where a relative replay file is found
   * @param repliesSoFar the model replies a resumed run already holds, which a replay skips
   * @param traffic interceptors every HTTP request to the model goes through, retries included
   * @throws FixerException with a one-line message for no key, a bad base URL, a rejected key, an
   *     unreachable server, an unreadable replay file
   */
  static Model create(RunPlan plan, Map<String, String> env, Path workingDir, Consumer<String> warn,
      int repliesSoFar, List<Interceptor> traffic) throws InterruptedException {
    if (plan.replays()) {
      Path file = workingDir.resolve(plan.replayFile());
      try {
        return ReplayModel.fromFile(file).skip(repliesSoFar);
      } catch (IOException e) {
        throw FixerException.usage("cannot replay " + file + ": " + e.getMessage(), e);
      }
    }
    ModelSettings settings = settings(plan, env);
    OkHttpClient.Builder http = ChatCompletionsModel.httpClient(settings).newBuilder();
    traffic.forEach(http::addInterceptor);
    ChatCompletionsModel client = ChatCompletionsModel.create(settings, http.build(), Sleeper.SYSTEM);
    try {
      List<String> offered = client.check();
      if (!offered.isEmpty() && !offered.contains(settings.model())) {
        warn.accept("warning: " + settings.baseUrl() + " does not list the model '" + settings.model() + "'"
            + closest(settings.model(), offered) + "; the run goes on, and fails at the first request if the"
            + " model does not exist");
      }
    } catch (FatalModelException e) {
      throw ExitCodes.of(e) == ExitCodes.USAGE ? FixerException.usage(e.getMessage(), e)
        : FixerException.infrastructure(e.getMessage(), e);
    } catch (ModelException e) {
      throw FixerException.infrastructure(e.getMessage(), e);
    }
    return client;
  }

  /** Whether the plan's model reads images, so that an issue's images are worth fetching; never for a replay. */
  static boolean takesImages(RunPlan plan) {
    return !plan.replays() && ModelSettings.builder().model(plan.model()).build().takesImages();
  }

  /**
   * The client settings: from the environment, then the plan. Kimi K2 models get thinking turned on
   * unless the plan says otherwise, since the agent does better with it.
   */
  static ModelSettings settings(RunPlan plan, Map<String, String> env) {
    try {
      ModelSettings.Builder builder = ModelSettings.fromEnvironment(env).model(plan.model())
          .maxCompletionTokens(plan.maxTokens());
      if (plan.baseUrl() != null) {
        builder.baseUrl(plan.baseUrl());
      }
      if (plan.thinking() != null) {
        builder.thinking(plan.thinking() ? Thinking.ENABLED : Thinking.DISABLED);
      }
      ModelSettings settings = builder.build();
      if (plan.thinking() == null && settings.isKimiK2()) {
        settings = settings.toBuilder().thinking(Thinking.ENABLED).build();
      }
      return settings.requireUsable();
    } catch (InvalidSettingsException e) {
      throw FixerException.usage(e.getMessage(), e);
    }
  }


  private static String closest(String model, List<String> offered) {
    String best = offered.stream().min(Comparator.comparingInt(id -> EditDistance.between(model, id))).orElseThrow();
    return EditDistance.between(model, best) <= Math.max(2, model.length() / 3) ? " (did you mean '" + best + "'?)"
        : " (it lists " + String.join(", ", offered.subList(0, Math.min(5, offered.size())))
            + (offered.size() > 5 ? ", ..." : "") + ")";
  }
}
