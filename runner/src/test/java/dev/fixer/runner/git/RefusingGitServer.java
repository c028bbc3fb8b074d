package dev.fixer.runner.git;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A git smart-HTTP server on loopback that refuses every request with 401 and a basic-auth challenge,
 * as GitHub does for a token without access, and records the requests. Over https with a self-signed
 * certificate made by the JDK's {@code keytool}, which JGit accepts only with {@code http.sslVerify=false}.
 */
final class RefusingGitServer implements AutoCloseable {

  private static final String PASSWORD = "changeit";

  private final MockWebServer server = new MockWebServer();
  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

  private RefusingGitServer() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        requests.add(request);
        return new MockResponse.Builder().code(401).setHeader("WWW-Authenticate", "Basic realm=\"GitHub\"")
            .body("Unauthorized").build();
      }
    });
  }

  /** Started over https, its certificate made in {@code dir}. */
  static RefusingGitServer https(Path dir) throws IOException, GeneralSecurityException, InterruptedException {
    RefusingGitServer git = new RefusingGitServer();
    git.server.useHttps(selfSigned(dir).getSocketFactory());
    git.server.start();
    return git;
  }

  /** Started over plain http. */
  static RefusingGitServer http() throws IOException {
    RefusingGitServer git = new RefusingGitServer();
    git.server.start();
    return git;
  }

  /** The URL of repository {@code path}, e.g. {@code https://127.0.0.1:PORT/o/r.git}. */
  String url(String path) {
    return server.url(path).toString();
  }

  List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  @Override
  public void close() {
    server.close();
  }

  private static SSLContext selfSigned(Path dir) throws IOException, GeneralSecurityException, InterruptedException {
    Path store = dir.resolve("server.p12");
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "server", "-keyalg", "EC",
        "-groupname", "secp256r1", "-dname", "CN=localhost", "-ext", "san=ip:127.0.0.1,dns:localhost",
        "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", PASSWORD,
        "-keypass", PASSWORD).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IOException("keytool failed: " + output);
    }
    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(store)) {
      keys.load(in, PASSWORD.toCharArray());
    }
    KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    managers.init(keys, PASSWORD.toCharArray());
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(managers.getKeyManagers(), null, null);
    return context;
  }
}
