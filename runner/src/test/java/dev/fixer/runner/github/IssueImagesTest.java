package dev.fixer.runner.github;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IssueImagesTest {

  private static final String TOKEN = "ghp_imageTOKEN789";
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 1, 2, 3};
  private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 4, 5};

  FakeGitHub github;
  MockWebServer elsewhere;
  final List<RecordedRequest> elsewhereRequests = new ArrayList<>();
  final List<String> notes = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    github = FakeGitHub.start("acme", "demo");
    elsewhere = new MockWebServer();
    elsewhere.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        synchronized (elsewhereRequests) {
          elsewhereRequests.add(request);
        }
        String back = request.getUrl().queryParameter("back");
        if (back != null) {
          return new MockResponse.Builder().code(302).addHeader("Location", back).build();
        }
        return new MockResponse.Builder()
            .addHeader("Content-Type", "image/jpeg").body(new Buffer().write(JPEG)).build();
      }
    });
    elsewhere.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void stop() {
    github.close();
    elsewhere.close();
  }

  /** A URL on the second server, by a name (localhost) that is not the API's host (127.0.0.1). */
  private String elsewhere(String path) {
    return "http://localhost:" + elsewhere.getPort() + path;
  }

  private List<String> embed(String... texts) {
    return IssueImages.embed(List.of(texts), new GitHubAccess(github.apiUrl(), Optional.of(TOKEN)),
        "https://github.com", notes::add);
  }

  private static String dataUrl(String type, byte[] bytes) {
    return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
  }

  @Test
  void embedsMarkdownAndHtmlImagesInOrderEachOnce() {
    github.serve("/user-attachments/assets/one", "image/png", PNG);
    github.serve("/user-attachments/assets/two", "image/gif", JPEG);
    github.serve("/user-attachments/assets/three", "image/webp", PNG);
    String one = github.serverUrl() + "/user-attachments/assets/one";
    String two = github.serverUrl() + "/user-attachments/assets/two";
    String three = github.serverUrl() + "/user-attachments/assets/three";

    List<String> images = embed(
        "It breaks:\n<img width=\"300\" alt=\"crash\" src=\"" + two + "\" />\nthen ![screenshot](" + one + ")",
        "Again ![same](" + one + " \"a title\") and ![third](" + three + ")");

    assertThat(images).containsExactly(
        dataUrl("image/gif", JPEG), dataUrl("image/png", PNG), dataUrl("image/webp", PNG));
    assertThat(notes).isEmpty();
    assertThat(github.count("GET", "/user-attachments/assets/one")).isEqualTo(1);
  }

  @Test
  void sendsTheTokenToTheApiHostButNotToAnyOtherHost() {
    github.serve("/user-attachments/assets/one", "image/png", PNG);

    List<String> images = embed("![a](" + github.serverUrl() + "/user-attachments/assets/one) "
        + "![b](" + elsewhere("/pictures/b.jpg") + ")");

    assertThat(images).containsExactly(dataUrl("image/png", PNG), dataUrl("image/jpeg", JPEG));
    assertThat(github.requests()).singleElement()
        .satisfies(request -> assertThat(request.getHeaders().get("Authorization")).isEqualTo("token " + TOKEN));
    assertThat(elsewhereRequests).singleElement()
        .satisfies(request -> assertThat(request.getHeaders().get("Authorization")).isNull());
  }

  @Test
  void dropsTheTokenWhenARedirectLeavesTheTrustedHosts() {
    github.redirect("/user-attachments/assets/moved", elsewhere("/signed/moved.jpg?X-Amz-Signature=abc"));

    List<String> images = embed("![moved](" + github.serverUrl() + "/user-attachments/assets/moved)");

    assertThat(images).containsExactly(dataUrl("image/jpeg", JPEG));
    assertThat(github.requests().get(0).getHeaders().get("Authorization")).isEqualTo("token " + TOKEN);
    assertThat(elsewhereRequests).singleElement().satisfies(request -> {
      assertThat(request.getTarget()).isEqualTo("/signed/moved.jpg?X-Amz-Signature=abc");
      assertThat(request.getHeaders().get("Authorization")).isNull();
    });
  }

  @Test
  void sendsNoTokenOnceARedirectHasLeftTheTrustedHostsEvenWhenItComesBack() {
    github.serve("/user-attachments/assets/one", "image/png", PNG);
    String back = github.serverUrl() + "/user-attachments/assets/one";
    github.redirect("/user-attachments/assets/out", elsewhere("/bounce?back=" + back));

    List<String> images = embed("![round trip](" + github.serverUrl() + "/user-attachments/assets/out)");

    assertThat(images).containsExactly(dataUrl("image/png", PNG));
    assertThat(github.requests()).extracting(request -> request.getHeaders().get("Authorization"))
        .containsExactly("token " + TOKEN, null);
    assertThat(elsewhereRequests).singleElement()
        .satisfies(request -> assertThat(request.getHeaders().get("Authorization")).isNull());
  }

  @Test
  void leavesOutAnAnswerThatIsNotAnImageWithANote() {
    github.serve("/page", "text/html; charset=utf-8", "<html></html>".getBytes(StandardCharsets.UTF_8));
    String page = github.serverUrl() + "/page";

    assertThat(embed("![not really](" + page + ")")).isEmpty();
    assertThat(notes)
        .containsExactly("image " + page + " left out: its content type text/html is not png, jpeg, gif or webp");
  }

  @Test
  void leavesOutAnImageLargerThanFiveMegabytes() {
    github.serve("/big.png", "image/png", new byte[5 * 1024 * 1024 + 1]);
    github.serve("/fits.png", "image/png", new byte[5 * 1024 * 1024]);

    List<String> images =
        embed("![big](" + github.serverUrl() + "/big.png) ![fits](" + github.serverUrl() + "/fits.png)");

    assertThat(images).singleElement().asString().startsWith("data:image/png;base64,AAAA");
    assertThat(notes).containsExactly("image " + github.serverUrl() + "/big.png left out: it is larger than 5 MB");
  }

  @Test
  void embedsAtMostEightImagesAndSaysHowManyWereLeftOut() {
    StringBuilder body = new StringBuilder();
    for (int i = 1; i <= 10; i++) {
      github.serve("/img/" + i + ".png", "image/png", PNG);
      body.append("![").append(i).append("](").append(github.serverUrl()).append("/img/").append(i).append(".png)\n");
    }

    assertThat(embed(body.toString())).hasSize(8);
    assertThat(github.count("GET", "/img/9.png")).isZero();
    assertThat(notes).containsExactly("2 more image(s) left out: fixer embeds at most 8");
  }

  @Test
  void notesFailedAndNonHttpLinksWithoutTheToken() {
    String missing = github.serverUrl() + "/gone.png";

    assertThat(embed("![gone](" + missing + ") ![local](ftp://example.com/a.png)",
        "<img src='data:image/png;base64,AAAA'>")).isEmpty();
    assertThat(notes).containsExactly(
        "image " + missing + " left out: the server answered HTTP 404",
        "image ftp://example.com/a.png left out: it is not an http(s) URL",
        "image data:image/png;base64,AAAA left out: it is not an http(s) URL");
    assertThat(String.join("\n", notes)).doesNotContain(TOKEN);
  }

  @Test
  void textWithoutImagesFetchesNothing() {
    assertThat(embed("no pictures [a link](https://example.com) here", "`![code]` only")).isEmpty();
    assertThat(notes).isEmpty();
  }
}
