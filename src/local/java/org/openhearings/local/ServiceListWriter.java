package org.openhearings.local;

import org.openhearings.lambda.ListedServices;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes Micronaut's service lists into the Lambda jar once it is shaded (the pom runs it before the preload
 * list) and registers ListedServices, which reads them, with Micronaut. For every service type the jar names,
 * under {@code META-INF/micronaut} (bean definitions, introspections) or {@code META-INF/services}: the
 * implementations Micronaut's own scan of that jar would find and could make. From the jar, not the build's
 * class path, so the lists keep the shade filters' cuts. {@code ServiceListWriter JAR}
 */
public final class ServiceListWriter {
    private static final String MICRONAUT_SERVICES = "META-INF/micronaut";
    private static final String JAVA_SERVICES = "META-INF/services";
    private static final String OPTIMIZATION_LOADERS = "io.micronaut.core.optim.StaticOptimizations$Loader";
    /** Types Micronaut asks for at start that this jar has no implementation of: listed empty, or asking scans. */
    private static final List<String> LISTED_EMPTY = List.of("io.micronaut.http.HttpRequestFactory", "io.micronaut.http.HttpResponseFactory");

    private ServiceListWriter() {
    }

    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]).toAbsolutePath();
        try (FileSystem jarFiles = FileSystems.newFileSystem(jar);
             URLClassLoader jarOnly = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            Map<String, Set<String>> lists = servicesNamed(jarFiles);
            LISTED_EMPTY.forEach(type -> lists.putIfAbsent(type, Set.of()));
            List<String> lines = new ArrayList<>();
            int listed = 0;
            for (Map.Entry<String, Set<String>> list : lists.entrySet()) {
                List<String> makeable = list.getValue().stream().filter(name -> makeable(name, jarOnly)).toList();
                lines.add(String.join(" ", Stream.concat(Stream.of(list.getKey()), makeable.stream()).toList()));
                listed += makeable.size();
            }
            Path file = jarFiles.getPath(ListedServices.LIST);
            Files.createDirectories(file.getParent());
            Files.write(file, lines, StandardCharsets.UTF_8);
            register(jarFiles);
            System.out.printf("Service lists: %d types, %d implementations, written into %s%n", lines.size(), listed, jar);
        }
    }

    /**
     * Registers ListedServices with Micronaut in the jar only: the class path (tests, the local run) has no lists,
     * and Micronaut AOT's service file, which the jar's would merge with, replaces {@code target/classes}' own.
     */
    private static void register(FileSystem jarFiles) throws IOException {
        Path loaders = jarFiles.getPath(JAVA_SERVICES, OPTIMIZATION_LOADERS);
        List<String> names = new ArrayList<>(Files.exists(loaders) ? Files.readAllLines(loaders, StandardCharsets.UTF_8) : List.of());
        if (!names.contains(ListedServices.class.getName())) {
            names.add(ListedServices.class.getName());
            Files.write(loaders, names, StandardCharsets.UTF_8);
        }
    }

    /** Each service type the jar names, with the implementations it names: Micronaut's entries sorted, then the service files' in their order. */
    private static Map<String, Set<String>> servicesNamed(FileSystem jarFiles) throws IOException {
        Map<String, Set<String>> lists = new TreeMap<>();
        Path micronaut = jarFiles.getPath(MICRONAUT_SERVICES);
        if (Files.isDirectory(micronaut)) {
            try (Stream<Path> types = Files.list(micronaut)) {
                for (Path type : types.filter(Files::isDirectory).toList()) {
                    try (Stream<Path> entries = Files.list(type)) {
                        lists.put(name(type), new LinkedHashSet<>(entries.map(ServiceListWriter::name).sorted().toList()));
                    }
                }
            }
        }
        Path java = jarFiles.getPath(JAVA_SERVICES);
        if (Files.isDirectory(java)) {
            try (Stream<Path> files = Files.list(java)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Set<String> names = lists.computeIfAbsent(name(file), type -> new LinkedHashSet<>());
                    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                        String name = line.replaceFirst("#.*", "").trim();
                        if (!name.isEmpty()) {
                            names.add(name);
                        }
                    }
                }
            }
        }
        return lists;
    }

    /** Whether Micronaut could make it: the class loads and has a public no-argument constructor (what its scan requires). */
    public static boolean makeable(String name, ClassLoader loader) {
        try {
            MethodHandles.publicLookup().findConstructor(Class.forName(name, false, loader), MethodType.methodType(void.class));
            return true;
        } catch (ReflectiveOperationException | LinkageError e) {
            return false;
        }
    }

    private static String name(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    }
}
