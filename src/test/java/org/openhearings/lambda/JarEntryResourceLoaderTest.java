package org.openhearings.lambda;

import io.micronaut.core.io.scan.DefaultClassPathResourceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading from a jar without its zip file system answers as Micronaut's own loader does, whatever the name. */
class JarEntryResourceLoaderTest {
    private static final List<String> NAMES = List.of("application.properties", "conf/nested.properties", "conf", "conf/",
            "missing.properties", "/application.properties", "conf/../application.properties", "classpath:application.properties",
            "", "conf/nested.properties/");

    @TempDir
    Path dir;

    @Test
    void everyNameReadsAsMicronautReadsItFromAJarAndFromADirectory() throws IOException {
        Path jar = dir.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            write(out, "application.properties", "a=1\n");
            out.putNextEntry(new JarEntry("conf/"));
            write(out, "conf/nested.properties", "b=2\n");
        }
        Path unpacked = Files.createDirectories(dir.resolve("unpacked/conf"));
        Files.writeString(unpacked.resolveSibling("application.properties"), "a=1\n");
        Files.writeString(unpacked.resolve("nested.properties"), "b=2\n");

        for (URL root : List.of(jar.toUri().toURL(), unpacked.getParent().toUri().toURL())) {
            try (URLClassLoader loader = new URLClassLoader(new URL[] {root}, null)) {
                JarEntryResourceLoader ours = new JarEntryResourceLoader(loader);
                DefaultClassPathResourceLoader micronauts = new DefaultClassPathResourceLoader(loader);
                for (String name : NAMES) {
                    assertEquals(read(micronauts.getResourceAsStream(name)), read(ours.getResourceAsStream(name)), root + " " + name);
                }
                assertEquals(Optional.of("a=1\n"), read(ours.getResourceAsStream("application.properties")), "the test reads something");
                assertTrue(read(ours.getResourceAsStream("conf")).isEmpty(), "a directory is absent");
            }
        }
    }

    private static void write(JarOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<String> read(Optional<InputStream> stream) throws IOException {
        if (stream.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = stream.get()) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
