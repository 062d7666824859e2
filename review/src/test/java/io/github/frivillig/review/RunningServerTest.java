package io.github.frivillig.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The service as other systems use it: listening on 127.0.0.1, called with the JDK's HTTP client. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RunningServerTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> post(String path, HttpRequest.BodyPublisher body, String language) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Accept-Language", language).timeout(Duration.ofSeconds(60)).POST(body).build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void answersTheStartPageOnTheLoopbackAddress() throws Exception {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(uri("/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("default-src 'none'", "frame-ancestors 'none'"));
        assertThat(response.body()).contains("<form method=\"post\" enctype=\"multipart/form-data\"");
    }

    @Test
    void validatesASeedAs200AndABrokenOneAs422InTheLanguageAsked() throws Exception {
        HttpResponse<String> valid = post("/api/v1/validate",
                HttpRequest.BodyPublishers.ofString(Documents.seed(Documents.SEED)), "en");
        assertThat(valid.statusCode()).isEqualTo(200);
        assertThat(valid.body()).contains("\"valid\":true");

        HttpResponse<String> invalid = post("/api/v1/validate",
                HttpRequest.BodyPublishers.ofString(Documents.broken()), "da");
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(invalid.body()).contains("\"valid\":false", "\"pointer\":\"/municipality/code\"",
                "\"line\":" + Documents.brokenLine(), "kommunekoder i Norge");
    }

    @Test
    void answers413ToA30MegabyteBodyWithItsLength() throws Exception {
        byte[] body = new byte[30 * 1024 * 1024];
        Arrays.fill(body, (byte) ' ');
        HttpResponse<String> response = post("/api/v1/validate", HttpRequest.BodyPublishers.ofByteArray(body), "nb");
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"status\":413", "Forespørselen er større enn grensen");
    }

    @Test
    void answers413ToA30MegabyteBodySentInChunks() throws Exception {
        byte[] body = new byte[30 * 1024 * 1024];
        Arrays.fill(body, (byte) ' ');
        // No length given: the body is chunked and found too large as it is read.
        HttpResponse<String> response = post("/api/v1/validate",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)), "en");
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"limit\":20971520");
    }

    @Test
    void answers413WithAPageToAnUploadOverTheLimit() throws Exception {
        byte[] head = ("--boundary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.json\"\r\n"
                + "Content-Type: application/json\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\r\n--boundary--\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length + 21 * 1024 * 1024 + tail.length];
        Arrays.fill(body, (byte) ' ');
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
        HttpRequest request = HttpRequest.newBuilder(uri("/review?lang=da"))
                .header("Content-Type", "multipart/form-data; boundary=boundary").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("Forespørgslen er for stor");
    }

    @Test
    void describesTheApiInOpenApi() throws Exception {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(uri("/api/v1/openapi")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"openapi\":\"3.1", "/api/v1/validate", "/api/v1/compare",
                "/api/v1/schema");
    }
}
