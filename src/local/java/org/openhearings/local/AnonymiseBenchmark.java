package org.openhearings.local;

import io.micronaut.context.ApplicationContext;
import org.openhearings.ingest.HearingAnonymiser;
import org.openhearings.ingest.InvalidRecordException;
import org.openhearings.ingest.RawHearingReader;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Ingest's anonymisation time per KB of free text, for prose and for hostile shapes, at 1 to 200 KB: the
 * seed case with its summary replaced, read and anonymised as ingest does (refused or not). Prints the
 * median ms per KB of summary at each size, the record's own cost (the same record with a one-word summary,
 * measured in the same run) taken off, and the ratio of 200 KB's to 10 KB's (at 1 KB the difference is
 * within the record's own cost's noise): flat (1.0) means linear.
 * {@code mvn -q test-compile exec:exec -Dopenhearings.main=org.openhearings.local.AnonymiseBenchmark}
 */
public final class AnonymiseBenchmark {
    private static final int[] SIZES_KB = {1, 10, 50, 100, 200};
    private static final int ROUNDS = 5;

    private AnonymiseBenchmark() {
    }

    public static void main(String[] args) {
        Map<String, IntFunction<String>> shapes = new LinkedHashMap<>();
        shapes.put("prose, listed names", bytes -> repeat(bytes, i -> "PC Glynn Rees and former PC Lee South were found on "
                + (1 + i % 28) + " May 2021 to have breached the standards of honesty and integrity; Rees admitted it in Norwich. "));
        shapes.put("unknown capitalised words", bytes -> repeat(bytes, i -> "Zorblat Quenwick" + (char) ('a' + i % 26) + " met Ardley. "));
        shapes.put("identifiers", bytes -> repeat(bytes, i -> "Call 07700 900" + (100 + i % 800) + " or write to SW1A 1AA about AB12 CDE. "));
        shapes.put("markup and entities", bytes -> repeat(bytes, i -> "<b>G</b>&#108;ynn <i>R</i>ees &amp; **South** 𝐑𝐞𝐞𝐬. "));
        shapes.put("100-character tokens", bytes -> repeat(bytes, i -> "x".repeat(99) + (char) ('a' + i % 26) + " "));
        shapes.put("one unbroken token", bytes -> "y".repeat(Math.max(bytes - 2, 1)));
        shapes.put("combining marks", bytes -> "e" + "\u0301".repeat(Math.max(bytes / 2 - 1, 1)));
        try (ApplicationContext context = ApplicationContext.run()) {
            RawHearingReader reader = context.getBean(RawHearingReader.class);
            HearingAnonymiser anonymiser = context.getBean(HearingAnonymiser.class);
            String seed = new String(SampleData.seedCase().content(), StandardCharsets.UTF_8);
            double baseline = medianMs(reader, anonymiser, withSummary(seed, "Dismissed."));
            System.out.printf("the record with a one-word summary: %.1f ms (taken off each figure below)%n", baseline);
            System.out.printf("%-26s %s   %s%n", "shape", Arrays.stream(SIZES_KB).mapToObj(kb -> String.format("%6d KB", kb))
                    .reduce("", String::concat), "  200 KB / 10 KB (ms per KB)");
            for (Map.Entry<String, IntFunction<String>> shape : shapes.entrySet()) {
                double[] msPerKb = new double[SIZES_KB.length];
                for (int s = 0; s < SIZES_KB.length; s++) {
                    String record = withSummary(seed, shape.getValue().apply(SIZES_KB[s] * 1000));
                    msPerKb[s] = Math.max(0, medianMs(reader, anonymiser, record) - baseline) / SIZES_KB[s];
                }
                System.out.printf("%-26s %s   %6.2f%n", shape.getKey(), Arrays.stream(msPerKb)
                        .mapToObj(v -> String.format("%9.3f", v)).reduce("", String::concat), msPerKb[SIZES_KB.length - 1] / msPerKb[1]);
            }
        }
    }

    /** The median of {@link #ROUNDS} timed runs, after one untimed. */
    private static double medianMs(RawHearingReader reader, HearingAnonymiser anonymiser, String record) {
        anonymise(reader, anonymiser, record);
        long[] times = new long[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            long start = System.nanoTime();
            anonymise(reader, anonymiser, record);
            times[r] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        return times[ROUNDS / 2] / 1e6;
    }

    private static void anonymise(RawHearingReader reader, HearingAnonymiser anonymiser, String record) {
        for (RawHearingReader.Result result : reader.read(record.getBytes(StandardCharsets.UTF_8), "benchmark.json")) {
            if (!result.valid()) {
                continue;
            }
            try {
                anonymiser.anonymise(result.record(), result.hearing());
            } catch (InvalidRecordException refused) {
                // a refusal is an answer too: its time counts
            }
        }
    }

    private static String withSummary(String seed, String summary) {
        String escaped = summary.replace("\\", "\\\\").replace("\"", "\\\"");
        return seed.replaceFirst("\"summary\": \"[^\"]*\"", java.util.regex.Matcher.quoteReplacement("\"summary\": \"" + escaped + "\""));
    }

    private static String repeat(int bytes, IntFunction<String> sentence) {
        StringBuilder text = new StringBuilder(bytes + 200);
        for (int i = 0; text.length() < bytes; i++) {
            text.append(sentence.apply(i));
        }
        return text.substring(0, bytes);
    }
}
