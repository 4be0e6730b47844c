package org.dateline.facts;

import org.dateline.resources.TsvResource;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The country and place tables stay unambiguous as they grow: a name, adjective, capital or city names one state. */
class PlaceTablesTest {
    @Test
    void everyFormOfCountriesAndPlacesNamesOneState() {
        Map<String, String> stateOf = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (String[] row : TsvResource.rows(Countries.class, "countries.tsv", 4)) {
            for (int column = 1; column <= 3; column++) {
                for (String form : TsvResource.forms(row[column])) {
                    note(stateOf, clashes, form, row[0]);
                }
            }
        }
        int places = 0;
        for (String[] row : TsvResource.rows(Countries.class, "places.tsv", 3)) {
            places++;
            for (String form : TsvResource.forms(row[2])) {
                note(stateOf, clashes, form, row[0]);
            }
        }
        assertThat(places).as("places.tsv rows").isGreaterThan(2000);
        assertThat(clashes).isEmpty();
    }

    private static void note(Map<String, String> stateOf, List<String> clashes, String form, String state) {
        String earlier = stateOf.putIfAbsent(PhraseTable.key(form), state);
        if (earlier != null && !earlier.equals(state)) {
            clashes.add(form + ": " + earlier + " and " + state);
        }
    }
}
