package dk.trappen.letters.internal;

import java.util.Optional;

import dk.trappen.letters.Letters;
import dk.trappen.outbox.LetterAttachments;
import org.springframework.stereotype.Component;

/** A decision or hearing letter's PDF, attached when the outbox hands the letter to Digital Post. */
@Component
class LetterPdfAttachments implements LetterAttachments {

    private final Letters letters;

    LetterPdfAttachments(Letters letters) {
        this.letters = letters;
    }

    @Override
    public Optional<Attachment> find(String reference) {
        return Optional.ofNullable(letters.pdfForOutbox(reference))
                .map(pdf -> new Attachment("brev-" + reference.substring(Letters.ATTACHMENT_PREFIX.length()) + ".pdf",
                        "application/pdf", pdf));
    }
}
