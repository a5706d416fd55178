package dk.trappen.journal;

import java.time.Instant;

/** A stored document: its type as sniffed from the content, its size and SHA-256 (hex). */
public record DocumentView(long id, String title, String fileName, String contentType, long size, String sha256,
                           String uploadedBy, Instant uploadedAt) {
}
