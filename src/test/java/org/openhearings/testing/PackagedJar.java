package org.openhearings.testing;

import io.micronaut.context.ApplicationContext;
import org.openhearings.local.LocalRun;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * The packaged Lambda jar (after {@code package}), loaded alone: none of the build's classes, so its trimmed
 * service lists, AOT classes and preload list are what runs. Functions are built and called the way the Lambda
 * runtime does it: the no-argument constructor, events read by the jar's own serializer, the jar's loader as
 * the thread's. Reflection, because the jar's classes are not the test's.
 */
public final class PackagedJar {
    /** Never closed: the functions' contexts close in shutdown hooks, which still load classes through it. */
    private static URLClassLoader loader;

    private PackagedJar() {
    }

    public static Path path() {
        try (Stream<Path> target = Files.list(Path.of("target"))) {
            return target.filter(p -> p.getFileName().toString().matches("openhearings-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no packaged jar in target/"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static synchronized ClassLoader loader() {
        if (loader == null) {
            try {
                loader = new URLClassLoader(new URL[]{path().toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }
        return loader;
    }

    /**
     * The functions read their settings as on Lambda (no context handed in): here system properties naming
     * the tests' engines and {@code app}'s table and bucket. Returns the names set, for the caller to clear.
     */
    public static List<String> useTableOf(ApplicationContext app) {
        Map<String, Object> properties = LocalRun.properties(TestStack.endpoint(), TestStack.s3Endpoint());
        properties.put("openhearings.dynamodb.table", app.getRequiredProperty("openhearings.dynamodb.table", String.class));
        properties.put("openhearings.bulk.bucket", app.getRequiredProperty("openhearings.bulk.bucket", String.class));
        List<String> names = new ArrayList<>();
        properties.forEach((name, value) -> {
            System.setProperty(name, value.toString());
            names.add(name);
        });
        return names;
    }

    public static Object construct(String handler) throws Exception {
        return inJar(() -> loader().loadClass(handler).getConstructor().newInstance());
    }

    /** {@code handler.handleRequest(event, context)}, the event read from {@code json} by the jar's serializer. */
    public static Object handle(Object handler, String eventType, String json) throws Exception {
        Class<?> serializerType = loader().loadClass("com.amazonaws.services.lambda.runtime.CustomPojoSerializer");
        Object serializer = ServiceLoader.load(serializerType, loader()).findFirst().orElseThrow();
        Class<?> type = loader().loadClass("com.amazonaws.services.lambda.runtime.events." + eventType);
        Object event = serializerType.getMethod("fromJson", String.class, Type.class).invoke(serializer, json, type);
        Class<?> contextType = loader().loadClass("com.amazonaws.services.lambda.runtime.Context");
        Object context = loader().loadClass("io.micronaut.function.aws.proxy.MockLambdaContext").getConstructor().newInstance();
        Method handle = handler.getClass().getMethod("handleRequest", Object.class, contextType);
        return inJar(() -> handle.invoke(handler, event, context));
    }

    public static int status(Object response) throws Exception {
        return (Integer) response.getClass().getMethod("getStatusCode").invoke(response);
    }

    public static String body(Object response) throws Exception {
        String body = (String) response.getClass().getMethod("getBody").invoke(response);
        return body == null ? "" : body;
    }

    /** Runs {@code work} with the jar's loader as the thread's, as the Lambda runtime runs a handler (jte finds its templates there). */
    private static Object inJar(Callable<Object> work) throws Exception {
        ClassLoader own = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(loader());
        try {
            return work.call();
        } finally {
            Thread.currentThread().setContextClassLoader(own);
        }
    }
}
