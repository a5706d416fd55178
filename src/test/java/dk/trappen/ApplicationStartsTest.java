package dk.trappen;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trappen.testsupport.TrappenTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@TrappenTest
class ApplicationStartsTest {

    @Autowired
    RepositoryService repository;
    @Autowired
    IdentityService identity;

    @Test
    void deploysTheModelsAndTheOrganisation() {
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("intake").count()).isEqualTo(1);
        assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("triageConcern").count()).isEqualTo(1);
        assertThat(identity.createUserQuery().memberOfGroup("team-nord").count()).isGreaterThanOrEqualTo(3);
    }
}
