package dk.trappen.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import dk.trappen.casefile.CaseRef;
import dk.trappen.casefile.ChildCases;
import dk.trappen.casefile.ChildIdentity;
import dk.trappen.casefile.ChildRef;
import dk.trappen.casefile.ChildRegistry;
import dk.trappen.organisation.Organisation;
import dk.trappen.staircase.CaseContext;
import dk.trappen.staircase.MeasureKind;
import dk.trappen.staircase.MeasureProposal;
import dk.trappen.staircase.MeasureView;
import dk.trappen.staircase.Measures;
import dk.trappen.staircase.Offer;
import dk.trappen.staircase.OfferCatalogue;
import dk.trappen.staircase.OfferInput;

/**
 * Cases for the record's tests (journal, decisions, letters), opened through the domain's own
 * services: the record does not depend on how the process reaches a decision.
 */
public final class RecordScenarios {

    private final ChildRegistry registry;
    private final ChildCases cases;
    private final Measures measures;
    private final OfferCatalogue catalogue;
    private final Organisation organisation;

    private final dk.trappen.casefile.Investigations investigations;

    public RecordScenarios(ChildRegistry registry, ChildCases cases, Measures measures, OfferCatalogue catalogue,
                           Organisation organisation, dk.trappen.casefile.Investigations investigations) {
        this.investigations = investigations;
        this.registry = registry;
        this.cases = cases;
        this.measures = measures;
        this.catalogue = catalogue;
        this.organisation = organisation;
    }

    /** An open case of a new child born on {@code born}, in {@code team}, owned by {@code caseworker}. */
    public CaseRef openCase(String name, LocalDate born, String team, String caseworker) {
        ChildRef child = registry.findOrRegister(new ChildIdentity(Concerns.newCpr(born), name, born), team);
        return cases.openCase(child.id(), caseworker, null);
    }

    /**
     * A measure of {@code kind} on step {@code step} proposed on the case. A placement rests on a finished
     * investigation (Barnets lov § 20, § 46), so one is recorded on the case first.
     */
    public MeasureView measure(CaseRef ref, MeasureKind kind, int step, String offerName) {
        if (kind.measureType().isPlacement() && investigations.ofCase(ref.id()).isEmpty()) {
            investigations.record(ref.id(), null, java.time.Instant.now().plus(java.time.Duration.ofDays(120)),
                    new dk.trappen.casefile.InvestigationInput(null, null, null, null, "Barnet er ikke trygt hjemme.", null,
                            null, null, null, null, LocalDate.now(), null, "4b", step, "Barnet skal anbringes."),
                    ref.caseworker());
        }
        Offer offer = organisation.runAs("owner", () -> catalogue.create(new OfferInput(offerName + " " + System.nanoTime(),
                null, kind, step, 0, 17, 26, true)));
        return measures.propose(cases.context(ref.id()), new MeasureProposal(offer.id(), LocalDate.now(), 26,
                "Barnet skal trives.", step > 3 ? "Mindre indgribende indsatser er ikke nok." : null), ref.caseworker());
    }

    public CaseContext context(CaseRef ref) {
        return cases.context(ref.id());
    }

    /** The smallest real PDF: what Tika and a reader both accept. */
    public static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A Windows executable's first bytes ("MZ" header and DOS stub), as a renamed .exe would start. */
    public static byte[] executable() {
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        byte[] pe = "PE\0\0".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(pe, 0, exe, 0x80, pe.length);
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(stub, 0, exe, 0x4e, stub.length);
        return exe;
    }

    /** A minimal Word (OOXML) document: the zip parts that make it one. */
    public static byte[] docx() {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                    + "wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PNG's signature and header chunk. */
    public static byte[] png() {
        byte[] png = new byte[64];
        byte[] head = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        System.arraycopy(head, 0, png, 0, head.length);
        return png;
    }
}
