package dk.trappen.models;

/**
 * Where a deployment came from, as a process owner reads it: the application's own start (the
 * build's {@code bpmn/}), Camunda Modeler over the REST API, or another program.
 */
public enum DeploymentSource {
    APPLICATION, MODELER, OTHER;

    /** Camunda Modeler sends {@code deployment-source=Camunda Modeler}; the application's start sends none or its process application. */
    public static DeploymentSource of(String source) {
        if (source == null || source.isBlank() || "process application".equalsIgnoreCase(source)) {
            return APPLICATION;
        }
        return source.toLowerCase(java.util.Locale.ROOT).contains("modeler") ? MODELER : OTHER;
    }
}
