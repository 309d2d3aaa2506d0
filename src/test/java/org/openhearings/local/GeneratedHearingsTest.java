package org.openhearings.local;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generated sample records say nothing about an officer that their own fields contradict. */
class GeneratedHearingsTest {
    private static final Pattern TITLED = Pattern.compile("(Former )?(PC|Special Constable|Sergeant|Inspector|Chief Inspector) (?:([A-Z][a-z]+) )?([A-Z][a-z]+)\\b");

    @Test
    @SuppressWarnings("unchecked")
    void titlesAndSummariesAgreeWithTheOfficers() {
        int checkedMentions = 0;
        for (Map<String, Object> record : new GeneratedHearings(SampleData.GENERATED_COUNT).records(300)) {
            List<Map<String, Object>> officers = (List<Map<String, Object>>) record.get("officers");
            String title = (String) record.get("title");
            assertEquals(officers.size() > 1, title.endsWith(" and others)"), title);
            Matcher m = TITLED.matcher((String) record.get("summary"));
            while (m.find()) {
                String named = m.group(3) == null ? " " + m.group(4) : m.group(3) + " " + m.group(4);
                List<Map<String, Object>> matching = officers.stream().filter(o -> ((String) o.get("name")).endsWith(named)).toList();
                assertTrue(!matching.isEmpty(), "no officer " + named);
                if (matching.size() > 1) {
                    continue; // two officers share the surname: the mention does not say which
                }
                Map<String, Object> officer = matching.get(0);
                String status = (String) officer.get("status");
                assertEquals(m.group(1) != null, !status.equals("SERVING"), m.group() + " is " + status);
                String rank = (String) officer.get("rank");
                assertEquals(switch (m.group(2)) {
                    case "PC" -> "CONSTABLE";
                    case "Special Constable" -> "SPECIAL_CONSTABLE";
                    case "Chief Inspector" -> "CHIEF_INSPECTOR";
                    default -> m.group(2).toUpperCase();
                }, rank, m.group());
                checkedMentions++;
            }
        }
        assertTrue(checkedMentions > 50, "checked " + checkedMentions + " titled mentions");
    }
}
