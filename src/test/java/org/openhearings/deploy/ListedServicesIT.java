package org.openhearings.deploy;

import org.junit.jupiter.api.Test;
import org.openhearings.local.ServiceListWriter;
import org.openhearings.testing.PackagedJar;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged jar's service lists (ListedServices, written by ServiceListWriter): the API starts and answers
 * from the jar without Micronaut scanning it for services, and the lists hold what that scan would have found.
 */
class ListedServicesIT {
    private static final String LISTS = "META-INF/openhearings/service-lists.txt";
    private static final String SCANNER = "io.micronaut.core.io.service.MicronautMetaServiceLoaderUtils";
    private static final List<String> OFFLINE_CREDENTIALS = List.of("openhearings.dynamodb.access-key-id", "openhearings.dynamodb.secret-key");

    /** A loader of its own: Micronaut keeps what it scanned in a static field, which other tests' starts would fill. */
    @Test
    void theApiStartsAndAnswersFromTheJarWithoutScanningItForServices() throws Exception {
        ClassLoader jarOnly = new URLClassLoader(new URL[] {PackagedJar.path().toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        ClassLoader own = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(jarOnly);
        OFFLINE_CREDENTIALS.forEach(name -> System.setProperty(name, "offline")); // priming makes no network call
        List<?> statuses;
        try {
            Object function = jarOnly.loadClass("org.openhearings.lambda.ApiFunction").getConstructor().newInstance();
            Class<?> primingType = jarOnly.loadClass("org.openhearings.lambda.SnapStartPriming");
            Object priming = primingType.getConstructor(function.getClass()).newInstance(function);
            statuses = (List<?>) primingType.getMethod("prime").invoke(priming);
        } finally {
            Thread.currentThread().setContextClassLoader(own);
            OFFLINE_CREDENTIALS.forEach(System::clearProperty);
        }
        assertTrue(statuses.stream().allMatch(status -> status.equals(200) || status.equals(404)), "priming statuses " + statuses);
        Field scanned = jarOnly.loadClass(SCANNER).getDeclaredField("cacheEntry");
        scanned.setAccessible(true);
        assertTrue(scanned.get(null) == null, "Micronaut scanned the jar for services");
    }

    @Test
    void theListsHoldWhatMicronautsScanOfTheJarFindsAndCouldMake() throws Exception {
        ClassLoader jarOnly = new URLClassLoader(new URL[] {PackagedJar.path().toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        Map<String, Set<String>> listed = lists(jarOnly);
        @SuppressWarnings("unchecked")
        Map<String, Set<String>> found = (Map<String, Set<String>>) jarOnly.loadClass(SCANNER)
                .getMethod("findAllMicronautMetaServices", ClassLoader.class).invoke(null, jarOnly);
        assertTrue(found.get("io.micronaut.inject.BeanDefinitionReference").size() > 150, "the scan finds the bean definitions");
        for (Map.Entry<String, Set<String>> type : found.entrySet()) {
            Set<String> makeable = type.getValue().stream().filter(name -> ServiceListWriter.makeable(name, jarOnly))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(makeable, listed.get(type.getKey()), type.getKey());
        }
        assertEquals(Set.of("org.openhearings.aot.DeducedEnvironmentConfigurer", "org.openhearings.aot.AOTApplicationContextConfigurer"),
                listed.get("io.micronaut.context.ApplicationContextConfigurer"), "Micronaut AOT's set-up is listed, so it runs");
    }

    private static Map<String, Set<String>> lists(ClassLoader jarOnly) throws IOException {
        Map<String, Set<String>> lists = new HashMap<>();
        try (InputStream in = jarOnly.getResourceAsStream(LISTS)) {
            assertNotNull(in, "no service lists in the jar");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                List<String> names = Arrays.asList(line.split(" "));
                lists.put(names.get(0), new TreeSet<>(names.subList(1, names.size())));
            }
        }
        return lists;
    }
}
