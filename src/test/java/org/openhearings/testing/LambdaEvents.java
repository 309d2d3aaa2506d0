package org.openhearings.testing;

import com.amazonaws.services.lambda.runtime.CustomPojoSerializer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;

/**
 * The sample events in {@code events/}, read the way the Lambda Java runtime reads them: with the
 * {@link CustomPojoSerializer} our dependencies register, not a test-only JSON setup.
 */
public final class LambdaEvents {
    public static final Path DIRECTORY = Path.of("events");
    private static final CustomPojoSerializer SERIALIZER = ServiceLoader.load(CustomPojoSerializer.class)
            .findFirst().orElseThrow(() -> new IllegalStateException("no CustomPojoSerializer on the class path"));

    private LambdaEvents() {
    }

    public static <T> T read(String fileName, Type type) {
        try (InputStream in = Files.newInputStream(DIRECTORY.resolve(fileName))) {
            return SERIALIZER.fromJson(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code event} as the runtime's serializer writes it (for a handler in another class loader to read). */
    public static String json(Object event, Type type) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        SERIALIZER.toJson(event, out, type);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

        public static List<String> fileNames() {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
