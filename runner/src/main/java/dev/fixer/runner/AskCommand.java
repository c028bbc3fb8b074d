package dev.fixer.runner;

import dev.fixer.core.client.ChatCompletionsModel;
import dev.fixer.core.client.InvalidSettingsException;
import dev.fixer.core.client.ModelSettings;
import dev.fixer.core.client.Thinking;
import dev.fixer.core.cost.Pricing;
import dev.fixer.core.message.UserMessage;
import dev.fixer.core.model.FatalModelException;
import dev.fixer.core.model.ModelException;
import dev.fixer.core.model.ModelListener;
import dev.fixer.core.model.ModelReply;
import dev.fixer.core.model.ModelRequest;
import dev.fixer.core.model.Usage;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code fixer ask}: one question to the configured model, streamed, with tokens and cost. Checks
 * that the key, base URL and model work before a long run.
 */
@Command(name = "ask", mixinStandardHelpOptions = true,
    description = {"Ask the configured model one question and stream its answer, with tokens and cost.",
        "Checks that KIMI_API_KEY, KIMI_BASE_URL and the model work."})
final class AskCommand implements Callable<Integer> {

  private final Map<String, String> env;

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "QUESTION", description = "What to ask.")
  List<String> question;

  @Option(names = "--model", paramLabel = "ID", description = "Model id (default: ${DEFAULT-VALUE}).",
      defaultValue = ModelSettings.DEFAULT_MODEL)
  String model;

  @Option(names = "--base-url", paramLabel = "URL",
      description = "OpenAI-compatible API root (default: $KIMI_BASE_URL, else " + ModelSettings.DEFAULT_BASE_URL + ").")
  String baseUrl;

  @Option(names = "--thinking", negatable = true, description = "Ask the model to think first (default: the server's default).")
  Boolean thinking;

  @Option(names = "--max-tokens", paramLabel = "N", description = "Output limit (default: ${DEFAULT-VALUE}).",
      defaultValue = "" + ModelSettings.DEFAULT_MAX_COMPLETION_TOKENS)
  int maxTokens;

  AskCommand(Map<String, String> env) {
    this.env = env;
  }

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ChatCompletionsModel client;
    try {
      client = ChatCompletionsModel.create(settings());
    } catch (InvalidSettingsException e) {
      err.println("fixer: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    try {
      ModelReply reply = client.complete(
          new ModelRequest(List.of(new UserMessage(String.join(" ", question))), List.of()), printer(out, err));
      out.println();
      out.flush();
      err.println(describe(client.name(), reply.usage()));
      return ExitCodes.DONE;
    } catch (FatalModelException e) {
      err.println("fixer: " + e.getMessage());
      return ExitCodes.of(e);
    } catch (ModelException e) {
      err.println("fixer: " + e.getMessage());
      return ExitCodes.INFRASTRUCTURE;
    }
  }

  private ModelSettings settings() {
    ModelSettings.Builder builder = ModelSettings.fromEnvironment(env).model(model).maxCompletionTokens(maxTokens);
    if (baseUrl != null) {
      builder.baseUrl(baseUrl);
    }
    if (thinking != null) {
      builder.thinking(thinking ? Thinking.ENABLED : Thinking.DISABLED);
    }
    return builder.build();
  }

  private static ModelListener printer(PrintWriter out, PrintWriter err) {
    return new ModelListener() {
      private boolean midLine;
      private boolean thinking;

      @Override
      public void onReasoning(String delta) {
        err.print(delta);
        err.flush();
        midLine = !delta.endsWith("\n");
        thinking = true;
      }

      @Override
      public void onContent(String delta) {
        if (thinking && midLine) {
          err.println();
        }
        thinking = false;
        out.print(delta);
        out.flush();
        midLine = !delta.endsWith("\n");
      }

      @Override
      public void onRetry(int attempt, Duration delay, String reason) {
        err.printf("%sfixer: %s; retry %d in %.1f s%n", midLine ? System.lineSeparator() : "", reason, attempt,
            delay.toMillis() / 1000.0);
        err.flush();
        midLine = false;
      }
    };
  }

  static String describe(String model, Usage usage) {
    String cost = Pricing.builtIn().priceOf(model)
        .map(price -> String.format("$%.6f", price.cost(usage))).orElse("cost unknown for " + model);
    return String.format("%s · %d prompt tokens (%d cached), %d completion tokens · %s",
        model, usage.promptTokens(), usage.cachedTokens(), usage.completionTokens(), cost);
  }
}
