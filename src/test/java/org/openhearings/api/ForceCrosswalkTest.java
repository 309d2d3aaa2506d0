package org.openhearings.api;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;
import org.openhearings.domain.Force;
import org.openhearings.testing.HttpTestClient;
import org.openhearings.testing.LocalServer;
import org.openhearings.testing.TestStack;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The crosswalk as a data user joins on it: one ONS Police Force Area code for each of the 43 territorial
 * forces (39 English E23, 4 Welsh W15), none for the national forces; one data.police.uk id each, none
 * repeated; the same values in the reference data and in every CSV row.
 */
class ForceCrosswalkTest {
    private static final List<Force> NATIONAL = List.of(Force.BRITISH_TRANSPORT_POLICE, Force.MINISTRY_OF_DEFENCE_POLICE,
            Force.CIVIL_NUCLEAR_CONSTABULARY);

    @Test
    void everyTerritorialForceHasOneAreaCodeAndEveryIdIsDistinct() {
        Set<String> codes = new HashSet<>();
        Set<String> ids = new HashSet<>();
        int welsh = 0;
        for (Force f : Force.values()) {
            if (NATIONAL.contains(f)) {
                assertNull(f.onsCode(), f + " polices no area");
            } else {
                assertTrue(f.onsCode().matches("(E23|W15)\\d{6}"), f + " " + f.onsCode());
                assertTrue(codes.add(f.onsCode()), "repeated " + f.onsCode());
                welsh += f.onsCode().startsWith("W15") ? 1 : 0;
                assertTrue(f.policeUkId() != null, f + " is published by data.police.uk");
            }
            if (f.policeUkId() != null) {
                assertTrue(f.policeUkId().matches("[a-z]+(-[a-z]+)*"), f.policeUkId());
                assertTrue(ids.add(f.policeUkId()), "repeated " + f.policeUkId());
            }
        }
        assertEquals(43, codes.size());
        assertEquals(List.of(Force.DYFED_POWYS, Force.GWENT, Force.NORTH_WALES, Force.SOUTH_WALES),
                List.of(Force.values()).stream().filter(f -> f.onsCode() != null && f.onsCode().startsWith("W15")).toList());
        assertEquals(4, welsh);
        assertEquals("E23000001", Force.METROPOLITAN.onsCode(), "the Metropolitan Police District is area 1");
        assertEquals("E23000034", Force.CITY_OF_LONDON.onsCode());
    }

    @Test
    void theReferenceDataAndTheCsvCarryIt() throws Exception {
        HttpTestClient http = LocalServer.client();
        JsonMapper json = TestStack.loadedApp().getBean(JsonMapper.class);
        JsonNode forces = json.readValue(http.get("/api/v1/reference").body(), JsonNode.class).get("forces");
        assertEquals(Force.values().length, forces.size());
        for (JsonNode term : forces.values()) {
            Force f = Force.valueOf(term.get("code").getStringValue());
            assertEquals(f.onsCode(), term.get("onsCode").isNull() ? null : term.get("onsCode").getStringValue());
            assertEquals(f.policeUkId(), term.get("policeUkId").isNull() ? null : term.get("policeUkId").getStringValue());
        }
        String csv = http.get("/api/v1/hearings.csv?force=METROPOLITAN&limit=1").body();
        assertTrue(csv.lines().findFirst().orElseThrow().contains("force_name,force_police_uk_id,force_ons_code"), csv);
        assertTrue(csv.contains("Metropolitan Police Service,metropolitan,E23000001"), csv);
    }
}
