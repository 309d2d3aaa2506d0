package org.openhearings.draft;

import org.openhearings.domain.Rank;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The titles UK notices put before an officer's name, and the rank each stands for. Detective ranks
 * count as the equivalent rank, as on the record.
 */
final class RankTitles {
    private static final Map<String, Rank> TITLES = new LinkedHashMap<>();

    static {
        // Longest first: "Detective Chief Inspector" before "Chief Inspector" before "Inspector".
        title(Rank.DEPUTY_CHIEF_CONSTABLE, "Deputy Assistant Commissioner", "Deputy Chief Constable", "DAC", "DCC");
        title(Rank.CHIEF_OFFICER, "Assistant Commissioner", "Chief Constable", "Commissioner");
        title(Rank.COMMANDER, "Assistant Chief Constable", "Commander", "ACC", "Cdr");
        title(Rank.CHIEF_SUPERINTENDENT, "Detective Chief Superintendent", "Chief Superintendent", "Ch Supt", "Ch\\. Supt\\.?", "DCS");
        title(Rank.SUPERINTENDENT, "Detective Superintendent", "Superintendent", "Det Supt", "Supt\\.?");
        title(Rank.CHIEF_INSPECTOR, "Detective Chief Inspector", "Chief Inspector", "Ch Insp", "Ch\\. Insp\\.?", "DCI", "CI");
        title(Rank.INSPECTOR, "Detective Inspector", "Inspector", "Insp\\.?", "DI");
        title(Rank.SERGEANT, "Detective Sergeant", "Police Sergeant", "Sergeant", "Sgt\\.?", "DS", "PS");
        title(Rank.SPECIAL_CONSTABLE, "Special Constable", "Special Sergeant", "Special Inspector", "SC");
        title(Rank.CONSTABLE, "Trainee Detective Constable", "Detective Constable", "Police Constable", "Student Officer",
                "Constable", "TDC", "DC", "PC", "Pc");
    }

    /** One alternation of every title, longest first, capturing the matched title. */
    static final String PATTERN = "(" + String.join("|", TITLES.keySet()) + ")";

    /** The same titles in lower case, as prose uses them without a name: "a former police constable". */
    static final Pattern COMMON_NOUN = Pattern.compile("\\b(?i:a|an|the)\\s+(former\\s+)?((?:detective\\s+|police\\s+|special\\s+)?"
            + "(?:constable|sergeant|inspector|chief inspector|superintendent|officer|special constable))\\b");

    private RankTitles() {
    }

    private static void title(Rank rank, String... titles) {
        for (String title : titles) {
            TITLES.put(title, rank);
        }
    }

    /** The rank a title stands for (as matched by {@link #PATTERN}, or in lower case as prose writes it). */
    static Rank rank(String title) {
        String normal = title.trim().replaceAll("\\s+", " ");
        for (Map.Entry<String, Rank> entry : TITLES.entrySet()) {
            if (Pattern.compile(entry.getKey(), Pattern.CASE_INSENSITIVE).matcher(normal).matches()) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** "police constable" → CONSTABLE; "officer" says no rank. */
    static Rank rankOfCommonNoun(Matcher commonNoun) {
        String noun = commonNoun.group(2).replaceFirst("^(detective|police) ", "");
        return noun.equals("officer") ? null : rank(noun);
    }
}
