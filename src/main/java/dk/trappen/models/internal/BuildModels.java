package dk.trappen.models.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The models the build carries ({@code bpmn/*.bpmn}, {@code bpmn/*.dmn} on the classpath; the file
 * name is the key) with the SHA-256 of each file, and a cache of the deployed files' hashes by
 * deployment and resource: a deployed resource never changes, so each is read once.
 */
@Component
public class BuildModels {

    /** A model file of the build. */
    public record BuildModel(String key, String fileName, String sha256) {
    }

    private final Map<String, BuildModel> models;
    private final Map<String, String> deployedHashes = new ConcurrentHashMap<>();

    public BuildModels() {
        this.models = scan();
    }

    /** By key, sorted. */
    public Map<String, BuildModel> models() {
        return models;
    }

    public String deployedHash(String deploymentId, String resourceName, Supplier<InputStream> content) {
        return deployedHashes.computeIfAbsent(deploymentId + "/" + resourceName, ignored -> {
            try (InputStream in = content.get()) {
                return in == null ? "" : sha256(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, BuildModel> scan() {
        Map<String, BuildModel> found = new TreeMap<>();
        var resolver = new PathMatchingResourcePatternResolver(BuildModels.class.getClassLoader());
        try {
            for (String pattern : new String[] {"classpath*:bpmn/*.bpmn", "classpath*:bpmn/*.dmn"}) {
                for (Resource resource : resolver.getResources(pattern)) {
                    String fileName = resource.getFilename();
                    if (fileName == null) {
                        continue;
                    }
                    try (InputStream in = resource.getInputStream()) {
                        String key = ModelFiles.baseName(fileName);
                        found.putIfAbsent(key, new BuildModel(key, fileName, sha256(in.readAllBytes())));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the build's models", e);
        }
        return java.util.Collections.unmodifiableMap(found);
    }
}
