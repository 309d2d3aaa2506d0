package org.openhearings.draft;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Drafts every notice of the hand-written corpus and scores the drafts field by field against the records
 * the texts support. The report (per-field precision and recall) is written to target/ for the release notes.
 */
class DraftCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/draft-corpus");
    static final Path HELD_OUT = Path.of("src/test/resources/draft-heldout");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final NoticeDrafter DRAFTER = new NoticeDrafter();
    private static FieldScore score;
    private static FieldScore heldOut;
    private static int notices;

    @BeforeAll
    static void draftTheCorpora() throws IOException {
        score = score(CORPUS);
        heldOut = score(HELD_OUT);
        try (Stream<Path> files = Files.list(CORPUS)) {
            notices = (int) files.filter(p -> p.toString().endsWith(".txt")).count();
        }
        String report = "Corpus (rules tuned on it):\n" + score.report() + "\nHeld out (scored without tuning):\n" + heldOut.report()
                + "\nDifferences:\n" + String.join("\n", score.differences()) + "\n" + String.join("\n", heldOut.differences()) + "\n";
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/draft-corpus-report.txt"), report);
        System.out.println(report);
    }

    private static FieldScore score(Path corpus) throws IOException {
        FieldScore scored = new FieldScore();
        List<Path> texts;
        try (Stream<Path> files = Files.list(corpus)) {
            texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path text : texts) {
            Path expected = Path.of(text.toString().replaceFirst("\\.txt$", ".json"));
            Draft draft = DRAFTER.draft(Files.readString(text, StandardCharsets.UTF_8), NoticeDrafter.SourceHint.none());
            scored.compare(text.getFileName().toString(), read(expected), draft.record());
        }
        return scored;
    }

    static Map<String, Object> read(Path json) throws IOException {
        return JSON.readValue(json.toFile(), new TypeReference<>() { });
    }

    @Test
    void theCorpusHasAtLeastTwentyFiveNoticesEachWithItsExpectedRecord() throws IOException {
        assertTrue(notices >= 25, notices + " notices");
        try (Stream<Path> files = Files.list(CORPUS)) {
            assertEquals(notices, files.filter(p -> p.toString().endsWith(".json")).count());
        }
    }

    @Test
    void draftedFieldsAreRightAtLeastThisOften() {
        assertTrue(score.total().precision() >= 0.97, score.report());
    }

    @Test
    void theDraftsFindMostOfWhatTheTextsState() {
        assertTrue(score.total().recall() >= 0.95, score.report());
    }

    @Test
    void onNoticesTheRulesWereNotTunedOnTheDraftsStayMostlyRight() {
        assertTrue(heldOut.total().precision() >= 0.90, heldOut.report());
        assertTrue(heldOut.total().recall() >= 0.80, heldOut.report());
    }

    @Test
    void aDismissalThatDoesNotSayHowIsLeftForTheOperator() throws IOException {
        Draft draft = DRAFTER.draft(Files.readString(CORPUS.resolve("26-derbyshire-dismissed-how-not-stated.txt")), NoticeDrafter.SourceHint.none());
        assertTrue(draft.notDetermined().contains(new Draft.Undetermined("officers[0].outcome",
                "the text says dismissed without saying whether with or without notice")), draft.notDetermined().toString());
        assertTrue(draft.notDetermined().stream().anyMatch(u -> u.field().equals("officers[0].status")));
    }

    @Test
    void outcomesFindingsAndStatusesAreNeverGuessed() {
        for (String kind : List.of("officers[].outcome", "officers[].allegations[].finding", "officers[].status", "officers[].barredList")) {
            assertTrue(score.byKind().get(kind).precision() >= 0.95, kind + "\n" + score.report());
        }
    }
}
