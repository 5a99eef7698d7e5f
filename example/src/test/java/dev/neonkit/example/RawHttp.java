package dev.neonkit.example;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Requests written byte for byte on a socket, for what a well-behaved HTTP client never sends: a body shorter than
 * its {@code Content-Length}, a broken chunked encoding, bytes that are not UTF-8. The client stops writing
 * (half-closes) after the request and reads the answer until the server closes.
 */
final class RawHttp {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RawHttp() {
    }

    /**
     * One answer.
     *
     * @param status  the status of the status line
     * @param headers the header lines, lower-cased
     * @param text    the body
     */
    record Answer(int status, String headers, String text) {
        JsonNode json() throws IOException {
            return JSON.readTree(text);
        }
    }

    /** Sends {@code head} (request line and headers, CRLF-terminated, without the blank line) and {@code body}. */
    static Answer send(int port, String head, byte[] body) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 10_000);
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write((head + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(body);
            socket.getOutputStream().flush();
            socket.shutdownOutput();
            byte[] answer = readAll(socket.getInputStream());
            String text = new String(answer, StandardCharsets.UTF_8);
            int endOfHead = text.indexOf("\r\n\r\n");
            if (endOfHead < 0) {
                throw new IOException("no complete HTTP answer: " + text);
            }
            String statusLine = text.substring(0, text.indexOf("\r\n"));
            return new Answer(Integer.parseInt(statusLine.split(" ")[1]),
                    text.substring(statusLine.length(), endOfHead).toLowerCase(Locale.ROOT),
                    text.substring(endOfHead + 4));
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int read; (read = in.read(buffer)) >= 0; ) {
            all.write(buffer, 0, read);
        }
        return all.toByteArray();
    }
}
