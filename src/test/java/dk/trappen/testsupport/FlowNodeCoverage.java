package dk.trappen.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The gate "every path of the process is tested": a process test class records the instances it
 * starts and each test that ends; after the last, every flow node of the latest model must have
 * been passed by those instances. A single test run on its own is not judged.
 */
public final class FlowNodeCoverage {

    private final Class<?> testClass;
    private final String processKey;
    private final Set<String> instances = ConcurrentHashMap.newKeySet();
    private final AtomicInteger testsRun = new AtomicInteger();

    public FlowNodeCoverage(Class<?> testClass, String processKey) {
        this.testClass = testClass;
        this.processKey = processKey;
    }

    /** An instance this test class started (directly or through another process). */
    public void started(String processInstanceId) {
        instances.add(processInstanceId);
    }

    public void testEnded() {
        testsRun.incrementAndGet();
    }

    public void assertEveryFlowNodePassed(ProcessEngine engine) {
        if (testsRun.get() < testMethods(testClass)) {
            return;
        }
        var definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(processKey).latestVersion().singleResult();
        Set<String> flowNodes = engine.getRepositoryService().getBpmnModelInstance(definition.getId())
                .getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId).collect(Collectors.toSet());
        Set<String> passed = engine.getHistoryService().createHistoricActivityInstanceQuery().list().stream()
                .filter(activity -> instances.contains(activity.getProcessInstanceId()))
                .map(HistoricActivityInstance::getActivityId).collect(Collectors.toSet());
        assertThat(passed).as("flow nodes of %s.bpmn passed by %s", processKey, testClass.getSimpleName())
                .containsAll(flowNodes);
    }

    private static long testMethods(Class<?> type) {
        long own = Arrays.stream(type.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(Test.class)).count();
        return own + Arrays.stream(type.getDeclaredClasses()).filter(c -> c.isAnnotationPresent(Nested.class))
                .mapToLong(FlowNodeCoverage::testMethods).sum();
    }
}
