package dk.trappen.journal.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * The type of an uploaded document, sniffed from its bytes with Apache Tika. The file's name is
 * never trusted on its own: Tika falls back to the name whenever the content says nothing it knows,
 * so the content is read first without the name, and the name may only narrow a container (an
 * Office zip or OLE2 file) to Word or Excel, which the zip's own entries must then confirm.
 */
@Component
public class DocumentTypes {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String DOC = "application/msword";
    public static final String XLS = "application/vnd.ms-excel";

    /** What a caseworker may keep in a case, with the Danish name shown in a refusal. */
    public static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("application/pdf", "PDF"),
            Map.entry("image/jpeg", "JPEG-billede"), Map.entry("image/png", "PNG-billede"),
            Map.entry("image/gif", "GIF-billede"), Map.entry("image/tiff", "TIFF-billede"),
            Map.entry("image/bmp", "BMP-billede"), Map.entry("image/webp", "WebP-billede"),
            Map.entry("image/heic", "HEIC-billede"), Map.entry("image/heif", "HEIF-billede"),
            Map.entry(DOC, "Word"), Map.entry(DOCX, "Word"), Map.entry(XLS, "Excel"), Map.entry(XLSX, "Excel"));

    private final Tika tika = new Tika();

    /** The allowed type of {@code content}, or empty with the detected type in {@code detected[0]}. */
    public Optional<String> allowedType(byte[] content, String fileName, String[] detected) {
        String byContent = tika.detect(content);
        detected[0] = byContent;
        if (ALLOWED.containsKey(byContent) && !isContainer(byContent)) {
            return Optional.of(byContent);
        }
        if (byContent.equals("application/zip") || byContent.equals("application/x-tika-ooxml") || isContainer(byContent)) {
            String confirmed = ooxmlKind(content);
            if (confirmed != null) {
                detected[0] = confirmed;
                return Optional.of(confirmed);
            }
            return Optional.empty();
        }
        if (byContent.equals("application/x-tika-msoffice") && fileName != null) {
            String named = tika.detect(content, fileName);
            detected[0] = named;
            return named.equals(DOC) || named.equals(XLS) ? Optional.of(named) : Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean isContainer(String type) {
        return type.equals(DOCX) || type.equals(XLSX);
    }

    /** Word or Excel by the zip's own parts ([Content_Types].xml and word/ or xl/), else null. */
    private static String ooxmlKind(byte[] content) {
        boolean contentTypes = false;
        String kind = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null && entries++ < 10_000) {
                String name = entry.getName();
                if (name.equals("[Content_Types].xml")) {
                    contentTypes = true;
                } else if (name.equals("word/document.xml")) {
                    kind = DOCX;
                } else if (name.equals("xl/workbook.xml")) {
                    kind = XLSX;
                }
            }
        } catch (IOException | IllegalArgumentException notAZip) {
            return null;
        }
        return contentTypes ? kind : null;
    }
}
