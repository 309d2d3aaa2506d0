package org.openhearings.local;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * S3Proxy (a real S3 protocol server, from Maven Central) in this process, on a free loopback port, keeping
 * objects in a temporary directory and checking every request's AWS signature (presigned URLs included)
 * against the local keys. What DynamoDB Local is for the table, this is for the buckets.
 */
public final class EmbeddedS3 implements AutoCloseable {
    public static final String ACCESS_KEY = "local";
    public static final String SECRET_KEY = "local";

    private final S3Proxy proxy;
    private final BlobStoreContext context;
    private final Path directory;

    private EmbeddedS3(S3Proxy proxy, BlobStoreContext context, Path directory) {
        this.proxy = proxy;
        this.context = context;
        this.directory = directory;
    }

    /** Starts the server with these buckets created. */
    public static EmbeddedS3 start(String... buckets) {
        try {
            Path directory = Files.createTempDirectory("openhearings-s3");
            Properties properties = new Properties();
            properties.setProperty("jclouds.filesystem.basedir", directory.toString());
            BlobStoreContext context = ContextBuilder.newBuilder("filesystem").overrides(properties).build(BlobStoreContext.class);
            BlobStore store = context.getBlobStore();
            for (String bucket : buckets) {
                store.createContainerInLocation(null, bucket);
            }
            S3Proxy proxy = S3Proxy.builder().blobStore(store).endpoint(URI.create("http://127.0.0.1:0"))
                    .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY).build();
            proxy.start();
            while (!proxy.getState().equals("STARTED")) {
                Thread.sleep(10);
            }
            return new EmbeddedS3(proxy, context, directory);
        } catch (Exception e) {
            throw new IllegalStateException("S3Proxy did not start", e);
        }
    }

    public String endpoint() {
        return "http://127.0.0.1:" + proxy.getPort();
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
        context.close();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
