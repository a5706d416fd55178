package dk.trappen.models.internal;

import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Date;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * What an expression in a model may reach: the process's variables, a few methods of the execution
 * or task that read and write variables, and plain values (text, numbers, dates, lists). One policy
 * for both walls: the deployment guard reads it to refuse a model before it is deployed, and the
 * engine's expression resolver ({@link GuardedElResolver}) enforces it again at run time.
 *
 * <p>Allow-lists, not deny-lists: a model is data a process owner edits, so anything not named here
 * (a Spring bean's method, reflection, the engine's services behind {@code execution}) is refused.
 */
public final class ExpressionPolicy {

    /** Functions of Camunda's expression language a model may call. */
    public static final Set<String> FUNCTIONS = Set.of("dateTime", "now", "currentUser", "currentUserGroups");

    /** Names the engine itself binds in an expression (not variables, not beans). */
    public static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "authenticatedUserId");

    /** Methods of {@code execution} and {@code task}: variables, the business key and ids, nothing else. */
    public static final Set<String> SCOPE_METHODS = Set.of(
            "getVariable", "getVariableLocal", "getVariableTyped", "getVariableLocalTyped", "hasVariable",
            "hasVariableLocal", "setVariable", "setVariableLocal", "removeVariable", "removeVariableLocal",
            "getProcessBusinessKey", "getBusinessKey", "getProcessInstanceId", "getId", "getActivityInstanceId",
            "getCurrentActivityId", "getCurrentActivityName", "getEventName", "getTaskDefinitionKey", "getName",
            "getAssignee", "getDueDate", "getProcessDefinitionId", "getTenantId");

    /** The same as properties ({@code execution.processBusinessKey}). */
    public static final Set<String> SCOPE_PROPERTIES = Set.of(
            "processBusinessKey", "businessKey", "processInstanceId", "id", "activityInstanceId",
            "currentActivityId", "currentActivityName", "eventName", "taskDefinitionKey", "name", "assignee",
            "dueDate", "processDefinitionId", "tenantId");

    /** Methods on plain values: date arithmetic (Camunda's {@code dateTime()} is a Joda DateTime), text, lists. */
    public static final Set<String> VALUE_METHODS = Set.of(
            "plusYears", "plusMonths", "plusWeeks", "plusDays", "plusHours", "plusMinutes", "plusSeconds",
            "minusYears", "minusMonths", "minusWeeks", "minusDays", "minusHours", "minusMinutes", "minusSeconds",
            "toDate", "withTimeAtStartOfDay", "isBefore", "isAfter", "isEqual", "isBeforeNow", "isAfterNow",
            "equals", "compareTo", "contains", "containsKey", "isEmpty", "size", "get", "length", "startsWith",
            "endsWith", "toUpperCase", "toLowerCase", "trim", "substring", "indexOf", "toString");

    /** Properties never read, on anything: the way into reflection and into the engine's internals. */
    public static final Set<String> FORBIDDEN_PROPERTIES = Set.of(
            "class", "classLoader", "module", "declaringClass", "processEngine", "processEngineServices",
            "processEngineConfiguration", "runtime", "applicationContext", "beanFactory", "environment");

    private ExpressionPolicy() {
    }

    /** Methods a model may call, whatever they are called on (the deployment guard cannot know types). */
    public static boolean allowedMethod(String name) {
        return SCOPE_METHODS.contains(name) || VALUE_METHODS.contains(name);
    }

    /** Plain values an expression may call methods on and read properties of. */
    public static boolean isValue(Object base) {
        return base instanceof CharSequence || base instanceof Number || base instanceof Boolean
                || base instanceof Character || base instanceof Date || base instanceof TemporalAccessor
                || base instanceof Collection<?> || base instanceof Map<?, ?> || base.getClass().isArray()
                || base.getClass().getName().startsWith("org.joda.time.");
    }

    /** The execution or task an expression is evaluated on. */
    public static boolean isScope(Object base) {
        return base instanceof VariableScope;
    }
}
