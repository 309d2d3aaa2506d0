package org.openhearings.ingest;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
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
import org.openhearings.local.SampleData;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The documented raw format (docs/raw-hearing.schema.json) stays true to what ingest accepts. */
class RawHearingSchemaTest {
    private static final Path SCHEMA = Path.of("docs/raw-hearing.schema.json");
    private static final JsonMapper JSON = JsonMapper.createDefault();

    private static Schema schema() throws IOException {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(SCHEMA));
    }

    @Test
    void theSampleDataIsValidAgainstTheSchema() throws IOException {
        Schema schema = schema();
        assertEquals(List.of(), schema.validate(new String(SampleData.seedCase().content(), StandardCharsets.UTF_8), InputFormat.JSON));
        String generated = new String(SampleData.generated(JSON, 50, 99).content(), StandardCharsets.UTF_8);
        assertEquals(List.of(), schema.validate(generated, InputFormat.JSON));
    }

    @Test
    void theSchemaRefusesWhatIngestRefuses() throws IOException {
        String seed = new String(SampleData.seedCase().content(), StandardCharsets.UTF_8);
        List<Error> errors = schema().validate(seed.replace("\"METROPOLITAN\"", "\"ATLANTIS\""), InputFormat.JSON);
        assertFalse(errors.isEmpty());
    }

    @ParameterizedTest
    @CsvSource({
            "/$defs/hearing/properties/force, Force",
            "/$defs/hearing/properties/hearingType, HearingType",
            "/$defs/hearing/properties/evidence/properties/qualifier, CountQualifier",
            "/$defs/officer/properties/rank, Rank",
            "/$defs/officer/properties/status, OfficerStatus",
            "/$defs/officer/properties/outcome, Outcome",
            "/$defs/officer/properties/allegations/items/properties/finding, Finding",
            "/$defs/officer/properties/allegations/items/properties/standards/items, Standard"})
    void everyVocabularyInTheSchemaEqualsItsEnum(String pointer, String enumName) throws IOException {
        Map<String, Class<? extends Enum<?>>> enums = Map.of("Force", Force.class, "HearingType", HearingType.class,
                "CountQualifier", CountQualifier.class, "Rank", Rank.class, "OfficerStatus", OfficerStatus.class,
                "Outcome", Outcome.class, "Finding", Finding.class, "Standard", Standard.class);
        JsonNode node = JSON.readValue(Files.readString(SCHEMA), JsonNode.class);
        for (String step : pointer.substring(1).split("/")) {
            node = node.get(step);
        }
        List<String> inSchema = new ArrayList<>();
        node.get("enum").values().forEach(v -> inSchema.add(v.getStringValue()));
        List<String> inCode = Arrays.stream(enums.get(enumName).getEnumConstants()).map(Enum::name).toList();
        assertEquals(inCode, inSchema);
    }
}
