package dk.trappen.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import dk.trappen.letters.internal.LetterTemplates;
import dk.trappen.letters.internal.PdfRenderer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A municipality changes a letter without Java: a template of the same name in its folder wins
 * over the product's default, which stays for every letter it did not copy. Values are escaped,
 * and the PDF renders Danish letters.
 */
class LetterTemplatesTest {

    static Map<String, Object> model() {
        Map<String, Object> model = new HashMap<>();
        model.put("municipality", "Testrup Kommune");
        model.put("letterDate", "5. december 2026");
        model.put("caseNumber", "SAG-2026-000001");
        model.put("recipient", "Søren Æblegård");
        model.put("childName", "Åse");
        model.put("title", "Bevilling af indsats");
        model.put("decidedOn", "5. december 2026");
        model.put("decidedBy", "Camilla Nordby");
        model.put("legalBasis", "Barnets lov § 32 stk. 1 nr. 5");
        model.put("legalRule", "Familiebehandling");
        model.put("reasons", "<script>alert(1)</script> Forældrene ønsker hjælp.");
        model.put("childHeard", "Vi talte med Åse.");
        model.put("appealWeeks", 4);
        model.put("appealDeadline", "2. januar 2027");
        return model;
    }

    @Test
    void theDefaultLetterCarriesTheAppealGuidanceAndEscapesValues() throws Exception {
        String html = new LetterTemplates("").render("decision", model());
        assertThat(html).contains("Hvis du vil klage", "Ankestyrelsen", "Søren Æblegård", "&lt;script&gt;")
                .doesNotContain("<script>", "th:");
        byte[] pdf = new PdfRenderer().pdf(html);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Søren Æblegård", "Åse", "4 uger");
        }
    }

    @Test
    void aTemplateInTheMunicipalitysFolderWinsAndTheOthersStayTheProducts(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("decision.html"), """
                <!DOCTYPE html>
                <html xmlns:th="http://www.thymeleaf.org"><head><meta charset="UTF-8" /><title>x</title></head>
                <body><p>Kære <span th:text="${recipient}">x</span>, her er vores egen tekst.</p></body></html>
                """, StandardCharsets.UTF_8);
        LetterTemplates templates = new LetterTemplates(folder.toString());
        assertThat(templates.render("decision", model())).contains("Kære Søren Æblegård, her er vores egen tekst.");
        assertThat(templates.render("decision-child", model())).contains("Du må gerne klage");
    }
}
