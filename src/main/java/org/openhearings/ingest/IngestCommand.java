package org.openhearings.ingest;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Command-line ingest for operators: {@code IngestCommand FILE_OR_DIR...}. Prints the report as JSON;
 * exits 1 if any record was refused (the others are still written). Then brings the bulk files of the
 * years it changed up to date at once, as the schedule would (its years go to standard error).
 */
public final class IngestCommand {
    private IngestCommand() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: IngestCommand FILE_OR_DIRECTORY...");
            System.exit(2);
        }
        try (ApplicationContext context = ApplicationContext.run()) {
            System.exit(run(context, args, System.out));
        }
    }

    /** Ingests the files, prints the report (counts, and refusals by record, field and rule) and gives the exit code. */
    static int run(ApplicationContext context, String[] args, PrintStream out) throws IOException {
        IngestReport report = context.getBean(IngestService.class).ingest(readAll(args));
        out.println(context.getBean(JsonMapper.class).writeValueAsString(report));
        System.err.println("bulk files rebuilt for " + context.getBean(BulkRebuild.class).rebuildPending());
        return report.rejected().isEmpty() ? 0 : 1;
    }

    static List<IngestService.RawFile> readAll(String... paths) throws IOException {
        List<IngestService.RawFile> files = new ArrayList<>();
        for (String arg : paths) {
            Path path = Path.of(arg);
            List<Path> jsonFiles;
            if (Files.isDirectory(path)) {
                try (Stream<Path> listing = Files.list(path)) {
                    jsonFiles = listing.filter(p -> p.toString().endsWith(".json")).sorted().toList();
                }
            } else {
                jsonFiles = List.of(path);
            }
            for (Path file : jsonFiles) {
                files.add(new IngestService.RawFile(file.getFileName().toString(), Files.readAllBytes(file)));
            }
        }
        return files;
    }
}
