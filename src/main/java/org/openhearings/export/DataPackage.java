package org.openhearings.export;

import org.openhearings.domain.DataLicence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bulk files as a Frictionless Data Package ({@code datapackage.json}): each file a resource with its
 * address, size and SHA-256, each CSV file a tabular resource with the Table Schema of its columns; the
 * licence, and the dataset version (the newest file's time). Bounded like the manifest: two resources a year.
 */
public final class DataPackage {
    private DataPackage() {
    }

    public static Map<String, Object> describe(List<BulkFile> files, Instant version, String baseUrl) {
        Map<String, Object> descriptor = new LinkedHashMap<>();
        descriptor.put("name", "openhearings");
        descriptor.put("title", DatasetDescription.TITLE);
        descriptor.put("description", "Every published hearing record: as CSV (one row per officer) and as JSON Lines "
                + "(one record per line), two files per year of hearing. No person is named.");
        descriptor.put("homepage", baseUrl + "/about");
        if (version != null) {
            descriptor.put("version", version.toString());
            descriptor.put("created", version.toString());
        }
        Map<String, Object> licence = new LinkedHashMap<>();
        licence.put("name", DataLicence.OGL_3.identifier());
        licence.put("path", DataLicence.OGL_3.url());
        licence.put("title", DataLicence.OGL_3.name());
        descriptor.put("licenses", List.of(licence));
        List<Map<String, Object>> resources = new ArrayList<>();
        for (BulkFile file : files) {
            Map<String, Object> resource = new LinkedHashMap<>();
            resource.put("name", file.name());
            resource.put("path", baseUrl + file.url());
            resource.put("description", file.description());
            boolean csv = file.name().endsWith(".csv");
            resource.put("format", csv ? "csv" : "jsonl");
            resource.put("mediatype", csv ? "text/csv" : "application/jsonl");
            resource.put("encoding", "utf-8");
            resource.put("bytes", file.bytes());
            resource.put("hash", "sha256:" + file.sha256());
            if (csv) {
                resource.put("profile", "tabular-data-resource");
                resource.put("schema", HearingCsv.tableSchema());
            }
            resources.add(resource);
        }
        descriptor.put("resources", resources);
        return descriptor;
    }
}
