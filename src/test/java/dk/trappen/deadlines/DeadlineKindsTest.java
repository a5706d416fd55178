package dk.trappen.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * Every user task of the models counts under its own kind of deadline on the team's list, the
 * dashboard and the metrics, not under "Andet": an overdue "Handl akut" must read as acute action.
 * A task a process owner adds fails here until it is given its kind.
 */
class DeadlineKindsTest {

    @Test
    void everyUserTaskOfTheModelsHasAKindOfDeadline() throws IOException {
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
                Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(UserTask.class).stream()
                        .map(UserTask::getId).filter(id -> !TeamDeadlines.KINDS.containsKey(id))
                        .forEach(id -> missing.add(file.getFileName() + ": " + id));
            }
        }
        assertThat(missing).as("user tasks counted under \"Andet\"").isEmpty();
        assertThat(TeamDeadlines.KINDS.get("Task_ActAcutely")).isEqualTo(TeamDeadlines.Kind.ACUTE);
        assertThat(List.of(TeamDeadlines.Kind.values())).extracting(TeamDeadlines.Kind::danishName)
                .doesNotHaveDuplicates();
    }
}
