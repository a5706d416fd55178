package dk.trappen.models.internal;

/** File names as the engine and Modeler give them. */
final class ModelFiles {

    private ModelFiles() {
    }

    /** {@code bpmn/intake.bpmn} and {@code intake.bpmn} both name {@code intake.bpmn}. */
    static String fileName(String resourceName) {
        int slash = Math.max(resourceName.lastIndexOf('/'), resourceName.lastIndexOf('\\'));
        return resourceName.substring(slash + 1);
    }

    static String baseName(String fileName) {
        String name = fileName(fileName);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
