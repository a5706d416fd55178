package dk.trappen.models;

/** A deployed model's file as the engine holds it, named like the build's file so it can replace it in {@code bpmn/}. */
public record DeployedXml(String fileName, byte[] content) {
}
