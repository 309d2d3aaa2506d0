package org.openhearings.testing;

import org.openhearings.store.DynamoSettings;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.net.http.HttpResponse;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Everything the service serves or stores, read back as one text, and the corpus tests' own way of
 * finding a name in it: folded their own way (NFKD, marks and format characters dropped, lower case),
 * not the anonymiser's, and as whole words.
 */
public final class PublishedChannels {
    private PublishedChannels() {
    }

    /** The bulk files, the feed, the change list and every stored item. */
    public static String all(IsolatedApp app) {
        StringBuilder all = new StringBuilder();
        app.http().bulkFiles(".csv").forEach(file -> all.append(file).append('\n'));
        app.http().bulkFiles(".jsonl").forEach(file -> all.append(file).append('\n'));
        for (String path : List.of("/api/v1/feed.atom", "/api/v1/changes?limit=100")) {
            HttpResponse<String> response = app.http().get(path);
            assertEquals(200, response.statusCode(), path);
            all.append(response.body()).append('\n');
        }
        DynamoDbClient dynamo = app.context().getBean(DynamoDbClient.class);
        all.append(TableContents.allText(dynamo, app.context().getBean(DynamoSettings.class).table()));
        return all.toString();
    }

    /** Whether a spelling occurs as whole words in a folded text. */
    public static boolean occurs(String folded, String spelling) {
        String needle = fold(spelling).strip();
        if (needle.length() < 2) {
            return false;
        }
        for (int at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1)) {
            int end = at + needle.length();
            if ((at == 0 || !Character.isLetterOrDigit(folded.charAt(at - 1)))
                    && (end == folded.length() || !Character.isLetterOrDigit(folded.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** Where a spelling occurs, with some context, for a failure's message. */
    public static String around(String folded, String spelling) {
        int at = folded.indexOf(fold(spelling).strip());
        return at < 0 ? "?" : folded.substring(Math.max(0, at - 80), Math.min(folded.length(), at + 40)).replace('\n', ' ');
    }

    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        return decomposed.replaceAll("[\\p{M}\\p{Cf}]", "").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
