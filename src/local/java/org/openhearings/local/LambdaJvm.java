package org.openhearings.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The JVM the functions get on Lambda, as far as a local child JVM can be given it. */
public final class LambdaJvm {
    private LambdaJvm() {
    }

    /**
     * The functions' {@code JAVA_TOOL_OPTIONS} and {@code MemorySize} from template.yaml's Globals, so a child
     * JVM (the benchmark's two handlers, a test's cold start) starts as Lambda would start it: with those
     * options, heap sizes taken from that memory ({@code MaxRAM}) rather than this machine's, and the serial
     * collector, which the JVM itself picks on a machine of less than ~1.8 GB (this one has more, so it is named).
     */
    public static List<String> options() {
        String template;
        try {
            template = Files.readString(Path.of("template.yaml"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher options = Pattern.compile("(?m)^\\s+JAVA_TOOL_OPTIONS:\\s*(.+)$").matcher(template);
        Matcher memory = Pattern.compile("(?m)^\\s+MemorySize:\\s*(\\d+)").matcher(template);
        if (!options.find() || !memory.find()) {
            throw new IllegalStateException("template.yaml's Globals name no JAVA_TOOL_OPTIONS or MemorySize");
        }
        List<String> flags = new ArrayList<>(Arrays.asList(options.group(1).strip().split("\\s+")));
        flags.add("-XX:MaxRAM=" + memory.group(1) + "m");
        if (Integer.parseInt(memory.group(1)) < 1792) {
            flags.add("-XX:+UseSerialGC");
        }
        return List.copyOf(flags);
    }
}
