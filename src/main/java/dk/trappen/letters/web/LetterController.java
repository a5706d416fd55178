package dk.trappen.letters.web;

import java.nio.charset.StandardCharsets;

import dk.trappen.casefile.AccessChannel;
import dk.trappen.letters.Letters;
import dk.trappen.organisation.Organisation;
import dk.trappen.platform.HtmlPage;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A letter over HTTP: {@code Accept: application/pdf} gives the PDF, {@code text/html} the same
 * letter as HTML (the current version). Rights are the case's; every read is audit-logged.
 */
@RestController
class LetterController {

    private final Letters letters;
    private final Organisation organisation;

    LetterController(Letters letters, Organisation organisation) {
        this.letters = letters;
        this.organisation = organisation;
    }

    @GetMapping(path = "/api/letters/{id}", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return pdf(id, AccessChannel.API);
    }

    /** The PDF from the case page, in the caseworker's Tasklist session. */
    @GetMapping("/app/letters/{id}")
    ResponseEntity<byte[]> pdfFromCasePage(@PathVariable long id) {
        return pdf(id, AccessChannel.TASK);
    }

    private ResponseEntity<byte[]> pdf(long id, AccessChannel channel) {
        byte[] pdf = letters.pdf(id, organisation.currentUser(), channel);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("brev-" + id + ".pdf", StandardCharsets.UTF_8).build().toString())
                .body(pdf);
    }

    @GetMapping(path = "/api/letters/{id}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> html(@PathVariable long id) {
        String html = letters.html(id, organisation.currentUser(), AccessChannel.API);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(HtmlPage.MEDIA_TYPE))
                // The letter is data, not an app: it may not run anything, even if a template tried.
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:")
                .body(html);
    }
}
