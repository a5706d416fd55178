package dk.trappen.platform.internal;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.springframework.stereotype.Component;

/**
 * Registers the product's history level with the engine (selected by camunda.bpm.history-level) and
 * the parse listener that gives every user task its list columns.
 */
@Component
class TrappenEnginePlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryLevel> levels = new ArrayList<>();
        if (configuration.getCustomHistoryLevels() != null) {
            levels.addAll(configuration.getCustomHistoryLevels());
        }
        levels.add(new PersonalDataHistoryLevel());
        configuration.setCustomHistoryLevels(levels);

        List<BpmnParseListener> parseListeners = new ArrayList<>();
        if (configuration.getCustomPostBPMNParseListeners() != null) {
            parseListeners.addAll(configuration.getCustomPostBPMNParseListeners());
        }
        parseListeners.add(new TaskListColumns());
        configuration.setCustomPostBPMNParseListeners(parseListeners);
    }
}
