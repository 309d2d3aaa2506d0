package org.openhearings.ingest;

import org.openhearings.testing.TestIds;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhearings.testing.IsolatedApp;
import org.openhearings.testing.PublishedChannels;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openhearings.testing.PublishedChannels.fold;
import static org.openhearings.testing.PublishedChannels.occurs;

/**
 * The outsider's hostile corpus (src/test/resources/attack-corpus: 1,408 records in 45 classes, written by
 * someone who saw the README and the raw format, not the code or its tests; its generator and truth file
 * beside it) through the command-line ingest into DynamoDB Local. For each record the truth file lists
 * the names and identifying details that must never be published, and ordinary phrases that must be
 * published unchanged if the record is. Each published record's values are searched for its names (and
 * its page for its names of two words or more), and each refused record's refusals for its names; every log line, the bulk files, feed, change
 * list and every stored item are searched for every name of two words or more (a one-word name such as
 * "Row" or "Lists" would match the service's own words there) that no published record uses as an
 * ordinary phrase. Prints a table per class
 * (records, published, leaks, changed facts, refused, and the rules refusals cited) and fails on any
 * leak or changed fact.
 */
class AttackCorpusTest {
    private static final Path CORPUS = Path.of("src/test/resources/attack-corpus");

    @RegisterExtension
    static final IsolatedApp APP = new IsolatedApp();

    private record Truth(String file, int index, String kind, List<String> names, List<String> keep) {
    }

    private static final class Tally {
        int records;
        int published;
        int leaks;
        int changedFacts;
        int refused;
        final Map<String, Integer> rules = new TreeMap<>();
    }

    @Test
    void noNameOrIdentifierIsPublishedAndNoFactIsChanged() throws IOException {
        JsonMapper json = APP.json();
        List<Truth> truths = new ArrayList<>();
        for (String line : Files.readAllLines(CORPUS.resolve("truth.jsonl"))) {
            JsonNode t = json.readValue(line, JsonNode.class);
            truths.add(new Truth(t.get("file").getStringValue(), t.get("index").getIntValue(), t.get("class").getStringValue(),
                    strings(t.get("names")), strings(t.get("keep"))));
        }
        assertTrue(truths.size() >= 1000, "at least 1,000 records");
        CliRun run = CliRun.of(APP.context(), CORPUS.resolve("corpus"));
        IngestReport report = json.readValue(run.printed(), IngestReport.class);
        Map<String, List<FieldError>> refusals = report.rejected().stream().collect(Collectors.groupingBy(FieldError::record));
        Map<String, JsonNode> raw = rawRecords(json);

        Map<String, Tally> tallies = new TreeMap<>();
        Map<Truth, String> publishedText = new HashMap<>();
        StringBuilder failures = new StringBuilder();
        for (Truth truth : truths) {
            String key = truth.file() + " record " + truth.index();
            Tally tally = tallies.computeIfAbsent(truth.kind(), k -> new Tally());
            tally.records++;
            List<FieldError> refused = refusals.get(key);
            if (refused != null) {
                tally.refused++;
                refused.forEach(e -> tally.rules.merge(rule(e.message()), 1, Integer::sum));
                String messages = fold(refused.toString());
                truth.names().stream().filter(name -> occurs(messages, name)).forEach(name -> {
                    tally.leaks++;
                    failures.append("leak in the refusal of ").append(key).append(": ").append(name).append('\n');
                });
                continue;
            }
            JsonNode record = raw.get(key);
            if (record.get("withdrawn") != null) {
                continue; // a withdrawal publishes only its reason: searched in the change list and feed below
            }
            String id = TestIds.forSource(record.get("source").get("url").getStringValue(),
                    record.get("source").get("part") == null ? null : record.get("source").get("part").getStringValue());
            HttpResponse<String> response = APP.http().get("/api/v1/hearings/" + id);
            if (response.statusCode() == 404 && "withdrawal_target".equals(truth.kind())) {
                continue;
            }
            assertEquals(200, response.statusCode(), key + " was neither refused nor published");
            tally.published++;
            String values = fold(String.join("\n", textValues(json.readValue(response.body(), JsonNode.class), new ArrayList<>())));
            String page = fold(APP.http().get("/hearings/" + id).body().replaceAll("<[^>]*>", " "));
            publishedText.put(truth, values + "\n" + page);
            for (String name : truth.names()) {
                // The record's own values: every name; its page: names of two words or more (a one-word name
                // such as "Day" would match the page's own words).
                String own = name.strip().contains(" ") ? values + "\n" + page : values;
                if (occurs(own, name)) {
                    tally.leaks++;
                    failures.append("leak in ").append(key).append(" (").append(truth.kind()).append("): ")
                            .append(PublishedChannels.around(own, name)).append('\n');
                }
            }
            for (String phrase : truth.keep()) {
                if (!values.contains(fold(phrase))) {
                    tally.changedFacts++;
                    failures.append("changed fact in ").append(key).append(" (").append(truth.kind()).append("): ")
                            .append(phrase).append('\n');
                }
            }
        }
        String everywhere = fold(PublishedChannels.all(APP) + "\n" + run.logged());
        String allPublished = String.join("\n", publishedText.values());
        for (Truth truth : truths) {
            for (String name : truth.names()) {
                if (name.strip().contains(" ") && occurs(everywhere, name) && !occurs(allPublished, name)) {
                    tallies.get(truth.kind()).leaks++;
                    failures.append("leak of ").append(truth.file()).append(" record ").append(truth.index()).append(" (")
                            .append(truth.kind()).append(") outside the records: ").append(PublishedChannels.around(everywhere, name)).append('\n');
                }
            }
        }

        String table = table(tallies);
        System.out.println("Attack corpus (written by an outsider)\n" + table + failures);
        int leaks = tallies.values().stream().mapToInt(t -> t.leaks).sum();
        int changed = tallies.values().stream().mapToInt(t -> t.changedFacts).sum();
        assertEquals(0, leaks, table + failures);
        assertEquals(0, changed, table + failures);
    }

    private static String table(Map<String, Tally> tallies) {
        StringBuilder table = new StringBuilder(String.format("%-24s %7s %9s %5s %13s %7s  %s%n", "class", "records",
                "published", "leaks", "changed facts", "refused", "refusals by rule"));
        Tally total = new Tally();
        tallies.forEach((kind, t) -> {
            table.append(String.format("%-24s %7d %9d %5d %13d %7d  %s%n", kind, t.records, t.published, t.leaks,
                    t.changedFacts, t.refused, t.rules));
            total.records += t.records;
            total.published += t.published;
            total.leaks += t.leaks;
            total.changedFacts += t.changedFacts;
            total.refused += t.refused;
            t.rules.forEach((rule, n) -> total.rules.merge(rule, n, Integer::sum));
        });
        table.append(String.format("%-24s %7d %9d %5d %13d %7d  %s%n", "all", total.records, total.published, total.leaks,
                total.changedFacts, total.refused, total.rules));
        return table.toString();
    }

    /** The rule a refusal cites: the code in brackets, or the message's opening words. */
    private static String rule(String message) {
        java.util.regex.Matcher code = java.util.regex.Pattern.compile("\\(([a-z-]+)\\)").matcher(message);
        return code.find() ? code.group(1) : message.split("[;(]")[0].replaceAll("\\d+", "N").strip();
    }

    private static Map<String, JsonNode> rawRecords(JsonMapper json) throws IOException {
        Map<String, JsonNode> records = new HashMap<>();
        try (var files = Files.list(CORPUS.resolve("corpus"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                int i = 1;
                for (JsonNode record : json.readValue(Files.readAllBytes(file), JsonNode.class).values()) {
                    records.put(file.getFileName() + " record " + i++, record);
                }
            }
        }
        return records;
    }

    private static List<String> textValues(JsonNode node, List<String> into) {
        if (node.isString()) {
            into.add(node.getStringValue());
        } else if (node.isArray() || node.isObject()) {
            node.values().forEach(child -> textValues(child, into));
        }
        return into;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.values().forEach(v -> values.add(v.getStringValue()));
        return values;
    }
}
