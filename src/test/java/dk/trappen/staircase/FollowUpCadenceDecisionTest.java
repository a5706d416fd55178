package dk.trappen.staircase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dk.trappen.testsupport.TrappenTest;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code bpmn/followUpCadence.dmn} on the real engine: every row of the table, the rows'
 * edges (the 6th and 12th month, the first follow-up), and the sequences a measure lives through.
 */
@TrappenTest
class FollowUpCadenceDecisionTest {

    @Autowired
    DecisionService decisions;

    String interval(String policy, String measureType, int monthsSinceStart, int followUpsHeld) {
        return (String) decisions.evaluateDecisionTableByKey("followUpCadence", Map.of("policy", policy,
                "measureType", measureType, "monthsSinceStart", monthsSinceStart, "followUpsHeld", followUpsHeld))
                .getSingleEntry();
    }

    @ParameterizedTest(name = "{0} {1} month {2} held {3} -> {4}")
    @CsvSource({
            // KOLDING: foster care and kinship placement monthly for the first 6 months, then every 3
            "KOLDING, FOSTER_CARE, 0, 0, P1M", "KOLDING, FOSTER_CARE, 5, 5, P1M", "KOLDING, FOSTER_CARE, 6, 6, P3M",
            "KOLDING, KINSHIP_PLACEMENT, 3, 3, P1M", "KOLDING, KINSHIP_PLACEMENT, 9, 7, P3M",
            // KOLDING: institutions monthly for the first year, then every 2 months
            "KOLDING, INSTITUTION, 11, 11, P1M", "KOLDING, INSTITUTION, 12, 12, P2M",
            "KOLDING, TIME_LIMITED_INSTITUTION, 0, 0, P1M", "KOLDING, TIME_LIMITED_INSTITUTION, 14, 13, P2M",
            // KOLDING: preventive and home-based at least every 3 months
            "KOLDING, PREVENTIVE, 0, 0, P3M", "KOLDING, HOME_BASED, 7, 2, P3M",
            // HERNING: time-limited institution every 6 weeks, everything else every 3 months
            "HERNING, TIME_LIMITED_INSTITUTION, 0, 0, P6W", "HERNING, TIME_LIMITED_INSTITUTION, 20, 9, P6W",
            "HERNING, FOSTER_CARE, 0, 0, P3M", "HERNING, PREVENTIVE, 4, 1, P3M", "HERNING, INSTITUTION, 13, 4, P3M",
            // BORAAS: placements first after 4 weeks, then every 6; other measures every 3 months
            "BORAAS, FOSTER_CARE, 0, 0, P4W", "BORAAS, KINSHIP_PLACEMENT, 0, 0, P4W", "BORAAS, INSTITUTION, 0, 0, P4W",
            "BORAAS, TIME_LIMITED_INSTITUTION, 0, 0, P4W", "BORAAS, FOSTER_CARE, 1, 1, P6W", "BORAAS, INSTITUTION, 8, 5, P6W",
            "BORAAS, PREVENTIVE, 0, 0, P3M", "BORAAS, HOME_BASED, 3, 1, P3M",
            // LEGAL_MINIMUM: first at 3 months, then every 6
            "LEGAL_MINIMUM, PREVENTIVE, 0, 0, P3M", "LEGAL_MINIMUM, FOSTER_CARE, 0, 0, P3M",
            "LEGAL_MINIMUM, PREVENTIVE, 3, 1, P6M", "LEGAL_MINIMUM, INSTITUTION, 9, 2, P6M"})
    void everyRowOfTheTable(String policy, String measureType, int months, int held, String expected) {
        assertThat(interval(policy, measureType, months, held)).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(MeasureType.class)
    void everyPolicyHasAnIntervalForEveryTypeAtEveryPoint(MeasureType type) {
        for (String policy : List.of("KOLDING", "HERNING", "BORAAS", "LEGAL_MINIMUM")) {
            for (int months = 0; months <= 36; months += 3) {
                assertThat(interval(policy, type.name(), months, months / 3)).as("%s %s month %d", policy, type, months)
                        .isIn("P4W", "P6W", "P1M", "P2M", "P3M", "P6M");
            }
        }
    }

    @Test
    void aKoldingFosterPlacementIsFollowedUpMonthlyForSixMonthsThenQuarterly() {
        List<String> intervals = new ArrayList<>();
        int months = 0;
        for (int held = 0; held < 9; held++) {
            String next = interval("KOLDING", MeasureType.FOSTER_CARE.name(), months, held);
            intervals.add(next);
            months += next.equals("P1M") ? 1 : 3;
        }
        assertThat(intervals).containsExactly("P1M", "P1M", "P1M", "P1M", "P1M", "P1M", "P3M", "P3M", "P3M");
    }

    @Test
    void everyMeasureKindHasAFollowUpType() {
        assertThat(MeasureKind.NETWORK_PLACEMENT.measureType()).isEqualTo(MeasureType.KINSHIP_PLACEMENT);
        assertThat(MeasureKind.INTENSIVE_HOME_INTERVENTION.measureType()).isEqualTo(MeasureType.HOME_BASED);
        assertThat(MeasureKind.EARLY_PREVENTIVE.measureType()).isEqualTo(MeasureType.PREVENTIVE);
        for (MeasureKind kind : MeasureKind.values()) {
            assertThat(kind.measureType()).as(kind.name()).isNotNull();
            assertThat(kind.measureType().isPlacement()).as(kind.name())
                    .isEqualTo(kind == MeasureKind.NETWORK_PLACEMENT || kind == MeasureKind.FOSTER_CARE
                            || kind == MeasureKind.INSTITUTION || kind == MeasureKind.TIME_LIMITED_INSTITUTION);
        }
    }
}
