package dk.trappen.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import dk.trappen.testsupport.TrappenTest;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code bpmn/triageConcern.dmn} on the real engine. The contract: inputs concernsAbuse,
 * acuteDanger, concernLevel, boundedProblem, familyMotivated; output route. Abuse is always
 * investigated whatever the level, unless acute danger makes it acute action (Barnets lov § 20
 * stk. 1 nr. 2, § 136; issue 16, point 1).
 */
@TrappenTest
class TriageConcernDecisionTest {

    @Autowired
    DecisionService decisions;

    String route(boolean abuse, boolean acute, String level, boolean bounded, boolean motivated) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("concernsAbuse", abuse);
        facts.put("acuteDanger", acute);
        facts.put("concernLevel", level);
        facts.put("boundedProblem", bounded);
        facts.put("familyMotivated", motivated);
        return (String) decisions.evaluateDecisionTableByKey("triageConcern", facts).getSingleEntry();
    }

    @ParameterizedTest(name = "abuse {0} acute {1} {2} bounded {3} motivated {4} -> {5}")
    @CsvSource({
            // abuse: investigation whatever the level, acute danger: acute action
            "true, false, GENERAL_WELLBEING, true, true, INVESTIGATION",
            "true, false, DECLINING, true, true, INVESTIGATION",
            "true, false, DECLINING, false, false, INVESTIGATION",
            "true, false, ILL_BEING, true, true, INVESTIGATION",
            "true, false, SEVERE, false, false, INVESTIGATION",
            "true, true, GENERAL_WELLBEING, true, true, ACUTE_ACTION",
            // without abuse the rows as before
            "false, true, DECLINING, true, true, ACUTE_ACTION",
            "false, false, SEVERE, true, true, INVESTIGATION",
            "false, false, ILL_BEING, true, true, EARLY_PREVENTION",
            "false, false, ILL_BEING, false, true, INVESTIGATION",
            "false, false, DECLINING, true, true, EARLY_PREVENTION",
            "false, false, DECLINING, true, false, CLARIFICATION",
            "false, false, GENERAL_WELLBEING, false, false, NO_FURTHER_ACTION"})
    void everyRowOfTheTable(boolean abuse, boolean acute, String level, boolean bounded, boolean motivated, String expected) {
        assertThat(route(abuse, acute, level, bounded, motivated)).isEqualTo(expected);
    }

    @Test
    void noCombinationOfAnAbuseConcernLeadsAnywhereButInvestigationOrAcuteAction() {
        for (ConcernLevel level : ConcernLevel.values()) {
            for (boolean bounded : new boolean[] {true, false}) {
                for (boolean motivated : new boolean[] {true, false}) {
                    assertThat(route(true, false, level.name(), bounded, motivated)).isEqualTo("INVESTIGATION");
                    assertThat(route(true, true, level.name(), bounded, motivated)).isEqualTo("ACUTE_ACTION");
                }
            }
        }
    }
}
