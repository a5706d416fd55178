package dk.trappen.models;

import java.time.Instant;

/**
 * One deployed version of a model: the engine's definition, the deployment it came with, who
 * deployed it (from Camunda's user operation log; {@code null} for the application's own start)
 * and whether its file is byte for byte the build's file.
 */
public record DeployedVersion(
        String key,
        int version,
        String definitionId,
        String deploymentId,
        String deploymentName,
        DeploymentSource source,
        String sourceName,
        Instant deployedAt,
        String deployedBy,
        String resourceName,
        boolean matchesCode,
        long runningInstances) {
}
