package org.openhearings.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A loopback TCP proxy in front of DynamoDB Local that misbehaves in one chosen way for every
 * connection: a real network fault, not a mocked client. One proxy per scenario (the JDK keeps
 * connections alive per host and port, so a fresh port means a fresh connection).
 */
public final class FaultProxy implements AutoCloseable {

    public enum Fault {
        /** Forward everything. */
        NONE,
        /** Answer every request with HTTP 500 InternalServerError. */
        SERVER_ERROR,
        /** Answer every request with DynamoDB's throttling error (400 ProvisionedThroughputExceededException). */
        THROTTLING,
        /** Accept, then reset the connection. */
        RESET,
        /** Accept and never answer. */
        HANG,
        /** Forward, but only after a delay longer than one attempt may take. */
        SLOW,
        /** Forward everything but BatchGetItem, which comes back with every key unprocessed. */
        UNPROCESSED_KEYS
    }

    private static final long SLOW_MILLIS = 2_500;

    private final ServerSocket server;
    private final int targetPort;
    private final Fault fault;
    private final List<Socket> open = new ArrayList<>();
    private volatile int connections;

    public FaultProxy(int targetPort, Fault fault) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.targetPort = targetPort;
        this.fault = fault;
        Thread acceptor = new Thread(this::acceptAll, "fault-proxy-" + fault);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    public int connections() {
        return connections;
    }

    private void acceptAll() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                connections++;
                synchronized (open) {
                    open.add(client);
                }
                Thread worker = new Thread(() -> serve(client), "fault-proxy-connection");
                worker.setDaemon(true);
                worker.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try {
            switch (fault) {
                case RESET -> {
                    client.setSoLinger(true, 0);
                    client.close();
                }
                case HANG -> client.getInputStream().transferTo(OutputStream.nullOutputStream());
                case SERVER_ERROR -> answerEveryRequest(client, "500 Internal Server Error",
                        "{\"__type\":\"com.amazonaws.dynamodb.v20120810#InternalServerError\",\"message\":\"injected\"}");
                case THROTTLING -> answerEveryRequest(client, "400 Bad Request",
                        "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException\",\"message\":\"injected\"}");
                case NONE, SLOW -> forward(client);
                case UNPROCESSED_KEYS -> leaveBatchKeysUnprocessed(client);
            }
        } catch (IOException | InterruptedException ignored) {
            // The client gave up or the proxy closed: that is the scenario's point.
        }
    }

    private static void answerEveryRequest(Socket client, String status, String body) throws IOException {
        InputStream in = client.getInputStream();
        OutputStream out = client.getOutputStream();
        while (true) {
            int length = readRequestHead(in);
            if (length < 0) {
                return;
            }
            in.readNBytes(length);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            out.write(("HTTP/1.1 " + status + "\r\nContent-Type: application/x-amz-json-1.0\r\nContent-Length: "
                    + bytes.length + "\r\nx-amzn-RequestId: fault-proxy\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
        }
    }

    /** Reads request headers; returns the body's Content-Length, or -1 at the end of the stream. */
    private static int readRequestHead(InputStream in) throws IOException {
        String head = readHead(in);
        return head == null ? -1 : contentLength(head);
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            head.append((char) c);
            if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
                return head.toString();
            }
        }
        return null;
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) {
                return Integer.parseInt(line.substring(15).strip());
            }
        }
        return 0;
    }

    /** Request by request: BatchGetItem answered with all its keys unprocessed, the rest passed on. */
    private void leaveBatchKeysUnprocessed(Socket client) throws IOException {
        InputStream in = client.getInputStream();
        OutputStream out = client.getOutputStream();
        for (String head = readHead(in); head != null; head = readHead(in)) {
            byte[] body = in.readNBytes(contentLength(head));
            if (head.contains("DynamoDB_20120810.BatchGetItem")) {
                String requested = new String(body, StandardCharsets.UTF_8).replaceFirst("^\\{\\s*\"RequestItems\"\\s*:", "");
                byte[] answer = ("{\"Responses\":{},\"UnprocessedKeys\":" + requested).getBytes(StandardCharsets.UTF_8);
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.0\r\nContent-Length: "
                        + answer.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(answer);
            } else {
                try (Socket target = new Socket(InetAddress.getLoopbackAddress(), targetPort)) {
                    String closing = head.replaceFirst("(?i)\r\nConnection:[^\r]*", "").replace("\r\n\r\n", "\r\nConnection: close\r\n\r\n");
                    target.getOutputStream().write(closing.getBytes(StandardCharsets.ISO_8859_1));
                    target.getOutputStream().write(body);
                    target.getOutputStream().flush();
                    byte[] response = target.getInputStream().readAllBytes();
                    String text = new String(response, StandardCharsets.ISO_8859_1).replaceFirst("(?i)\r\nConnection: close", "");
                    out.write(text.getBytes(StandardCharsets.ISO_8859_1));
                }
            }
            out.flush();
        }
    }

    private void forward(Socket client) throws IOException, InterruptedException {
        if (fault == Fault.SLOW) {
            Thread.sleep(SLOW_MILLIS);
        }
        try (Socket target = new Socket(InetAddress.getLoopbackAddress(), targetPort)) {
            Thread back = new Thread(() -> {
                try {
                    target.getInputStream().transferTo(client.getOutputStream());
                } catch (IOException ignored) {
                    // Either side closed.
                }
            });
            back.setDaemon(true);
            back.start();
            client.getInputStream().transferTo(target.getOutputStream());
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        synchronized (open) {
            for (Socket socket : open) {
                socket.close();
            }
        }
    }
}
