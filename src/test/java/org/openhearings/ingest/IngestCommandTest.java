package org.openhearings.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IngestCommandTest {
    @Test
    void readsTheJsonFilesOfADirectoryInNameOrderAndSingleFilesAsGiven(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("b.json"), "[]");
        Files.writeString(dir.resolve("a.json"), "{}");
        Files.writeString(dir.resolve("notes.txt"), "not a record");
        Path single = Files.writeString(dir.resolveSibling(dir.getFileName() + "-single.json"), "{}");

        List<IngestService.RawFile> files = IngestCommand.readAll(dir.toString(), single.toString());

        assertEquals(List.of("a.json", "b.json", single.getFileName().toString()),
                files.stream().map(IngestService.RawFile::name).toList());
        assertEquals("[]", new String(files.get(1).content()));
        Files.delete(single);
    }
}
