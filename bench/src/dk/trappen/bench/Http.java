package dk.trappen.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A thin JSON-over-HTTP client with Basic auth: the benchmark talks to Trappen only as its users do. */
final class Http {

    record Reply(int status, String body, long nanos) {
        String field(String name) {
            Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]*)").matcher(body);
            return m.find() ? m.group(1) : null;
        }

        Reply expect(int... statuses) {
            for (int s : statuses) {
                if (s == status) {
                    return this;
                }
            }
            throw new IllegalStateException("HTTP " + status + ": " + body.substring(0, Math.min(400, body.length())));
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final String base;

    Http(String base) {
        this.base = base;
    }

    Reply get(String user, String path) {
        return send(user, HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    Reply post(String user, String path, String json) {
        return send(user, HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    Reply put(String user, String path, String json) {
        return send(user, HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json == null ? "" : json, StandardCharsets.UTF_8)));
    }

    /** A deployment of one BPMN file through the engine's REST API (multipart/form-data). */
    Reply deploy(String user, String name, String fileName, byte[] xml) {
        String boundary = "----trappenbench" + System.nanoTime();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + name
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"enable-duplicate-filtering\"\r\n\r\ntrue"
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] headBytes = head.getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[headBytes.length + xml.length + tail.length];
        System.arraycopy(headBytes, 0, body, 0, headBytes.length);
        System.arraycopy(xml, 0, body, headBytes.length, xml.length);
        System.arraycopy(tail, 0, body, headBytes.length + xml.length, tail.length);
        return send(user, HttpRequest.newBuilder(URI.create(base + "/engine-rest/deployment/create"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private Reply send(String user, HttpRequest.Builder request) {
        String password = "admin".equals(user) ? "admin" : "demo";
        request.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        request.timeout(Duration.ofSeconds(120));
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), System.nanoTime() - start);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
