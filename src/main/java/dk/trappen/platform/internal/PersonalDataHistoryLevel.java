package dk.trappen.platform.internal;

import dk.trappen.platform.PersonalData;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.runtime.VariableInstance;

/**
 * FULL history, except for variables named as personal data and the field-by-field log of
 * submitted forms. The engine's history outlives the
 * domain's access control and audit, so personal data must never get there, not even briefly.
 */
public class PersonalDataHistoryLevel extends HistoryLevelFull {

    public static final String NAME = "trappen-full";
    // Any id not used by the built-in levels (0-3); it is stored in ACT_GE_PROPERTY.
    public static final int ID = 31;

    @Override
    public int getId() {
        return ID;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        // A submitted form is also logged field by field (ACT_HI_DETAIL), with no way to tell a
        // personal field from the others at this point. The variables it sets are in history anyway.
        if (eventType == HistoryEventTypes.FORM_PROPERTY_UPDATE) {
            return false;
        }
        if (entity instanceof VariableInstance variable && isVariableEvent(eventType)) {
            return !PersonalData.isPersonal(variable.getName());
        }
        return true;
    }

    private static boolean isVariableEvent(HistoryEventType type) {
        return type == HistoryEventTypes.VARIABLE_INSTANCE_CREATE
                || type == HistoryEventTypes.VARIABLE_INSTANCE_UPDATE
                || type == HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL
                || type == HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE
                || type == HistoryEventTypes.VARIABLE_INSTANCE_DELETE;
    }
}
