package org.openhearings.local;

import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import com.amazonaws.services.dynamodbv2.local.server.LocalDynamoDBRequestHandler;
import com.amazonaws.services.dynamodbv2.local.server.LocalDynamoDBServerHandler;
import org.eclipse.jetty.server.Server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Amazon's DynamoDB Local (the real engine, from Maven Central), in memory and in this process, listening
 * on a free loopback port only. Its own launcher binds every interface, so we mount its handler on a
 * Jetty server of our own bound to 127.0.0.1; that also skips its telemetry (there is no internet here).
 */
public final class EmbeddedDynamoDb implements AutoCloseable {
    private final Server server;
    private final int port;

    private EmbeddedDynamoDb(Server server, int port) {
        this.server = server;
        this.port = port;
    }

    public static EmbeddedDynamoDb start() {
        int port = freeLoopbackPort();
        try {
            LocalDynamoDBServerHandler handler = new LocalDynamoDBServerHandler(
                    new LocalDynamoDBRequestHandler(0, true, null, true, false), null);
            Server server = new Server(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            server.setHandler(new DynamoDBProxyServer(port, handler).setUpHandler(handler));
            server.start();
            return new EmbeddedDynamoDb(server, port);
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local did not start on port " + port, e);
        }
    }

    /** DynamoDB Local's parser refuses port 0, so we ask the OS for a free port first. */
    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
