package dk.trappen.staircase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import dk.trappen.deadlines.Deadlines;
import dk.trappen.deadlines.LegalRule;
import dk.trappen.homeintervention.InterventionDecision;
import dk.trappen.testsupport.TrappenTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Words as the sources and Barnets lov say them (issue 16, point 10): the law from 2024 says
 * støtteophold (not aflastning) and børne- og ungehjem (not døgninstitution); Between is for children
 * of mentally ill parents and KIFF is Kursus i Fælles Forældreansvar (the demo catalogue: DemoCatalogueTest).
 */
@TrappenTest
class WordsOfTheLawTest {

    static final List<String> OLD_WORDS = List.of("aflastning", "døgninstitution");

    @Autowired
    Deadlines deadlines;

    @Test
    void theMeasuresTheLegalTableAndTheDecisionsUseTheWordsOfBarnetsLov() {
        assertThat(MeasureKind.RESPITE_STAY.danishName()).isEqualTo("Støtteophold");
        assertThat(MeasureKind.INSTITUTION.danishName()).contains("børne- og ungehjem");
        assertThat(InterventionDecision.RESPITE_CARE.danishName()).isEqualTo("Støtteophold");
        Stream.concat(Arrays.stream(MeasureKind.values()).map(MeasureKind::danishName),
                        Stream.concat(Arrays.stream(InterventionDecision.values()).map(InterventionDecision::danishName),
                                deadlines.all().stream().map(LegalRule::description)))
                .forEach(text -> assertThat(text.toLowerCase(Locale.ROOT)).doesNotContain(OLD_WORDS));
    }

    @Test
    void noFormSpeaksOfAflastningOrDoegninstitution() throws IOException {
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            for (Path form : forms.toList()) {
                assertThat(Files.readString(form).toLowerCase(Locale.ROOT)).as(form.toString()).doesNotContain(OLD_WORDS);
            }
        }
    }
}
