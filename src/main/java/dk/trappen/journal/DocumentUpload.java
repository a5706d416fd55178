package dk.trappen.journal;

/**
 * A document as it arrives: the file's name (a hint only: the type is sniffed from the content),
 * an optional title, and the bytes.
 */
public record DocumentUpload(String fileName, String title, byte[] content) {
}
