package dk.trappen.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import dk.trappen.intake.ConcernLevel;
import dk.trappen.intake.ConcernService;
import dk.trappen.intake.RegisteredConcern;
import dk.trappen.testsupport.Concerns;
import dk.trappen.testsupport.EngineDriver;
import dk.trappen.testsupport.TrappenTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * Tasklist's list shows each task's concern number: the filters ask for it as a variable, and a
 * caseworker may read it with the task alone, without read access to other teams' instances.
 */
@TrappenTest
class TaskListColumnsTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    ConcernService concerns;

    @Test
    @SuppressWarnings("unchecked")
    void theTeamsFilterShowsTheConcernNumberOfEachTask() {
        EngineDriver engine = new EngineDriver(processEngine);
        RegisteredConcern concern = engine.as("intake", () -> concerns.register(Concerns.professional(ConcernLevel.SEVERE), null));
        String filterId = processEngine.getFilterService().createFilterQuery().filterName("Mit teams opgaver").singleResult().getId();

        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("intake", "demo");
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
        Map<String, Object> page = http.exchange("/engine-rest/filter/" + filterId + "/list?maxResults=1000", HttpMethod.POST,
                new HttpEntity<>(Map.of("processVariables", List.of()), headers), Map.class).getBody();

        List<Map<String, Object>> tasks = (List<Map<String, Object>>) ((Map<String, Object>) page.get("_embedded")).get("task");
        List<Object> shownNumbers = tasks.stream()
                .flatMap(task -> ((List<Map<String, Object>>) ((Map<String, Object>) task.get("_embedded")).get("variable")).stream())
                .filter(variable -> "concernNumber".equals(variable.get("name")))
                .map(variable -> variable.get("value")).toList();
        assertThat(shownNumbers).as("concern numbers shown in intake's list").contains(concern.concernNumber());
    }
}
