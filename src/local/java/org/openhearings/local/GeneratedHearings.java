package org.openhearings.local;

import org.openhearings.domain.Finding;
import org.openhearings.domain.Force;
import org.openhearings.domain.HearingType;
import org.openhearings.domain.OfficerStatus;
import org.openhearings.domain.Outcome;
import org.openhearings.domain.Rank;
import org.openhearings.domain.Standard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Plausible raw hearing records, full of names (in the officers' fields and inside the free text, with
 * and without titles), for the local run and for tests that prove no name survives ingest. Every record
 * is marked {@code generated}; the same seed always gives the same records.
 */
public final class GeneratedHearings {
    static final List<String> FIRST_NAMES = List.of("Amelia", "Oliver", "Priya", "Tomasz", "Siobhan", "Kwame",
            "Bethany", "Rhys", "Fatima", "Declan", "Imogen", "Callum", "Yusuf", "Harriet", "Niamh", "Gareth");
    static final List<String> SURNAMES = List.of("Whitcombe", "Okonkwo", "Pemberton", "Kowalczyk", "Fairbairn",
            "Haddad", "Trelawney", "Abernethy", "Nwachukwu", "Castellano", "Blackwood", "Radcliffe", "Ashworth",
            "Delacroix", "Szymanski", "Featherstone");
    /** Conduct, with the categories an operator would state for it. */
    private static final List<Map.Entry<String, List<String>>> CONDUCT = List.of(
            Map.entry("Sending discriminatory messages in a group chat", List.of("DISCRIMINATION", "OFFENSIVE_COMMUNICATIONS")),
            Map.entry("Using excessive force during an arrest", List.of("USE_OF_FORCE")),
            Map.entry("Failing to record and investigate a reported crime", List.of("NEGLECT_OF_DUTY")),
            Map.entry("Accessing police systems for a non-policing purpose", List.of("MISUSE_OF_SYSTEMS")),
            Map.entry("Pursuing an inappropriate relationship with a vulnerable victim",
                    List.of("ABUSE_OF_POSITION", "INAPPROPRIATE_RELATIONSHIP", "SEXUAL_MISCONDUCT")),
            Map.entry("Giving a dishonest account in a duty statement", List.of("DISHONESTY")),
            Map.entry("Driving while unfit through drink", List.of("CRIMINAL_CONVICTION", "DRINK_OR_DRUGS")),
            Map.entry("Disclosing confidential information to a third party", List.of("MISUSE_OF_SYSTEMS")),
            Map.entry("Sexually harassing a colleague", List.of("BULLYING_OR_HARASSMENT", "SEXUAL_MISCONDUCT")));
    private static final List<String> UNITS = List.of("Response Team", "Neighbourhood Team", "Roads Policing Unit",
            "Criminal Investigation Department", "Custody", "Public Protection Unit");

    private final Random random;
    private final long seed;

    public GeneratedHearings(long seed) {
        this.random = new Random(seed);
        this.seed = seed;
    }

    /** {@code count} raw records as JSON-ready maps. */
    public List<Map<String, Object>> records(int count) {
        List<Map<String, Object>> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            records.add(record(i));
        }
        return records;
    }

    private Map<String, Object> record(int n) {
        LocalDate hearing = LocalDate.of(2016, 1, 1).plusDays(random.nextInt(3650));
        LocalDate notices = hearing.minusDays(120 + random.nextInt(600));
        LocalDate investigation = notices.minusDays(10 + random.nextInt(200));
        LocalDate conductEnd = investigation.minusDays(random.nextInt(400));
        LocalDate conductStart = conductEnd.minusDays(random.nextInt(700));
        HearingType type = pick(HearingType.values());
        int officerCount = 1 + random.nextInt(random.nextInt(4) == 0 ? 6 : 2);
        Map.Entry<String, List<String>> picked = pick(CONDUCT);
        String conduct = picked.getKey();

        List<Map<String, Object>> officers = new ArrayList<>();
        List<Person> people = new ArrayList<>();
        int resigned = 0;
        int retired = 0;
        int dismissed = 0;
        for (int i = 0; i < officerCount; i++) {
            OfficerStatus status = random.nextInt(3) == 0 ? pick(OfficerStatus.values()) : OfficerStatus.SERVING;
            Person person = new Person(pick(FIRST_NAMES) + " " + pick(SURNAMES), String.valueOf(100000 + random.nextInt(900000)),
                    pick(new Rank[]{Rank.CONSTABLE, Rank.CONSTABLE, Rank.CONSTABLE, Rank.SERGEANT, Rank.INSPECTOR,
                            Rank.SPECIAL_CONSTABLE, Rank.CHIEF_INSPECTOR}), status);
            people.add(person);
            resigned += status == OfficerStatus.RESIGNED ? 1 : 0;
            retired += status == OfficerStatus.RETIRED ? 1 : 0;
            dismissed += status == OfficerStatus.DISMISSED ? 1 : 0;
            officers.add(officer(person, type));
        }
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("force", pick(Force.values()).name());
        record.put("hearingType", type.name());
        record.put("hearingDates", List.of(hearing.toString()));
        String surname = people.get(0).name().split(" ")[1];
        record.put("title", conduct + " (" + (officerCount == 1 ? surname : surname + " and others") + ")");
        record.put("conduct", conduct);
        if (random.nextInt(8) > 0) { // some notices say too little to categorise
            record.put("conductCategories", picked.getValue());
        }
        record.put("summary", summary(people, conduct));
        record.put("conductPeriod", Map.of("from", conductStart.toString().substring(0, 7), "to", conductEnd.toString().substring(0, 7)));
        record.put("investigationStarted", investigation.toString().substring(0, 7));
        record.put("noticesServed", notices.toString());
        record.put("restrictedDuties", random.nextBoolean());
        record.put("officerCount", officerCount);
        record.put("departures", Map.of("resigned", resigned, "retired", retired, "dismissedForOtherReasons", dismissed));
        record.put("officers", officers);
        record.put("otherPeople", List.of(Map.of("name", pick(FIRST_NAMES) + " " + pick(SURNAMES),
                "role", "a chief superintendent")));
        record.put("source", Map.of("url", "https://example.org/generated/" + seed + "/hearing-" + n,
                "publisher", "OpenHearings generated sample data",
                "title", "Generated hearing " + n + ": " + people.get(people.size() - 1).name()));
        record.put("generated", true);
        return record;
    }

    /** An officer as the generated record names them. */
    private record Person(String name, String warrant, Rank rank, OfficerStatus status) {
        /** The title a notice puts before the name: "former" only for an officer who has left. */
        String title() {
            String rank = switch (this.rank) {
                case CONSTABLE -> "PC";
                case SPECIAL_CONSTABLE -> "Special Constable";
                default -> this.rank.label();
            };
            return status.former() ? "Former " + rank : rank;
        }
    }

    private Map<String, Object> officer(Person person, HearingType type) {
        String name = person.name();
        OfficerStatus status = person.status();
        Finding finding = random.nextInt(5) == 0 ? Finding.NOT_PROVEN
                : type == HearingType.MISCONDUCT_MEETING || random.nextInt(4) == 0 ? Finding.MISCONDUCT : Finding.GROSS_MISCONDUCT;
        Outcome outcome = outcome(finding, status);
        List<String> standards = new ArrayList<>();
        for (int i = 0, k = 1 + random.nextInt(3); i < k; i++) {
            String standard = pick(Standard.values()).name();
            if (!standards.contains(standard)) {
                standards.add(standard);
            }
        }
        Map<String, Object> officer = new LinkedHashMap<>();
        officer.put("name", name);
        officer.put("warrantNumber", person.warrant());
        officer.put("rank", person.rank().name());
        officer.put("status", status.name());
        officer.put("unitType", pick(UNITS));
        officer.put("allegations", List.of(Map.of("description", "The allegation against " + name.split(" ")[1] + " was put",
                "standards", standards, "finding", finding.name())));
        officer.put("outcome", outcome.name());
        officer.put("barredList", outcome.dismissal());
        return officer;
    }

    private Outcome outcome(Finding finding, OfficerStatus status) {
        if (!finding.proven()) {
            return random.nextBoolean() ? Outcome.NO_FURTHER_ACTION : Outcome.REFLECTIVE_PRACTICE;
        }
        if (status.former()) {
            return finding == Finding.GROSS_MISCONDUCT ? Outcome.WOULD_HAVE_BEEN_DISMISSED : Outcome.NO_FURTHER_ACTION;
        }
        return finding == Finding.GROSS_MISCONDUCT
                ? pick(new Outcome[]{Outcome.DISMISSED_WITHOUT_NOTICE, Outcome.DISMISSED_WITHOUT_NOTICE,
                        Outcome.FINAL_WRITTEN_WARNING, Outcome.REDUCTION_IN_RANK})
                : pick(new Outcome[]{Outcome.WRITTEN_WARNING, Outcome.FINAL_WRITTEN_WARNING, Outcome.MANAGEMENT_ADVICE});
    }

    private String summary(List<Person> people, String conduct) {
        StringBuilder text = new StringBuilder("The panel considered: " + conduct.toLowerCase() + ". ");
        for (Person person : people) {
            String name = person.name();
            String[] parts = name.split(" ");
            text.append(switch (random.nextInt(5)) {
                case 4 -> "The officer with warrant number " + person.warrant() + " gave evidence. ";
                case 0 -> person.title() + " " + name + " attended the hearing. ";
                case 1 -> person.title() + " " + parts[1] + " did not attend. ";
                case 2 -> parts[0] + " accepted the facts; " + parts[1].toUpperCase() + "'s account was rejected. ";
                default -> "The panel heard from " + name + " and found " + parts[1] + "'s conduct fell below the standards. ";
            });
        }
        return text.toString();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
