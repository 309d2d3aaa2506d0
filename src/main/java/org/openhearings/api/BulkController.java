package org.openhearings.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.serde.annotation.Serdeable;
import org.openhearings.export.BulkFile;
import org.openhearings.store.BulkStore;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/** {@code /api/v1/bulk}: the whole dataset as files, with row counts, generation time and checksums. */
@Controller("/api/v1/bulk")
public class BulkController {
    private final BulkStore bulk;

    public BulkController(BulkStore bulk) {
        this.bulk = bulk;
    }

    /** The list of bulk files. */
    @Serdeable
    public record BulkFiles(List<BulkFile> files) {
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    public BulkFiles files(HttpRequest<?> request) {
        new QueryParameters(request.getParameters(), Set.of());
        return new BulkFiles(bulk.manifest());
    }

    @Get(uri = "/{name}", produces = {"text/csv", "application/jsonl"})
    public MutableHttpResponse<String> file(@PathVariable String name, HttpRequest<?> request) {
        new QueryParameters(request.getParameters(), Set.of());
        BulkFile file = bulk.manifest().stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFoundException("No bulk file is called \"" + name + "\"; see /api/v1/bulk."));
        byte[] content = bulk.content(file).orElseThrow(() -> new NotFoundException("The bulk file is being rebuilt; try again shortly."));
        return HttpResponse.ok(new String(content, StandardCharsets.UTF_8)).contentType(file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.name() + "\"")
                // RFC 9530: the checksum of the bytes sent, for clients that verify on the fly.
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(file.sha256())) + ":");
    }
}
