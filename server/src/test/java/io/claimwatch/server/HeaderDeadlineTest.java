package io.claimwatch.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.store.Store;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A client trickling its headers is cut off: each byte would restart Jetty's idle timeout, the deadline does not. */
class HeaderDeadlineTest {
    private static Store store;
    private static ClaimwatchServer server;

    @BeforeAll
    static void start() {
        store = TestStore.empty();
        server = ClaimwatchServer.start(store, new ClaimwatchServer.Options("127.0.0.1", 0, null, null),
                Duration.ofSeconds(1));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    /** Sends {@code head} slowly, then the end of the header; what came back, or "" when the server hung up. */
    private static String trickle(String head, int pauseMillis) throws IOException, InterruptedException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            try {
                for (byte b : head.getBytes(StandardCharsets.US_ASCII)) {
                    out.write(b);
                    out.flush();
                    Thread.sleep(pauseMillis);
                }
                out.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException hungUp) {
                return "";
            }
            InputStream in = socket.getInputStream();
            try {
                return new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            } catch (IOException reset) {
                return "";
            }
        }
    }

    @Test
    void aHeaderSentAByteAtATimePastTheDeadlineIsCutOff() throws Exception {
        // 50 bytes, 100 ms apart: five times the deadline, each pause far under the idle timeout
        String answer = trickle("GET /api/stats HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Pad: " + "a".repeat(10), 100);
        assertThat(answer).doesNotStartWith("HTTP/1.1 200");
    }

    @Test
    void aRequestSentAtOnceIsAnswered() throws Exception {
        assertThat(trickle("GET /api/stats HTTP/1.1\r\nHost: 127.0.0.1", 0)).startsWith("HTTP/1.1 200");
    }
}
