package org.openhearings.ingest;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Command-line ingest for operators: {@code IngestCommand FILE_OR_DIR...}. Prints the report as JSON;
 * exits 1 if any record was refused (the others are still written). Then brings the bulk files of the
 * years it changed up to date at once, as the schedule would (its years go to standard error).
 * {@code IngestCommand --preview OUT_DIR FILE_OR_DIR...} writes nothing to the store: one HTML page per
 * record in OUT_DIR showing what would be published, replaced and refused, and where.
 */
public final class IngestCommand {
    private IngestCommand() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0 || args[0].equals("--preview") && args.length < 3) {
            System.err.println("usage: IngestCommand FILE_OR_DIRECTORY...  |  IngestCommand --preview OUT_DIR FILE_OR_DIRECTORY...");
            System.exit(2);
        }
        try (ApplicationContext context = ApplicationContext.run()) {
            System.exit(run(context, args, System.out));
        }
    }

    /** Ingests the files, prints the report (counts, and refusals by record, field and rule) and gives the exit code. */
    static int run(ApplicationContext context, String[] args, PrintStream out) throws IOException {
        if (args[0].equals("--preview")) {
            return preview(context, Path.of(args[1]), Arrays.copyOfRange(args, 2, args.length), out);
        }
        IngestReport report = context.getBean(IngestService.class).ingest(readAll(args));
        out.println(context.getBean(JsonMapper.class).writeValueAsString(report));
        System.err.println("bulk files rebuilt for " + context.getBean(BulkRebuild.class).rebuildPending());
        return report.rejected().isEmpty() ? 0 : 1;
    }

    /** One page per record; prints each page's path and whether the record would be published. */
    static int preview(ApplicationContext context, Path outDir, String[] paths, PrintStream out) throws IOException {
        RawHearingReader reader = context.getBean(RawHearingReader.class);
        HearingAnonymiser anonymiser = context.getBean(HearingAnonymiser.class);
        Files.createDirectories(outDir);
        boolean allPublishable = true;
        for (IngestService.RawFile file : readAll(paths)) {
            for (RawHearingReader.Result result : reader.read(file.content(), file.name())) {
                AnonymisationReview review = result.valid() && result.hearing() != null
                        ? anonymiser.review(result.record(), result.hearing())
                        : new AnonymisationReview(null, null, List.of(), result.errors());
                Path page = outDir.resolve(result.record().replaceAll("[^A-Za-z0-9.-]+", "-") + ".html");
                Files.writeString(page, PreviewReport.html(result.record(), review));
                allPublishable &= review.errors().isEmpty();
                out.println(page + (review.errors().isEmpty() ? "  publishable" : "  refused (" + review.errors().size() + ")"));
            }
        }
        return allPublishable ? 0 : 1;
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
