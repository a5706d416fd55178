package dk.trappen.models;

/** What a model file in {@code bpmn/} holds: a process (BPMN) or a decision (DMN). */
public enum ModelKind {
    PROCESS("bpmn"), DECISION("dmn");

    private final String extension;

    ModelKind(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public static ModelKind ofFileName(String fileName) {
        return fileName.endsWith(".dmn") ? DECISION : PROCESS;
    }
}
