package org.openhearings.lambda;

import io.micronaut.core.io.service.SoftServiceLoader;
import io.micronaut.core.optim.StaticOptimizations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Micronaut's service lists (bean definitions, introspections and its own service types) read from one file
 * the build writes into the Lambda jar (ServiceListWriter, in the pom), instead of Micronaut finding them at
 * every start: from a jar it opens the jar as a zip file system and walks {@code META-INF/micronaut}, the
 * jar's whole directory read for ~320 names (60–80 ms of the main thread in a profile; measured: ≈ −30 ms of
 * wall time and of CPU). Registered in the jar only, beside its lists; tests and the local run use the class
 * path, where Micronaut finds them as usual. Hand-written: Micronaut AOT's generated lists come from the
 * build's class path, so they bring back what the jar's shade filters leave out, and they start one lambda
 * per listed class (measured: +80 ms).
 */
public final class ListedServices implements StaticOptimizations.Loader<SoftServiceLoader.Optimizations> {
    /** Where in the jar the lists are: one line per service type, its name then its implementations, space-separated. */
    public static final String LIST = "META-INF/openhearings/service-lists.txt";

    @Override
    public SoftServiceLoader.Optimizations load() {
        ClassLoader loader = ListedServices.class.getClassLoader();
        Map<String, SoftServiceLoader.StaticServiceLoader<?>> lists = new HashMap<>();
        try (InputStream in = loader.getResourceAsStream(LIST)) {
            if (in != null) {
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    String[] names = line.split(" ");
                    lists.put(names[0], new Listed<>(loader, Arrays.asList(names).subList(1, names.length)));
                }
            }
        } catch (IOException e) {
            lists.clear(); // a partial list would hide services: Micronaut finds them all itself instead
        }
        return new SoftServiceLoader.Optimizations(lists);
    }

    /** One service type's implementations, each loaded by name (not initialised) when Micronaut asks for the type. */
    private record Listed<S>(ClassLoader loader, List<String> names) implements SoftServiceLoader.StaticServiceLoader<S> {
        @Override
        public Stream<SoftServiceLoader.StaticDefinition<S>> findAll(Predicate<String> condition) {
            return names.stream().filter(condition).map(this::definition).filter(Objects::nonNull);
        }

        @SuppressWarnings("unchecked")
        private SoftServiceLoader.StaticDefinition<S> definition(String name) {
            try {
                return SoftServiceLoader.StaticDefinition.of(name, (Class<S>) Class.forName(name, false, loader));
            } catch (ClassNotFoundException | LinkageError e) {
                return null; // as Micronaut's own scan: a class this class path cannot load is no service
            }
        }
    }
}
