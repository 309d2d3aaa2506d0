package org.openhearings.ingest;

import org.openhearings.testing.TestIds;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openhearings.testing.HostileCorpus;
import org.openhearings.testing.HostileCorpus.Case;
import org.openhearings.testing.HostileCorpus.Fragment;
import org.openhearings.testing.HostileCorpus.Kind;
import org.openhearings.testing.HostileCorpus.Person;
import org.openhearings.testing.IsolatedApp;
import org.openhearings.testing.PublishedChannels;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openhearings.testing.PublishedChannels.around;
import static org.openhearings.testing.PublishedChannels.fold;
import static org.openhearings.testing.PublishedChannels.occurs;

/**
 * The hostile-name corpus through the README's command-line ingest into DynamoDB Local, then every
 * channel read back: each record's JSON and page, the bulk CSV and JSON Lines, the Atom feed, the change
 * list, every stored item, the CLI's own report and every log line of the run. Counts by class: records, leaks (must be 0),
 * fact-changing redactions (must be 0), refusals with their reasons, and the second detector's recall.
 * The checks fold text their own way (NFKD, marks and format characters dropped, lower case), not the
 * anonymiser's.
 */
class HostileNameCorpusTest {
    private static final int PER_KIND = 45;

    @RegisterExtension
    static final IsolatedApp APP = new IsolatedApp();

    private record Tally(int records, int published, int leaks, int changedFacts, int refused, int unlistedCaught,
                         List<String> reasons) {
        Tally add(Tally other) {
            List<String> all = new ArrayList<>(reasons);
            all.addAll(other.reasons);
            return new Tally(records + other.records, published + other.published, leaks + other.leaks,
                    changedFacts + other.changedFacts, refused + other.refused, unlistedCaught + other.unlistedCaught, all);
        }
    }

    @Test
    void noNameLeavesIngestAndNoFactIsChanged(@TempDir Path dir) throws IOException {
        List<Case> cases = new HostileCorpus(20261126L).cases(PER_KIND);
        assertTrue(cases.size() >= 500, "at least 500 records");
        JsonMapper json = APP.json();
        for (int from = 0; from < cases.size(); from += 100) {
            List<Map<String, Object>> batch = cases.subList(from, Math.min(cases.size(), from + 100)).stream().map(Case::raw).toList();
            Files.write(dir.resolve(String.format("corpus-%03d.json", from / 100)), json.writeValueAsBytes(batch));
        }
        CliRun run = CliRun.of(APP.context(), dir);
        String logged = run.logged();
        assertTrue(logged.contains("ingest finished"), "the ingest's own log lines were captured");
        String cliReport = run.printed();
        IngestReport report = json.readValue(cliReport, IngestReport.class);
        Map<String, List<String>> refusals = report.rejected().stream().collect(Collectors.groupingBy(
                e -> e.record().replaceAll(" record \\d+$", "") + "#" + e.record().replaceAll(".* record ", ""),
                LinkedHashMap::new, Collectors.mapping(e -> e.field() + ": " + e.message(), Collectors.toList())));

        String everyChannel = fold(PublishedChannels.all(APP) + "\n" + cliReport + "\n" + logged);
        String plainText = fold(cases.stream().flatMap(c -> c.summary().stream().filter(f -> !f.mention()).map(Fragment::text))
                .collect(Collectors.joining("\n")) + "\n" + String.join("\n", cases.get(0).keptTexts()));
        Map<Kind, Tally> tallies = new EnumMap<>(Kind.class);
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            String key = String.format("corpus-%03d.json#%d", i / 100, i % 100 + 1);
            Tally tally = check(c, refusals.get(key), everyChannel, plainText, json);
            tallies.merge(c.kind(), tally, Tally::add);
        }

        Tally total = tallies.values().stream().reduce(Tally::add).orElseThrow();
        StringBuilder table = new StringBuilder(String.format("%-26s %7s %9s %5s %13s %7s %8s%n",
                "class", "records", "published", "leaks", "changed facts", "refused", "detected"));
        tallies.forEach((kind, t) -> table.append(String.format("%-26s %7d %9d %5d %13d %7d %8s%n", kind, t.records(),
                t.published(), t.leaks(), t.changedFacts(), t.refused(), kind == Kind.UNLISTED_PERSON ? t.unlistedCaught() + "/" + t.records() : "")));
        table.append(String.format("%-26s %7d %9d %5d %13d %7d%n", "all", total.records(), total.published(),
                total.leaks(), total.changedFacts(), total.refused()));
        total.reasons().stream().map(r -> r.replaceAll("character \\d+", "character N")).distinct()
                .forEach(r -> table.append("  refused: ").append(r).append('\n'));
        System.out.println("Hostile-name corpus\n" + table);

        assertEquals(0, total.leaks(), table::toString);
        assertEquals(0, total.changedFacts(), table::toString);
        Tally unlisted = tallies.get(Kind.UNLISTED_PERSON);
        assertEquals(unlisted.records(), unlisted.refused(), "every record naming an unlisted person is refused\n" + table);
        // Fail closed: a listed name that is also an ordinary word, where it could be either, is refused for the
        // operator to decide; no other record may be refused.
        Tally ambiguous = tallies.get(Kind.ORDINARY_WORD_NAMES);
        assertTrue(ambiguous.reasons().stream().allMatch(r -> r.contains("(ambiguous-name)")), "ambiguous names only\n" + table);
        assertTrue(ambiguous.refused() * 10 <= ambiguous.records(), "at most one in ten ordinary-word names refused\n" + table);
        assertEquals(unlisted.refused() + ambiguous.refused(), total.refused(), "no other record is refused\n" + table);
    }

    /**
     * A spelling that the corpus's plain text also uses as an ordinary word ("Young", "Mark") is searched
     * as the whole name instead, so that "young officers" is not counted as a leak of PC Young.
     */
    private static List<String> distinctive(Person person, String plainText) {
        return person.spellings().stream().map(s -> occurs(plainText, s) ? person.name().replaceAll("^(PC|Commander) ", "") : s)
                .distinct().toList();
    }

    private Tally check(Case c, List<String> refusal, String everyChannel, String plainText, JsonMapper json) throws IOException {
        List<Person> everyone = new ArrayList<>(c.listed());
        everyone.addAll(c.unlisted());
        int leaks = 0;
        for (Person person : everyone) {
            for (String spelling : distinctive(person, plainText)) {
                if (occurs(everyChannel, spelling)) {
                    leaks++;
                    System.out.println("leak in " + c.kind() + " record " + c.number() + ": " + around(everyChannel, spelling));
                }
            }
        }
        if (refusal != null) {
            boolean byDetector = refusal.stream().anyMatch(r -> r.matches(".*\\((unknown-capitalised|title-and-name|possible-name|initials|email|handle)\\).*"));
            return new Tally(1, 0, leaks, 0, 1, byDetector && !c.unlisted().isEmpty() ? 1 : 0,
                    refusal.stream().map(r -> c.kind() + " " + r).toList());
        }
        HttpResponse<String> response = APP.http().get("/api/v1/hearings/" + TestIds.forSource(c.sourceUrl(), null));
        assertEquals(200, response.statusCode(), c.kind() + " record " + c.number() + " was neither refused nor published");
        JsonNode hearing = json.readValue(response.body(), JsonNode.class);
        int changed = changedFacts(c, hearing);
        String page = APP.http().get("/hearings/" + TestIds.forSource(c.sourceUrl(), null)).body();
        for (Person person : everyone) {
            for (String spelling : distinctive(person, plainText)) {
                leaks += occurs(fold(response.body() + "\n" + page.replaceAll("<[^>]*>", " ")), spelling) ? 1 : 0;
            }
        }
        return new Tally(1, 1, leaks, changed, 0, 0, List.of());
    }

    /**
     * The summary must be the plain fragments, in order and unchanged, with only the mentions replaced;
     * title, conduct and allegations must be exactly as given.
     */
    private static int changedFacts(Case c, JsonNode hearing) {
        int changed = 0;
        changed += c.keptTexts().get(0).equals(hearing.get("title").getStringValue()) ? 0 : 1;
        changed += c.keptTexts().get(1).equals(hearing.get("conduct").getStringValue()) ? 0 : 1;
        for (JsonNode officer : hearing.get("officers").values()) {
            for (JsonNode allegation : officer.get("allegations").values()) {
                changed += "Sent offensive messages in May 2016.".equals(allegation.get("description").getStringValue()) ? 0 : 1;
            }
        }
        String summary = hearing.get("summary").getStringValue();
        int at = 0;
        for (Fragment fragment : c.summary()) {
            if (fragment.mention()) {
                continue;
            }
            String plain = fragment.text().strip();
            int found = summary.indexOf(plain, at);
            if (found < 0) {
                System.out.println("changed fact in " + c.kind() + " record " + c.number() + ": " + plain + " | " + summary);
                changed++;
            } else {
                at = found + plain.length();
            }
        }
        return changed;
    }
}
