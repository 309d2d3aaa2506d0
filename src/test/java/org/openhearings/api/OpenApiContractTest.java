package org.openhearings.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.micronaut.http.HttpMethod;
import io.micronaut.web.router.Router;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhearings.domain.CountQualifier;
import org.openhearings.domain.Finding;
import org.openhearings.domain.Force;
import org.openhearings.domain.HearingType;
import org.openhearings.domain.OfficerStatus;
import org.openhearings.domain.Outcome;
import org.openhearings.domain.Rank;
import org.openhearings.domain.Standard;
import org.openhearings.testing.HttpTestClient;
import org.openhearings.testing.LocalServer;
import org.openhearings.testing.TestStack;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The OpenAPI document served by the app: valid, complete, and true to what the API really answers. */
class OpenApiContractTest {
    private static HttpTestClient http;
    private static String yaml;
    private static JsonNode document;

    @BeforeAll
    static void start() throws IOException {
        http = LocalServer.client();
        HttpResponse<String> response = http.get("/api/v1/openapi.yaml");
        assertEquals(200, response.statusCode());
        yaml = response.body();
        document = new YAMLMapper().readTree(yaml);
    }

    @Test
    void theDocumentLintsCleanWithTheReferenceParser() {
        SwaggerParseResult result = new OpenAPIParser().readContents(yaml, null, null);
        assertEquals(List.of(), result.getMessages());
        assertEquals("3.1.0", result.getOpenAPI().getOpenapi());
    }

    @Test
    void everyApiRouteIsDocumentedAndEveryDocumentedPathIsARoute() {
        Set<String> routes = TestStack.loadedApp().getBean(Router.class).uriRoutes()
                .filter(r -> r.getHttpMethod() == HttpMethod.GET)
                .map(r -> r.getUriMatchTemplate().toString())
                .filter(path -> path.startsWith("/api/v1"))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> documented = new TreeSet<>();
        document.get("paths").fieldNames().forEachRemaining(documented::add);
        assertEquals(routes, documented);
    }

    /** Real answers of the running API, each checked against the schema the document gives for it. */
    @ParameterizedTest
    @CsvSource({
            "/api/v1/hearings, HearingList",
            "/api/v1/hearings?force=METROPOLITAN&outcome=WOULD_HAVE_BEEN_DISMISSED, HearingList",
            "/api/v1/hearings?limit=100&from=2016-01-01&to=2018-12-31, HearingList",
            "/api/v1/hearings/h-3b73d1c153734c18, Hearing",
            "/api/v1/reference, ReferenceData",
            "/api/v1/stats, StatsOverview",
            "/api/v1/stats/officers/outcome?by=year, StatsTable",
            "/api/v1/stats/hearings/standard?force=METROPOLITAN, StatsTable",
            "/api/v1/stats/officers/force?by=year&from=2018&to=2022, StatsTable",
            "/api/v1/stats/timings?by=force, TimingStats",
            "/api/v1/stats/timings/cases?force=KENT&limit=5, CaseTimingList",
            "/api/v1/stats/officers/nothing, Problem",
            "/api/v1/changes?limit=50, ChangeList",
            "/api/v1/bulk, BulkFiles",
            "/api/v1/hearings?limit=abc, Problem",
            "/api/v1/hearings/h-none, Problem"})
    void realResponsesValidateAgainstTheirSchemas(String path, String schemaName) throws IOException {
        HttpResponse<String> response = http.get(path);
        JsonNode body = new ObjectMapper().readTree(response.body());
        assertEquals(List.of(), validate(schemaName, body), path);
    }

    @Test
    void everyHearingServedValidates() throws IOException {
        JsonNode page = new ObjectMapper().readTree(http.get("/api/v1/hearings?limit=100").body());
        List<String> failures = new ArrayList<>();
        for (JsonNode item : page.get("items")) {
            String id = item.get("id").asText();
            List<Error> errors = validate("Hearing", new ObjectMapper().readTree(http.get("/api/v1/hearings/" + id).body()));
            if (!errors.isEmpty()) {
                failures.add(id + ": " + errors);
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void aSchemaCheckCanFail() throws IOException {
        JsonNode wrong = new ObjectMapper().readTree("{\"id\": 1, \"force\": \"ATLANTIS\"}");
        assertTrue(validate("Hearing", wrong).size() >= 2);
    }

    @ParameterizedTest
    @CsvSource({"Force", "HearingType", "Outcome", "Finding", "Standard", "Rank", "OfficerStatus", "CountQualifier"})
    void everyVocabularyEqualsItsEnum(String name) {
        Map<String, Class<? extends Enum<?>>> enums = Map.of("Force", Force.class, "HearingType", HearingType.class,
                "Outcome", Outcome.class, "Finding", Finding.class, "Standard", Standard.class, "Rank", Rank.class,
                "OfficerStatus", OfficerStatus.class, "CountQualifier", CountQualifier.class);
        List<String> documented = new ArrayList<>();
        document.get("components").get("schemas").get(name).get("enum").forEach(v -> documented.add(v.asText()));
        assertEquals(Arrays.stream(enums.get(name).getEnumConstants()).map(Enum::name).toList(), documented);
    }

    private static List<Error> validate(String schemaName, JsonNode body) {
        ObjectNode wrapper = new ObjectMapper().createObjectNode();
        wrapper.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        wrapper.put("$ref", "#/components/schemas/" + schemaName);
        wrapper.set("components", document.get("components"));
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(wrapper);
        return schema.validate(body);
    }
}
