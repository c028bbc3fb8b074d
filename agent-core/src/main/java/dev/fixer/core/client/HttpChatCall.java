package dev.fixer.core.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fixer.core.client.internal.ErrorClassifier;
import dev.fixer.core.client.internal.RequestEncoder;
import dev.fixer.core.client.internal.StreamAssembler;
import dev.fixer.core.model.DeadlineExceededException;
import dev.fixer.core.model.Model;
import dev.fixer.core.model.ModelException;
import dev.fixer.core.model.ModelListener;
import dev.fixer.core.model.ModelReply;
import dev.fixer.core.model.ModelRequest;
import dev.fixer.core.model.RetryableModelException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSourceListener;
import okhttp3.sse.EventSources;

/** One streamed chat-completions request, without retries. */
final class HttpChatCall implements Model {

  private static final MediaType JSON = MediaType.get("application/json");
  private static final MediaType EVENT_STREAM = MediaType.get("text/event-stream");
  private static final int MAX_ERROR_BODY = 64 * 1024;

  private final ModelSettings settings;
  private final OkHttpClient http;
  private final ObjectMapper json;
  private final RequestEncoder encoder;
  private final ErrorClassifier errors;

  HttpChatCall(ModelSettings settings, OkHttpClient http, ObjectMapper json) {
    this.settings = settings;
    this.http = http;
    this.json = json;
    this.encoder = new RequestEncoder(json, settings);
    this.errors = new ErrorClassifier(json, settings.baseUrl(), settings.model());
  }

  @Override
  public String name() {
    return settings.model();
  }

  @Override
  public ModelReply complete(ModelRequest request, ModelListener listener)
      throws ModelException, InterruptedException {
    Call call = http.newCall(httpRequest(request));
    if (request.deadline() != null) {
      long millis = Duration.between(Instant.now(), request.deadline()).toMillis();
      if (millis <= 0) {
        throw new DeadlineExceededException("no time was left for another model request", null);
      }
      call.timeout().timeout(millis, TimeUnit.MILLISECONDS);
    }
    try (Response response = call.execute()) {
      if (!response.isSuccessful()) {
        throw errors.fromHttp(response.code(), response.header("Retry-After"),
            response.header("retry-after-ms"), response.peekBody(MAX_ERROR_BODY).string());
      }
      MediaType type = response.body().contentType();
      if (type != null && "json".equals(type.subtype())) {
        return readWhole(response.body().string(), listener);
      }
      return readStream(response, listener);
    } catch (IOException e) {
      if (Thread.interrupted()) {
        throw new InterruptedException("interrupted while waiting for the model");
      }
      if (request.deadline() != null && !Instant.now().isBefore(request.deadline())) {
        throw new DeadlineExceededException("the model did not finish its reply before the deadline", e);
      }
      throw errors.fromIo(e);
    }
  }

  private Request httpRequest(ModelRequest request) {
    byte[] body;
    try {
      body = json.writeValueAsBytes(encoder.encode(request));
    } catch (IOException e) {
      throw new IllegalStateException("could not encode a chat request", e);
    }
    Request.Builder builder = new Request.Builder()
        .url(settings.baseUrl() + "/chat/completions")
        .header("Accept", "text/event-stream")
        .post(RequestBody.create(body, JSON));
    if (settings.apiKey() != null) {
      builder.header("Authorization", "Bearer " + settings.apiKey());
    }
    return builder.build();
  }

  private ModelReply readWhole(String body, ModelListener listener) throws ModelException, IOException {
    JsonNode root = json.readTree(body);
    if (root.hasNonNull("error")) {
      throw errors.fromStream(root.get("error"));
    }
    StreamAssembler assembler = new StreamAssembler(listener);
    assembler.acceptComplete(root);
    return assembler.reply();
  }

  private ModelReply readStream(Response response, ModelListener listener) throws ModelException, IOException {
    ResponseBody body = response.body();
    if (body.contentType() == null || !"event-stream".equals(body.contentType().subtype())) {
      response = response.newBuilder().body(ResponseBody.create(body.source(), EVENT_STREAM, -1)).build();
    }
    Events events = new Events(new StreamAssembler(listener));
    EventSources.processResponse(response, events);
    if (events.failure instanceof IOException io) {
      throw io;
    }
    if (events.failure != null) {
      throw new IOException(events.failure.getMessage(), events.failure);
    }
    if (events.error != null) {
      throw errors.fromStream(events.error);
    }
    if (!events.done) {
      throw new RetryableModelException(RetryableModelException.Kind.INTERRUPTED,
          "the reply from " + settings.baseUrl() + " ended before data: [DONE]", null, null);
    }
    return events.assembler.reply();
  }

  /** Collects server-sent events; runs on the calling thread. */
  private final class Events extends EventSourceListener {
    final StreamAssembler assembler;
    boolean done;
    JsonNode error;
    Throwable failure;

    Events(StreamAssembler assembler) {
      this.assembler = assembler;
    }

    @Override
    public void onEvent(EventSource source, String id, String type, String data) {
      if (done || error != null) {
        return;
      }
      if ("[DONE]".equals(data.strip())) {
        done = true;
        return;
      }
      try {
        JsonNode chunk = json.readTree(data);
        if (chunk.hasNonNull("error")) {
          error = chunk.get("error");
        } else {
          assembler.accept(chunk);
        }
      } catch (IOException e) {
        failure = new IOException("the model API sent a chunk that is not JSON: " + data, e);
      }
    }

    @Override
    public void onFailure(EventSource source, Throwable t, Response response) {
      failure = t == null ? new IOException("the event stream failed") : t;
    }
  }

}
