package dk.trappen.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import dk.trappen.staircase.MeasureKind;
import dk.trappen.staircase.OfferInput;
import org.junit.jupiter.api.Test;

/** The demo's offer catalogue says what the offers are (issue 16, point 10; domain.md section 3). */
class DemoCatalogueTest {

    OfferInput named(String name) {
        return DemoData.CATALOGUE.stream().filter(offer -> offer.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void betweenIsForChildrenOfMentallyIllParents() {
        OfferInput between = named("Between");
        assertThat(between.description()).contains("psykisk syg forælder").doesNotContain("konflikt");
        assertThat(between.minAge()).isEqualTo(7);
        assertThat(between.maxAge()).isEqualTo(17);
    }

    @Test
    void kiffIsKursusIFaellesForaeldreansvarForSeparatedParentsNotFamilyTreatment() {
        OfferInput kiff = named("KIFF");
        assertThat(kiff.description()).contains("Kursus i Fælles Forældreansvar", "gået fra hinanden");
        assertThat(kiff.measureKind()).isNotEqualTo(MeasureKind.FAMILY_TREATMENT);
    }

    @Test
    void noOfferUsesThePre2024Words() {
        DemoData.CATALOGUE.forEach(offer -> assertThat((offer.name() + " " + offer.description()).toLowerCase(Locale.ROOT))
                .doesNotContain("aflastning", "døgninstitution"));
    }
}
