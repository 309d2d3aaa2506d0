package org.openhearings.lambda;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Loads, on a daemon thread, the classes a cold start will need, in the order it needs them, while the
 * main thread starts the framework: reading and defining classes is most of a JVM cold start, and here a
 * second core does part of it. The list is written into the jar at package time by an offline run of the
 * packaged handler and its SnapStart priming requests (PreloadListWriter, in the pom); a name this build lacks is skipped.
 * Classes are loaded, not initialised, so no static code runs early or out of order. Hand-written: the
 * JDK's own answer, an AppCDS archive, must be built by the very JVM that reads it (README, cold start).
 */
public final class ClassPreloader {
    /** Where in the jar the list is (written there by PreloadListWriter). */
    public static final String LIST = "META-INF/openhearings/preload-classes.txt";

    private ClassPreloader() {
    }

    static void start() {
        Thread thread = new Thread(ClassPreloader::run, "class-preload");
        thread.setDaemon(true);
        thread.start();
    }

    /** Loads every class the jar's list names that it can. */
    private static void run() {
        ClassLoader loader = ClassPreloader.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(LIST)) {
            if (in != null) {
                load(in, loader);
            }
        } catch (IOException e) {
            // the head start is lost, nothing else
        }
    }

    /** Loads, without initialising, each class named in {@code list} (one per line) that {@code loader} finds; returns how many. */
    static int load(InputStream list, ClassLoader loader) throws IOException {
        int loaded = 0;
        BufferedReader names = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8));
        for (String name = names.readLine(); name != null; name = names.readLine()) {
            loaded += load(name, loader) ? 1 : 0;
        }
        return loaded;
    }

    private static boolean load(String name, ClassLoader loader) {
        try {
            Class.forName(name, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
