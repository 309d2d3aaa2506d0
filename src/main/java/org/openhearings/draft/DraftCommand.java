package org.openhearings.draft;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Command-line drafting for operators: {@code DraftCommand NOTICE.txt [--url U] [--publisher P] [--published YYYY-MM-DD]}.
 * Prints the draft as JSON: the record to review, the evidence for each field, the people found and what
 * could not be determined. Nothing is written to the store: a reviewed record goes through ingest.
 */
public final class DraftCommand {
    private static final Set<String> OPTIONS = Set.of("--url", "--publisher", "--published");

    private DraftCommand() {
    }

    public static void main(String[] args) throws IOException {
        try (ApplicationContext context = ApplicationContext.run()) {
            System.exit(run(context, args, System.out, System.err));
        }
    }

    static int run(ApplicationContext context, String[] args, PrintStream out, PrintStream err) throws IOException {
        Map<String, String> options = new HashMap<>();
        Path notice = null;
        for (int i = 0; i < args.length; i++) {
            if (OPTIONS.contains(args[i]) && i + 1 < args.length) {
                options.put(args[i], args[++i]);
            } else if (notice == null && !args[i].startsWith("--")) {
                notice = Path.of(args[i]);
            } else {
                notice = null;
                break;
            }
        }
        if (notice == null || !Files.isRegularFile(notice)) {
            err.println("usage: DraftCommand NOTICE.txt [--url URL] [--publisher NAME] [--published YYYY-MM-DD]");
            return 2;
        }
        String text = Files.readString(notice, StandardCharsets.UTF_8);
        NoticeDrafter.SourceHint hint = new NoticeDrafter.SourceHint(options.get("--url"), options.get("--publisher"), options.get("--published"));
        Draft draft = context.getBean(NoticeDrafter.class).draft(text, hint);
        out.println(new String(context.getBean(JsonMapper.class).writeValueAsBytes(draft), StandardCharsets.UTF_8));
        return 0;
    }
}
