package org.openhearings.deploy;

import org.junit.jupiter.api.Test;
import org.openhearings.testing.PackagedJar;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged Lambda jar (after {@code package}): every web file a page or script loads from a webjar is
 * in it, and nothing else of the webjars is (their other builds and source maps were most of the jar).
 */
class LambdaJarIT {
    private static final Pattern STATIC_REFERENCE = Pattern.compile("/static/([a-z-]+)/([A-Za-z0-9._-]+)");
    private static final long WEB_FILES_BOUND = 3_000_000;

    @Test
    void theJarHoldsTheWebFilesPagesLoadAndNoOtherWebjarFile() throws IOException {
        Map<String, String> webjarRoots = webjarRoots();
        Set<String> loaded = new TreeSet<>();
        for (Path source : sources()) {
            Matcher reference = STATIC_REFERENCE.matcher(Files.readString(source, StandardCharsets.UTF_8));
            while (reference.find()) {
                if (webjarRoots.containsKey(reference.group(1))) {
                    loaded.add(webjarRoots.get(reference.group(1)) + "/" + reference.group(2));
                }
            }
        }
        assertTrue(loaded.size() >= 3, "the dashboard's chart library and the API page's two files: " + loaded);

        try (JarFile jar = new JarFile(PackagedJar.path().toFile())) {
            Set<String> shipped = new TreeSet<>();
            long webBytes = 0;
            for (JarEntry entry : jar.stream().toList()) {
                if (entry.getName().startsWith("META-INF/resources/webjars/") && !entry.isDirectory()) {
                    webBytes += entry.getSize();
                    if (!entry.getName().matches(".*(LICENSE|NOTICE)[^/]*|.*/licenses/.*")) {
                        shipped.add(entry.getName());
                    }
                }
            }
            assertEquals(loaded, shipped, "webjar files in the jar = files pages load");
            assertTrue(webBytes < WEB_FILES_BOUND, "web files take " + webBytes + " bytes");
            System.out.printf("Lambda jar: %.1f MB, of which webjar files %.1f MB (unpacked)%n",
                    Files.size(PackagedJar.path()) / 1e6, webBytes / 1e6);
        }
    }

    /** Search's analysis works from the jar alone: the parts of Lucene it keeps are the parts it loads. */
    @Test
    void searchAnalysisRunsFromThePackagedJarAlone() throws Exception {
        ClassLoader jarOnly = PackagedJar.loader();
        Method terms = jarOnly.loadClass("org.openhearings.search.SearchAnalyser").getMethod("terms", String.class, int.class);
        assertEquals(List.of("racist", "messag", "sent", "cafe"), terms.invoke(null, "The racist messages sent at the Café", 10));
    }

    /** Names in many scripts and forms: what folding must treat as the full ICU does, whatever data the jar leaves out. */
    private static final List<String> SCRIPTS = List.of("Zoë Ångström-Ðorđević", "Σωκράτης Παπαδόπουλος", "Владимир Иванов",
            "محمد عبد الله", "דוד כהן", "王小明", "山田太郎", "김민준", "राहुल शर्मा", "Şükrü Iğdır", "Nguyễn Văn Anh",
            "Łukasz Żółć", "Straße ﬁnal", "Ｆｕｌｌｗｉｄｔｈ ＰＣ", "Þórður Ægisson", "Jean-Marie O’Connor", "Ｍａｒｉｅ-Ｃｌａｉｒｅ",
            "ǅemal Ǉubić", "Ελένη Ντόκου", "Ярослав Щербак", "สมชาย ใจดี", "Ադամ Հակոբյան", "ნინო ბერიძე");

    /**
     * Folding (anonymisation) and sentence splitting (drafting) give from the jar exactly what they give with the
     * whole of ICU on the class path: the jar leaves out ICU data (pom), and a file they needed would change a result.
     */
    @Test
    void foldingAndSentenceSplittingFromTheJarMatchTheWholeOfIcu() throws Exception {
        List<String> texts = new ArrayList<>(SCRIPTS);
        try (Stream<Path> corpus = Files.list(Path.of("src/test/resources/draft-corpus"))) {
            for (Path notice : corpus.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(notice, StandardCharsets.UTF_8));
            }
        }
        texts.add(Files.readString(Path.of("src/local/resources/sample-data/seed-case.txt"), StandardCharsets.UTF_8));
        ClassLoader jarOnly = PackagedJar.loader();
        Method jarFold = jarOnly.loadClass("org.openhearings.anonymise.FoldedText").getMethod("of", String.class);
        Method jarSplit = sentenceSplit(jarOnly.loadClass("org.openhearings.draft.NoticeSentences"));
        Method ownSplit = sentenceSplit(LambdaJarIT.class.getClassLoader().loadClass("org.openhearings.draft.NoticeSentences"));
        for (String text : texts) {
            String label = text.substring(0, Math.min(40, text.length()));
            assertEquals(org.openhearings.anonymise.FoldedText.of(text), jarFold.invoke(null, text), label);
            assertEquals(String.valueOf(ownSplit.invoke(null, text)), String.valueOf(jarSplit.invoke(null, text)), label);
        }
        assertEquals("sokrates papadopoulos", jarFold.invoke(null, "Σωκράτης Παπαδόπουλος"), "transliterated from the jar");
    }

    private static Method sentenceSplit(Class<?> sentences) throws NoSuchMethodException {
        Method split = sentences.getDeclaredMethod("split", String.class);
        split.setAccessible(true);
        return split;
    }

    /**
     * Every sample event reads, from the jar alone, with the serializer the Lambda runtime finds there, into
     * the event type its function takes: the jar keeps only those events' introspections.
     */
    @Test
    void everySampleEventReadsFromThePackagedJarAlone() throws Exception {
        ClassLoader jarOnly = PackagedJar.loader();
        Class<?> serializerType = jarOnly.loadClass("com.amazonaws.services.lambda.runtime.CustomPojoSerializer");
        Object serializer = ServiceLoader.load(serializerType, jarOnly).findFirst().orElseThrow();
        Method fromJson = serializerType.getMethod("fromJson", InputStream.class, java.lang.reflect.Type.class);
        Map<String, String> typeAndField = Map.of("api-", "APIGatewayV2HTTPEvent getRawPath", "page-", "APIGatewayV2HTTPEvent getRawPath",
                "s3-", "S3Event getRecords", "scheduled-", "ScheduledEvent getTime");
        try (Stream<Path> events = Files.list(Path.of("events"))) {
            for (Path file : events.sorted().toList()) {
                String[] expected = typeAndField.entrySet().stream().filter(e -> file.getFileName().toString().startsWith(e.getKey()))
                        .findFirst().orElseThrow(() -> new AssertionError("no function takes " + file)).getValue().split(" ");
                Class<?> type = jarOnly.loadClass("com.amazonaws.services.lambda.runtime.events." + expected[0]);
                try (InputStream in = Files.newInputStream(file)) {
                    Object event = fromJson.invoke(serializer, in, type);
                    assertTrue(type.isInstance(event), file.toString());
                    assertTrue(type.getMethod(expected[1]).invoke(event) != null, file + " " + expected[1]);
                }
            }
        }
    }

    /** Each static mapping served from a webjar: its URL segment and its class-path root. */
    private static Map<String, String> webjarRoots() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        Map<String, String> roots = new LinkedHashMap<>();
        for (String name : properties.stringPropertyNames()) {
            Matcher mapping = Pattern.compile("micronaut\\.router\\.static-resources\\.([a-z-]+)\\.mapping").matcher(name);
            if (mapping.matches()) {
                String paths = properties.getProperty("micronaut.router.static-resources." + mapping.group(1) + ".paths");
                String segment = properties.getProperty(name).replace("/static/", "").replace("/**", "");
                if (paths.startsWith("classpath:META-INF/resources/webjars/")) {
                    roots.put(segment, paths.substring("classpath:".length()));
                }
            }
        }
        return roots;
    }

    private static List<Path> sources() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String root : List.of("src/main/jte", "src/main/resources", "src/main/java")) {
            try (Stream<Path> walk = Files.walk(Path.of(root))) {
                walk.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(jte|js|java|html)")).forEach(files::add);
            }
        }
        return files;
    }

    /**
     * The class preload list is in the jar, was made from the API's start and priming (the handler, its
     * controllers, the AWS SDK), and names classes the jar holds: a list from another build would preload
     * little and cost the thread its time.
     */
    @Test
    void theClassPreloadListNamesTheHandlersClassesAndTheJarHoldsThem() throws Exception {
        List<String> names;
        try (JarFile jar = new JarFile(PackagedJar.path().toFile())) {
            JarEntry list = jar.getJarEntry("META-INF/openhearings/preload-classes.txt");
            assertTrue(list != null, "the jar carries the preload list");
            try (InputStream in = jar.getInputStream(list)) {
                names = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            }
        }
        assertTrue(names.size() > 1000, names.size() + " classes listed");
        assertTrue(names.containsAll(List.of("io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction",
                "org.openhearings.api.HearingsController", "software.amazon.awssdk.services.dynamodb.DefaultDynamoDbClient")));
        List<String> missing = new ArrayList<>();
        ClassLoader jarOnly = PackagedJar.loader();
        for (String name : names) {
            try {
                Class.forName(name, false, jarOnly);
            } catch (ClassNotFoundException | LinkageError e) {
                missing.add(name);
            }
        }
        assertTrue(missing.size() * 100 <= names.size(), "listed but not loadable from the jar: " + missing);
        System.out.printf("Class preload list: %d classes, %d not in the jar%n", names.size(), missing.size());
    }

}
