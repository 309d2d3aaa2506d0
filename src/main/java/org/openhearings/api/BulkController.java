package org.openhearings.api;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.serde.annotation.Serdeable;
import org.openhearings.domain.DataLicence;
import org.openhearings.export.BulkFile;
import org.openhearings.export.DataPackage;
import org.openhearings.store.BulkStore;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /api/v1/bulk}: the dataset as files, two per year of hearing, with row counts, generation time and
 * checksums; a file is a redirect to a download link that works for 15 minutes, so no file passes through
 * the function's response, whatever its size.
 */
@Controller("/api/v1/bulk")
public class BulkController {
    private final BulkStore bulk;
    private final PublicBaseUrl baseUrl;

    public BulkController(BulkStore bulk, PublicBaseUrl baseUrl) {
        this.bulk = bulk;
        this.baseUrl = baseUrl;
    }

    /**
     * The list of bulk files, the licence they are published under, and the dataset's version: the time
     * of the newest file (any change to the data makes a newer one), null before the first.
     */
    @Serdeable
    public record BulkFiles(Instant version, DataLicence licence, List<BulkFile> files) {
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    public BulkFiles files(HttpRequest<?> request) {
        new QueryParameters(request.getParameters(), Set.of());
        List<BulkFile> files = bulk.manifest();
        return new BulkFiles(version(files), DataLicence.OGL_3, files);
    }

    /** The files as a Frictionless Data Package: resources with sizes and hashes, the CSV's Table Schema, the licence. */
    @Get(uri = "/datapackage.json", produces = MediaType.APPLICATION_JSON)
    public Map<String, Object> dataPackage(HttpRequest<?> request) {
        new QueryParameters(request.getParameters(), Set.of());
        List<BulkFile> files = bulk.manifest();
        return DataPackage.describe(files, version(files), baseUrl.of(request));
    }

    private static Instant version(List<BulkFile> files) {
        return files.stream().map(BulkFile::generatedAt).max(Comparator.naturalOrder()).orElse(null);
    }

    @Get(uri = "/{name}")
    public MutableHttpResponse<?> file(@PathVariable String name, HttpRequest<?> request) {
        new QueryParameters(request.getParameters(), Set.of());
        BulkFile file = bulk.manifest().stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFoundException("No bulk file is called \"" + name + "\"; see /api/v1/bulk."));
        // The link expires: neither the redirect nor the link may be cached.
        return HttpResponse.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, bulk.link(file).toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
