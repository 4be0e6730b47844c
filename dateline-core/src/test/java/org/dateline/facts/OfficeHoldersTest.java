package org.dateline.facts;

import org.dateline.model.Sector;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OfficeHoldersTest {
    private final OfficeHolders holders = OfficeHolders.get();

    @Test
    void everyNameFormNamesOnePersonAndEveryRoleEndsAfterItBegins() throws IOException {
        Map<String, String> owner = new HashMap<>();
        String text;
        try (InputStream in = OfficeHolders.class.getResourceAsStream("office-holders.tsv")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int rows = 0;
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (!cols[4].equals("-")) {
                assertThat(LocalDate.parse(cols[4])).as(line).isAfter(LocalDate.parse(cols[3]));
            }
            String[] forms = cols[5].split("\\|");
            for (String form : forms) {
                String previous = owner.putIfAbsent(PhraseTable.key(form), forms[0]);
                assertThat(previous == null || previous.equals(forms[0])).as("'" + form + "' names " + previous
                        + " and " + forms[0]).isTrue();
            }
            rows++;
        }
        assertThat(rows).isGreaterThan(1000);
    }

    @Test
    void aPersonHoldsDifferentRolesAtDifferentDates() {
        assertThat(holders.standing("Recep Tayyip Erdoğan", LocalDate.of(2010, 1, 1)).orElseThrow().office())
                .isEqualTo("Prime Minister");
        assertThat(holders.standing("Recep Tayyip Erdoğan", LocalDate.of(2020, 1, 1)).orElseThrow().office())
                .isEqualTo("President");
    }

    @Test
    void anOfficerOfAnInternationalOrganisationHasNoCountry() {
        OfficeHolders.Standing s = holders.standing("Feridun Sinirlioğlu", LocalDate.of(2025, 3, 1)).orElseThrow();
        assertThat(s.country()).isNull();
        assertThat(s.sector()).isEqualTo(Sector.IGO);
        assertThat(holders.standing("Feridun Sinirlioğlu", LocalDate.of(2015, 9, 1)).orElseThrow().country())
                .isEqualTo("TUR");
    }

    @Test
    void aTitleAndASurnameNameTheOneHolderOfThatOfficeOnTheDay() {
        java.util.function.BiFunction<String, LocalDate, String> who = (text, day) ->
                holders.findByTitle(PhraseTable.tokenize(text), day).map(PhraseTable.Match::value).orElse(null);

        assertThat(who.apply("President Mugabe", LocalDate.of(2005, 1, 1))).isEqualTo("Robert Mugabe");
        assertThat(who.apply("President Aliyev", LocalDate.of(1998, 6, 1))).isEqualTo("Heydar Aliyev");
        assertThat(who.apply("President Aliyev", LocalDate.of(2010, 6, 1))).isEqualTo("Ilham Aliyev");
        assertThat(who.apply("President Aliyev", null)).as("two presidents, no day").isNull();
        assertThat(who.apply("Mr Aliyev", LocalDate.of(2010, 6, 1))).as("no title").isNull();
        assertThat(who.apply("President Assad", LocalDate.of(1995, 1, 1))).as("al-Assad").isEqualTo("Hafez al-Assad");
        assertThat(who.apply("President al-Assad", LocalDate.of(2015, 1, 1))).isEqualTo("Bashar al-Assad");
    }
}
