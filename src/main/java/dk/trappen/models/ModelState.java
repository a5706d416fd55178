package dk.trappen.models;

/**
 * A model of the build ({@code bpmn/<key>.bpmn|dmn}) beside what the engine runs: its latest
 * deployed version ({@code null} if never deployed) and whether that version's file is the build's.
 */
public record ModelState(String key, String name, ModelKind kind, String fileName, DeployedVersion latest) {

    /** True when the engine's latest version is not the build's file: a change made outside the code. */
    public boolean drifted() {
        return latest != null && !latest.matchesCode();
    }
}
