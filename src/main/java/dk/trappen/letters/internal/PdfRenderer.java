package dk.trappen.letters.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Component;

/** A letter's stored HTML as PDF (openhtmltopdf on PDFBox); the same bytes in give the same letter out. */
@Component
public class PdfRenderer {

    public byte[] pdf(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            // No base URI: a template cannot make the renderer fetch anything from the network or the disk.
            builder.withHtmlContent(xhtml, null);
            builder.useUriResolver((base, uri) -> null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
