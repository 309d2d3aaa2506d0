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
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import org.openhearings.domain.DataLicence;
import org.openhearings.export.BulkFile;
import org.openhearings.export.DataPackage;
import org.openhearings.export.DcatCatalog;
import org.openhearings.store.BulkStore;

import java.io.IOException;
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
    static final String DCAT_MEDIA_TYPE = "application/ld+json";
    private final BulkStore bulk;
    private final PublicBaseUrl baseUrl;
    private final JsonMapper json;

    public BulkController(BulkStore bulk, PublicBaseUrl baseUrl, JsonMapper json) {
        this.bulk = bulk;
        this.baseUrl = baseUrl;
        this.json = json;
    }

    /**
     * The list of bulk files, the licence they are published under, and the dataset's version: the time
     * of the newest file (any change to the data makes a newer one), null before the first.
     */
    @Serdeable
    public record BulkFiles(Instant version, DataLicence licence, List<BulkFile> files) {
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    public MutableHttpResponse<?> files(HttpRequest<?> request) {
        new QueryParameters(request.getParameters(), Set.of());
        List<BulkFile> files = bulk.manifest();
        return HttpResponse.ok(new BulkFiles(version(files), DataLicence.OGL_3, files));
    }

    /** The files as a Frictionless Data Package: resources with sizes and hashes, the CSV's Table Schema, the licence. */
    @Get(uri = "/datapackage.json", produces = MediaType.APPLICATION_JSON)
    public MutableHttpResponse<?> dataPackage(HttpRequest<?> request) {
        new QueryParameters(request.getParameters(), Set.of());
        List<BulkFile> files = bulk.manifest();
        return HttpResponse.ok(DataPackage.describe(files, version(files), baseUrl.of(request)));
    }

    /** The same files as a W3C DCAT catalogue in JSON-LD, for portals that harvest DCAT. */
    @Get(uri = "/catalog.jsonld", produces = DCAT_MEDIA_TYPE)
    public MutableHttpResponse<String> catalog(HttpRequest<?> request) throws IOException {
        new QueryParameters(request.getParameters(), Set.of());
        List<BulkFile> files = bulk.manifest();
        // Written here: the JSON codec would label it application/json, which harvesters do not read as JSON-LD.
        String body = json.writeValueAsString(DcatCatalog.describe(files, version(files), baseUrl.of(request)));
        return HttpResponse.ok(body).contentType(DCAT_MEDIA_TYPE);
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
