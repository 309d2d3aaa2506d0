package org.openhearings.testing;

import com.ibm.icu.text.Transliterator;
import net.datafaker.Faker;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Generates raw records written the way real outcome notices are, each with names that are hard to
 * find: every class the anonymisation audit found. A record's summary is a sequence of fragments: plain
 * text (which must be published exactly as written) and mentions of people (which must be replaced).
 * Names come from Datafaker's locale data (UK and many other countries) and, for names that are also
 * English words, from a fixed list.
 */
public final class HostileCorpus {

    /** The classes of hard names; each becomes its own slice of the corpus. */
    public enum Kind {
        NICKNAME, DIACRITICS, TRANSLITERATION, UNICODE_TRICKS, INITIALS, RUN_TOGETHER, WARRANT_NUMBER,
        ORDINARY_WORD_NAMES, PUBLISHER_AND_ROLE_WORDS, ANONYMOUS_AT_SOURCE, NAMED_SOURCE, UNLISTED_PERSON
    }

    /** Someone named in a record: as the raw record lists them, and the spellings a leak would show. */
    public record Person(String name, String warrant, List<String> spellings) {
    }

    /** A summary fragment: text that must survive, or a mention that must go. */
    public record Fragment(String text, boolean mention) {
    }

    public record Case(Kind kind, int number, Map<String, Object> raw, List<Fragment> summary, List<String> keptTexts,
                       List<Person> listed, List<Person> unlisted) {
        public String sourceUrl() {
            @SuppressWarnings("unchecked")
            Map<String, Object> source = (Map<String, Object>) raw.get("source");
            return (String) source.get("url");
        }

        public boolean expectRefusal() {
            return !unlisted.isEmpty();
        }
    }

    /** Plain text that shares words with names: none of it may change. */
    private static final List<String> PLAIN = List.of(
            "The group was active between May 2016 and June 2018. ",
            "The panel found gross misconduct, and he said he would not appeal. ",
            "A van was parked in St Mary's Road, which the panel will note. ",
            "Kent Police and the IOPC said young officers were warned. ",
            "Messages were sent over 7 months, from 3 March 2017. ",
            "She told the panel that the messages were a mark of the culture. ",
            "Gross misconduct was proven on 12 June. ",
            "The hearing heard evidence from a PC and a DC about the group. ");

    private static final String[] LOCALES = {"en-GB", "en-GB", "en-IE", "de", "fr", "es", "pl", "it", "nl", "sv",
            "tr", "cs", "hu", "pt", "da-DK", "nb-NO", "fi-FI"};
    private static final String[] NON_LATIN = {"ru", "uk", "el-GR", "bg", "zh-CN"};
    private static final String[][] NICKNAMES = {{"David", "Dave"}, {"William", "Bill"}, {"Robert", "Bob"},
            {"Elizabeth", "Liz"}, {"Margaret", "Peggy"}, {"Richard", "Dick"}, {"Katherine", "Kate"},
            {"Jonathan", "Jon"}, {"Anthony", "Tony"}, {"Michael", "Mike"}, {"Christopher", "Chris"},
            {"Stephen", "Steve"}, {"Rebecca", "Becky"}, {"Alexander", "Alex"}, {"Daniel", "Danny"}};
    /** Names that are also ordinary English words, and whether the word is a function word. */
    private static final String[][] ORDINARY = {{"Sarah", "May"}, {"Wei", "He"}, {"Kevin", "Gross"},
            {"Will", "Young"}, {"Mark", "Rose"}, {"Grace", "Hill"}, {"Hope", "King"}, {"Pieter", "van Dijk"},
            {"Maria", "de la Cruz"}, {"Omar", "al Rashid"}, {"Ahmed", "bin Salem"}, {"Mary", "St John"},
            {"June", "Long"}, {"Bill", "Page"}, {"Sam", "Kent"}};
    private static final Transliterator TO_LATIN = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    private final Random random;

    public HostileCorpus(long seed) {
        this.random = new Random(seed);
    }

    public List<Case> cases(int perKind) {
        List<Case> cases = new ArrayList<>();
        int n = 0;
        for (Kind kind : Kind.values()) {
            for (int i = 0; i < perKind; i++) {
                cases.add(build(kind, n++));
            }
        }
        return cases;
    }

    private String[] fakeName(String locale) {
        Faker faker = new Faker(Locale.forLanguageTag(locale), new Random(random.nextLong()));
        String first = faker.name().firstName().replaceAll("[\\s.]+", "");
        String last = faker.name().lastName().replaceAll("[\\s.]+", "-");
        return new String[] {first, last};
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    private Case build(Kind kind, int number) {
        List<Fragment> summary = new ArrayList<>();
        List<Person> listed = new ArrayList<>();
        List<Person> unlisted = new ArrayList<>();
        List<Map<String, Object>> officers = new ArrayList<>();
        List<Map<String, Object>> others = new ArrayList<>();
        String sourceUrl = "https://example.org/corpus/" + number;
        String sourceTitle = "Hearing outcome " + number;
        String publisher = "Corpus Constabulary";

        plain(summary);
        switch (kind) {
            case NICKNAME -> {
                String[] pair = NICKNAMES[random.nextInt(NICKNAMES.length)];
                String last = fakeName("en-GB")[1];
                officer(officers, listed, pair[0] + " " + last, null, pair[1], last);
                mention(summary, pick("PC ", "Sergeant ", "former PC ", "") + pair[1] + " " + last);
                plain(summary);
                mention(summary, pair[1] + " " + last + "'s");
            }
            case DIACRITICS -> {
                String[] name = accentedName();
                String folded = fold(name[0] + " " + name[1]);
                officer(officers, listed, pick(name[0] + " " + name[1], folded), null, name[0], name[1],
                        fold(name[0]), fold(name[1]));
                mention(summary, pick("PC ", "DC ", "") + pick(folded, name[0] + " " + name[1]));
                plain(summary);
                mention(summary, pick(name[1].toUpperCase(Locale.ROOT), fold(name[1]).toUpperCase(Locale.ROOT), name[1]));
            }
            case TRANSLITERATION -> {
                String[] name = fakeName(NON_LATIN[random.nextInt(NON_LATIN.length)]);
                String latinFirst = capitalise(fold(name[0]).replace(" ", ""));
                String latinLast = capitalise(fold(name[1]).replace(" ", ""));
                boolean listLatin = random.nextBoolean();
                officer(officers, listed, listLatin ? latinFirst + " " + latinLast : name[0] + " " + name[1], null,
                        name[0], name[1], latinFirst, latinLast);
                mention(summary, listLatin ? name[0] + " " + name[1] : latinFirst + " " + latinLast);
                plain(summary);
                mention(summary, "PC " + (listLatin ? name[1] : latinLast));
            }
            case UNICODE_TRICKS -> unicodeTrick(summary, officers, listed);
            case INITIALS -> {
                String[] name = fakeName("en-GB");
                String initials = name[0].substring(0, 1) + name[1].substring(0, 1);
                boolean listInitial = random.nextInt(3) == 0;
                officer(officers, listed, listInitial ? name[0].charAt(0) + ". " + name[1] : name[0] + " " + name[1],
                        null, name[0], name[1]);
                mention(summary, listInitial ? name[0] + " " + name[1] : pick(name[0].charAt(0) + ". " + name[1],
                        name[0].charAt(0) + " " + name[1], "PC " + name[0].charAt(0) + ". " + name[1]));
                plain(summary);
                if (!listInitial && !isAbbreviationLike(initials)) {
                    mention(summary, initials);
                    plain(summary);
                }
            }
            case RUN_TOGETHER -> {
                String[] name = fakeName("en-GB");
                String a = fold(name[0]).replace(" ", "");
                String b = fold(name[1]).replace(" ", "").replace("'", "");
                officer(officers, listed, name[0] + " " + name[1], null, name[0], name[1], a + b);
                mention(summary, pick(a + "." + b + "@corpus.police.uk", "@" + a + b, "example.org/pc" + a + b,
                        a + "%20" + b, "https://social.example/" + a.charAt(0) + b));
            }
            case WARRANT_NUMBER -> {
                String[] name = fakeName("en-GB");
                int digits = 4 + random.nextInt(3);
                String digitsText = String.valueOf((int) Math.pow(10, digits - 1) + random.nextInt((int) Math.pow(10, digits - 1) * 8));
                String warrant = pick("", "PC ", "MP") + digitsText;
                officer(officers, listed, name[0] + " " + name[1], warrant, name[0], name[1], digitsText);
                String spaced = digitsText.substring(0, 2) + " " + digitsText.substring(2);
                mention(summary, pick("PC" + digitsText, spaced, "0" + digitsText, "MP " + digitsText, "warrant number " + digitsText));
                plain(summary);
            }
            case ORDINARY_WORD_NAMES, PUBLISHER_AND_ROLE_WORDS -> ordinaryWordName(kind, summary, officers, listed, others);
            case ANONYMOUS_AT_SOURCE -> {
                Map<String, Object> officer = officerRecord(null, null);
                officer.put("label", "Officer " + pick("X", "Y", "Z"));
                officers.add(officer);
                summary.add(new Fragment("The panel directed that " + officer.get("label") + " should not be named. ", false));
            }
            case NAMED_SOURCE -> {
                String[] name = fakeName("en-GB");
                officer(officers, listed, name[0] + " " + name[1], null, name[0], name[1]);
                String slug = fold(name[0] + "-" + name[1]).replace(' ', '-');
                sourceUrl = "https://news.example/" + slug + "-dismissed-" + number;
                sourceTitle = "PC " + name[0] + " " + name[1] + " dismissed";
                mention(summary, "PC " + name[0] + " " + name[1]);
                plain(summary);
            }
            case UNLISTED_PERSON -> {
                String[] officerName = fakeName("en-GB");
                officer(officers, listed, officerName[0] + " " + officerName[1], null, officerName[0], officerName[1]);
                mention(summary, "PC " + officerName[1]);
                plain(summary);
                String[] other = fakeName(pick("en-GB", "en-GB", "de", "pl"));
                unlisted.add(new Person(other[0] + " " + other[1], null, List.of(other[1])));
                String first = NICKNAMES[random.nextInt(NICKNAMES.length)][0];
                String form = pick("Sergeant " + other[1], "Mr " + other[1], "Inspector " + other[1],
                        first + " " + other[1], fold(other[0]) + "." + fold(other[1]).replace(" ", "") + "@mail.example",
                        "@" + fold(other[0] + other[1]).replace(" ", ""), "Dr " + other[1], "DS " + other[1]);
                summary.add(new Fragment(form, true));
                summary.add(new Fragment(" gave evidence. ", false));
            }
        }
        plain(summary);

        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("force", "KENT");
        raw.put("hearingType", "MISCONDUCT_HEARING");
        raw.put("hearingDates", List.of("2023-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10)));
        String title = "Officer dismissed after gross misconduct hearing in May";
        String conduct = "Sent offensive messages; he said it was a joke.";
        raw.put("title", title);
        raw.put("conduct", conduct);
        raw.put("summary", String.join("", summary.stream().map(Fragment::text).toList()));
        raw.put("conductPeriod", Map.of("from", "2016-05", "to", "2018-06"));
        raw.put("officerCount", officers.size());
        raw.put("officers", officers);
        if (!others.isEmpty()) {
            raw.put("otherPeople", others);
        }
        raw.put("source", Map.of("url", sourceUrl, "publisher", publisher, "title", sourceTitle, "published", "2023-11-01"));
        raw.put("generated", true);
        return new Case(kind, number, raw, summary, List.of(title, conduct), listed, unlisted);
    }

    private void unicodeTrick(List<Fragment> summary, List<Map<String, Object>> officers, List<Person> listed) {
        String[] name = fakeName("en-GB");
        String first = name[0];
        String last = name[1];
        int cut = Math.max(1, last.length() / 2);
        Function<String, String> broken = switch (random.nextInt(6)) {
            case 0 -> s -> s.substring(0, cut) + "\u00ad" + s.substring(cut);
            case 1 -> s -> s.substring(0, cut) + "\u200b" + s.substring(cut);
            case 2 -> s -> s.substring(0, cut) + "-\n" + s.substring(cut);
            case 3 -> s -> s.replace("e", "e\u0301").replace("o", "o\u0308");
            case 4 -> s -> s.replace("'", "\u2019");
            default -> s -> s.substring(0, cut) + "\u200d" + s.substring(cut);
        };
        String listedName = pick(first + "\u00a0" + last, first + " " + last, first + " " + last.replace("'", "\u2019"));
        String warrant = String.valueOf(10000 + random.nextInt(89999));
        officer(officers, listed, listedName, warrant, first, last, warrant);
        mention(summary, "PC " + broken.apply(last));
        plain(summary);
        String fullWidth = warrant.chars().mapToObj(c -> String.valueOf((char) (c - '0' + '\uff10'))).reduce("", String::concat);
        mention(summary, pick(first + "\u2009" + last, fullWidth, first + " " + broken.apply(last)));
    }

    private void ordinaryWordName(Kind kind, List<Fragment> summary, List<Map<String, Object>> officers,
                                  List<Person> listed, List<Map<String, Object>> others) {
        if (kind == Kind.PUBLISHER_AND_ROLE_WORDS) {
            String[] name = fakeName("en-GB");
            officer(officers, listed, "Sam Kent", "7", "Sam Kent");
            mention(summary, "PC Sam Kent");
            summary.add(new Fragment("Kent Police acted on 7 July. ", false));
            String commander = "Commander " + name[0] + " " + name[1];
            others.add(Map.of("name", commander, "role", "a commander"));
            listed.add(new Person(commander, null, List.of(name[0] + " " + name[1], name[1])));
            mention(summary, commander);
            summary.add(new Fragment("A commander must act. ", false));
            return;
        }
        String[] name = ORDINARY[random.nextInt(ORDINARY.length)];
        boolean functionWord = name[1].equals("He") || name[1].contains(" ");
        officer(officers, listed, pick("PC ", "") + name[0] + " " + name[1], null, name[0] + " " + name[1]);
        mention(summary, pick("PC ", "Sergeant ", "") + name[0] + " " + name[1]);
        plain(summary);
        mention(summary, "Sergeant " + name[1]);
        plain(summary);
        if (!functionWord) {
            summary.add(new Fragment("The panel heard that ", false));
            mention(summary, name[1]);
        }
    }

    private static boolean isAbbreviationLike(String initials) {
        return List.of("PC", "PS", "DC", "DS", "DI", "SC", "UK", "US", "ID", "IT", "AM", "PM", "TV", "OK", "MP", "GP",
                "HQ", "GB", "CC", "AE", "KC", "QC", "EU", "UN").contains(initials);
    }

    private void plain(List<Fragment> summary) {
        summary.add(new Fragment(PLAIN.get(random.nextInt(PLAIN.size())), false));
    }

    private void mention(List<Fragment> summary, String text) {
        summary.add(new Fragment(text, true));
        summary.add(new Fragment(pick(" lied. ", " was dismissed. ", " said so. ", " gave evidence. ", " resigned. "), false));
    }

    private Person officer(List<Map<String, Object>> officers, List<Person> listed, String name, String warrant,
                           String... spellings) {
        officers.add(officerRecord(name, warrant));
        Person person = new Person(name, warrant, List.of(spellings));
        listed.add(person);
        return person;
    }

    private Map<String, Object> officerRecord(String name, String warrant) {
        Map<String, Object> officer = new LinkedHashMap<>();
        if (name != null) {
            officer.put("name", name);
        }
        if (warrant != null) {
            officer.put("warrantNumber", warrant);
        }
        officer.put("rank", "CONSTABLE");
        officer.put("status", "SERVING");
        officer.put("allegations", List.of(Map.of("description", "Sent offensive messages in May 2016.",
                "standards", List.of("DISCREDITABLE_CONDUCT"), "finding", "GROSS_MISCONDUCT")));
        officer.put("outcome", "DISMISSED_WITHOUT_NOTICE");
        officer.put("barredList", true);
        return officer;
    }

    private String[] accentedName() {
        String[][] names = {{"Zoë", "Brontë"}, {"Nils", "Sørensen"}, {"Jürgen", "Müller"}, {"Anna", "Weiß"},
                {"Łukasz", "Wójcik"}, {"François", "Lefèvre"}, {"Iñaki", "Muñoz"}, {"Çağla", "Öztürk"},
                {"Siobhán", "Ó Briain"}, {"Dvořák", "Jiří"}, {"Ásgeir", "Þórsson"}, {"Renée", "Bérénice"}};
        if (random.nextBoolean()) {
            return names[random.nextInt(names.length)];
        }
        String[] fake = fakeName(pick("de", "fr", "es", "pl", "tr", "cs", "hu", "sv"));
        return fold(fake[0] + fake[1]).equals(fake[0] + fake[1]) ? names[random.nextInt(names.length)] : fake;
    }

    /** Latin letters without accents (the generator's spelling of a name as an English text would write it). */
    public static String fold(String text) {
        return TO_LATIN.transliterate(text).replace("ß", "ss");
    }

    private static String capitalise(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
