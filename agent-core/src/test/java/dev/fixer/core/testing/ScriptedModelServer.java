package dev.fixer.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fixer.core.client.ModelSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A scripted model behind a real HTTP server on loopback: each request to
 * {@code /v1/chat/completions} gets the next scripted response, and every such request is recorded.
 * When the script runs out, the server answers with a 400 that says so, which ends a run with a clear
 * error instead of a hang.
 *
 * <p>{@code GET /v1/models} is answered apart, without touching the script or {@link #requests()}:
 * by default with a list that holds {@code kimi-k2.6}; see {@link #models} and
 * {@link #modelsResponse}. Those requests are in {@link #modelsRequests()}.
 */
public final class ScriptedModelServer implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final MockWebServer server = new MockWebServer();
  private final Deque<MockResponse> script = new ConcurrentLinkedDeque<>();
  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
  private final List<RecordedRequest> modelsRequests = new CopyOnWriteArrayList<>();
  private volatile MockResponse modelsResponse = modelList(List.of(ModelSettings.DEFAULT_MODEL));

  public ScriptedModelServer() {
    server.setServerSocketFactory(new NoDelayServerSockets());
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        if ("GET".equals(request.getMethod()) && "/v1/models".equals(request.getUrl().encodedPath())) {
          modelsRequests.add(request);
          return modelsResponse;
        }
        requests.add(request);
        MockResponse next = script.poll();
        return next != null ? next : error(400, "invalid_request_error",
            "the scripted model has no reply left for request " + requests.size());
      }
    });
    try {
      server.start(InetAddress.getLoopbackAddress(), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The base URL to give the client, ending in {@code /v1}. */
  public String baseUrl() {
    String url = server.url("/v1").toString();
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  public ScriptedModelServer reply(SseReply reply) {
    return enqueue(stream(reply.body()));
  }

  public ScriptedModelServer enqueue(MockResponse response) {
    script.add(response);
    return this;
  }

  /** Makes {@code GET /v1/models} list these model ids, in the OpenAI shape. */
  public ScriptedModelServer models(String... ids) {
    return modelsResponse(modelList(List.of(ids)));
  }

  /** Makes {@code GET /v1/models} answer with {@code response}, e.g. an {@link #error}. */
  public ScriptedModelServer modelsResponse(MockResponse response) {
    modelsResponse = response;
    return this;
  }

  /** A 200 {@code {"object":"list","data":[{"id":...,"object":"model"}]}}. */
  public static MockResponse modelList(List<String> ids) {
    ObjectNode body = JSON.createObjectNode().put("object", "list");
    ArrayNode data = body.putArray("data");
    ids.forEach(id -> data.addObject().put("id", id).put("object", "model"));
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .body(body.toString()).build();
  }

  /** A 200 event stream with this body. */
  public static MockResponse stream(String body) {
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "text/event-stream; charset=utf-8")
        .body(body).build();
  }

  /** An error answer shaped like Kimi's: {@code {"error": {"message", "type"}}}. */
  public static MockResponse error(int status, String type, String message) {
    String body = JSON.createObjectNode().set("error",
        JSON.createObjectNode().put("message", message).put("type", type)).toString();
    return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json").body(body).build();
  }

  /** The chat requests so far, in order; {@code GET /v1/models} requests are not among them. */
  public List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  /** The {@code GET /v1/models} requests so far, in order. */
  public List<RecordedRequest> modelsRequests() {
    return List.copyOf(modelsRequests);
  }

  /** The JSON bodies of every request so far, in order. */
  public List<JsonNode> bodies() {
    List<JsonNode> bodies = new ArrayList<>();
    for (RecordedRequest request : requests) {
      try {
        bodies.add(JSON.readTree(request.getBody().utf8()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return bodies;
  }

  public JsonNode lastBody() {
    List<JsonNode> bodies = bodies();
    if (bodies.isEmpty()) {
      throw new AssertionError("the model server received no request");
    }
    return bodies.get(bodies.size() - 1);
  }

  @Override
  public void close() {
    server.close();
  }
}
