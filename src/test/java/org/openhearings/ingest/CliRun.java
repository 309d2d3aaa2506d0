package org.openhearings.ingest;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.ApplicationContext;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** One run of the command-line ingest on a directory: its exit code, what it printed and every log line it wrote. */
record CliRun(int exit, String printed, String logged) {

    static CliRun of(ApplicationContext context, Path dir) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        logs.start();
        root.addAppender(logs);
        try {
            int exit = IngestCommand.run(context, new String[] {dir.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8));
            return new CliRun(exit, out.toString(StandardCharsets.UTF_8), logs.list.stream()
                    .map(e -> e.getFormattedMessage() + " " + e.getMDCPropertyMap()).collect(Collectors.joining("\n")));
        } finally {
            root.detachAppender(logs);
        }
    }
}
