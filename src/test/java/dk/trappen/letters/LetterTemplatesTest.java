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
                .doesNotContain("<script>", "th:", "Felter:");
        Map<String, Object> plain = model();
        plain.put("reasons", "Emil har udbrud i skolen og derhjemme, og forældrene mangler redskaber til at møde ham "
                + "roligt. Et forældreforløb er den mindst indgribende indsats, der kan hjælpe, og I ønsker det.");
        plain.put("consent", "Forældremyndighedens indehavere: samtykke givet. Den unge: samtykke ikke påkrævet.");
        byte[] pdf = new PdfRenderer().pdf(new LetterTemplates("").render("decision", plain));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            assertThat(stripper.getText(document).replaceAll("\\s+", " ")).contains("Søren Æblegård",
                    "truffet denne afgørelse om Åse", "inden 4 uger efter");
            // The first page as an image, for docs/processes.md ("a decision letter").
            java.awt.image.BufferedImage page = new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 80);
            Files.createDirectories(Path.of("target"));
            javax.imageio.ImageIO.write(page, "png", Path.of("target", "decision-letter.png").toFile());
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
        assertThat(templates.render("decision", model())).contains("Kære <span>Søren Æblegård</span>, her er vores egen tekst.");
        assertThat(templates.render("decision-child", model())).contains("Du må gerne klage");
    }
}
