package dk.trappen.staircase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import dk.trappen.testsupport.TrappenTest;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The default rules of {@code bpmn/grantingAuthority.dmn}: steps 1-2 the caseworker, 3-6 the team leader. */
@TrappenTest
class GrantingAuthorityDecisionTest {

    @Autowired
    DecisionService decisions;

    @ParameterizedTest
    @EnumSource(MeasureKind.class)
    void everyKindOnEveryStepHasAnApprover(MeasureKind kind) {
        for (StaircaseStep step : StaircaseStep.values()) {
            Object approver = decisions.evaluateDecisionTableByKey("grantingAuthority",
                    Map.of("staircaseStep", step.number(), "measureKind", kind.name())).getSingleEntry();
            assertThat(approver).as("%s on step %d", kind, step.number())
                    .isEqualTo(step.number() <= 2 ? "CASEWORKER" : "TEAM_LEADER");
        }
    }
}
