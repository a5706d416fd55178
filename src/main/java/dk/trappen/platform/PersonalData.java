package dk.trappen.platform;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The one rule that keeps personal data out of the engine: a variable whose name starts with
 * {@link #PREFIX} (a form field with a name, CPR number, birth date or free text) is never written
 * to history, and the listener that handles the form moves its value into a domain table and
 * removes the variable in the same transaction, so it never reaches the runtime tables either.
 */
public final class PersonalData {

    public static final String PREFIX = "pii_";

    private PersonalData() {
    }

    public static boolean isPersonal(String variableName) {
        return variableName != null && variableName.startsWith(PREFIX);
    }

    /**
     * Removes every personal-data variable visible from {@code scope}. Called by the listener that
     * stored the values, in the same transaction, so the variables are never flushed to the database.
     */
    public static void removeFrom(VariableScope scope) {
        scope.getVariableNames().stream().filter(PersonalData::isPersonal).toList()
                .forEach(scope::removeVariable);
    }
}
