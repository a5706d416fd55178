package dk.trappen.letters;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dk.trappen.casefile.AccessChannel;
import dk.trappen.casefile.CaseAccess;
import dk.trappen.casefile.CaseRef;
import dk.trappen.casefile.ChildRecord;
import dk.trappen.deadlines.Deadlines;
import dk.trappen.letters.internal.CaseLetter;
import dk.trappen.letters.internal.CaseLetterRepository;
import dk.trappen.letters.internal.CaseLetterVersion;
import dk.trappen.letters.internal.CaseLetterVersionRepository;
import dk.trappen.letters.internal.LetterTemplates;
import dk.trappen.letters.internal.PdfRenderer;
import dk.trappen.organisation.CurrentUser;
import dk.trappen.organisation.Organisation;
import dk.trappen.outbox.Letter;
import dk.trappen.outbox.Outbox;
import dk.trappen.platform.NotFoundException;
import dk.trappen.platform.TimeSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The letters of a case: written from templates a municipality changes without Java, stored with
 * every version, read as HTML or PDF, and queued in the outbox for Digital Post in the same
 * transaction as the decision or hearing that wrote them.
 */
@Service
@Transactional
public class Letters {

    /** Where the outbox finds a letter's PDF ({@code letter:<id>}). */
    public static final String ATTACHMENT_PREFIX = "letter:";
    static final String PARTY_STATUS = "PARTY_STATUS";
    static final String APPEAL = "APPEAL";
    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da-DK"));

    private final CaseLetterRepository letters;
    private final CaseLetterVersionRepository versions;
    private final LetterTemplates templates;
    private final PdfRenderer pdf;
    private final CaseAccess access;
    private final Deadlines deadlines;
    private final Outbox outbox;
    private final Organisation organisation;
    private final TimeSource time;
    private final String municipality;

    Letters(CaseLetterRepository letters, CaseLetterVersionRepository versions, LetterTemplates templates,
            PdfRenderer pdf, CaseAccess access, Deadlines deadlines, Outbox outbox, Organisation organisation,
            TimeSource time, @Value("${trappen.municipality:Trappen Kommune}") String municipality) {
        this.letters = letters;
        this.versions = versions;
        this.templates = templates;
        this.pdf = pdf;
        this.access = access;
        this.deadlines = deadlines;
        this.outbox = outbox;
        this.organisation = organisation;
        this.time = time;
        this.municipality = municipality;
    }

    /**
     * A decision's letters: one to each custody holder and, where the child is a party (the legal
     * table's PARTY_STATUS age, Barnets lov § 3), one to the child; each stored as version 1 and queued.
     * Returns their ids.
     */
    public List<Long> writeDecisionLetters(DecisionLetter decision, CurrentUser user) {
        ChildRecord child = access.childFor(decision.caseId(), user, AccessChannel.TASK, "Afgørelsesbrev i");
        CaseRef ref = access.write(decision.caseId(), user, AccessChannel.TASK, "Afgørelsesbrev i");
        Map<String, Object> model = decisionModel(decision, ref, child, user);
        List<Long> ids = new ArrayList<>();
        for (String holder : decision.custodyHolders()) {
            ids.add(write(ref, decision.decisionId(), null, LetterKind.DECISION, RecipientRole.CUSTODY_HOLDER, holder,
                    "decision", model, decision.title(), user));
        }
        if (isParty(child)) {
            ids.add(write(ref, decision.decisionId(), null, LetterKind.DECISION, RecipientRole.CHILD, child.name(),
                    "decision-child", model, decision.title(), user));
        }
        return ids;
    }

    /** A hearing's letters, to the same recipients as a decision's. Returns their ids. */
    public List<Long> writeHearingLetters(HearingLetter hearing, CurrentUser user) {
        ChildRecord child = access.childFor(hearing.caseId(), user, AccessChannel.TASK, "Partshøringsbrev i");
        CaseRef ref = access.write(hearing.caseId(), user, AccessChannel.TASK, "Partshøringsbrev i");
        Map<String, Object> model = common(ref, child, user);
        model.put("subject", hearing.subject());
        model.put("sentOn", day(hearing.sentOn()));
        model.put("answerDueOn", day(hearing.answerDueOn()));
        model.put("sentBy", organisation.displayName(user.id()));
        List<Long> ids = new ArrayList<>();
        for (String holder : hearing.custodyHolders()) {
            ids.add(write(ref, null, hearing.hearingId(), LetterKind.HEARING, RecipientRole.CUSTODY_HOLDER, holder,
                    "hearing", model, "Partshøring", user));
        }
        if (isParty(child)) {
            ids.add(write(ref, null, hearing.hearingId(), LetterKind.HEARING, RecipientRole.CHILD, child.name(),
                    "hearing", model, "Partshøring", user));
        }
        return ids;
    }

    /** Whether the child is a party by age (Barnets lov § 3: the legal table's PARTY_STATUS). */
    @Transactional(readOnly = true)
    public boolean isParty(LocalDate birthDate) {
        return birthDate != null && Period.between(birthDate, time.today()).getYears() >= deadlines.ageFrom(PARTY_STATUS);
    }

    /** The letter's facts for a reader of its case; audit-logged. */
    public LetterView letter(long letterId, CurrentUser user, AccessChannel channel) {
        CaseLetter letter = readable(letterId, user, channel);
        return letter.toView();
    }

    /** The letter's current version as HTML, for a reader of its case; audit-logged. */
    public String html(long letterId, CurrentUser user, AccessChannel channel) {
        CaseLetter letter = readable(letterId, user, channel);
        return currentHtml(letter);
    }

    /** The letter's current version as PDF, for a reader of its case; audit-logged. */
    public byte[] pdf(long letterId, CurrentUser user, AccessChannel channel) {
        CaseLetter letter = readable(letterId, user, channel);
        return pdf.pdf(currentHtml(letter));
    }

    /**
     * A new version of each letter of the decision, from the templates as they are now (a
     * municipality corrected a template's words, a name was misspelt): the earlier versions are
     * kept, and each new one is queued for Digital Post again. Returns the letters.
     */
    public List<LetterView> reissueDecisionLetters(DecisionLetter decision, CurrentUser user) {
        ChildRecord child = access.childFor(decision.caseId(), user, AccessChannel.TASK, "Afgørelsesbrev i");
        CaseRef ref = access.write(decision.caseId(), user, AccessChannel.TASK, "Afgørelsesbrev i");
        Map<String, Object> model = decisionModel(decision, ref, child, user);
        List<LetterView> reissued = new ArrayList<>();
        for (CaseLetter letter : letters.findByDecisionIdOrderByIdAsc(decision.decisionId())) {
            Map<String, Object> own = new HashMap<>(model);
            own.put("recipient", letter.recipientName());
            render(letter, own, user);
            reissued.add(letter.toView());
        }
        return reissued;
    }

    /** The letters a decision produced, in the order they were written. */
    @Transactional(readOnly = true)
    public List<Long> idsOfDecisions(long decisionId) {
        return letters.findByDecisionIdOrderByIdAsc(decisionId).stream().map(CaseLetter::id).toList();
    }

    @Transactional(readOnly = true)
    public Map<Long, List<Long>> idsByDecision(Collection<Long> decisionIds) {
        Map<Long, List<Long>> byDecision = new HashMap<>();
        if (!decisionIds.isEmpty()) {
            letters.findByDecisionIdInOrderByIdAsc(decisionIds).forEach(letter -> byDecision
                    .computeIfAbsent(letter.toView().decisionId(), id -> new ArrayList<>()).add(letter.id()));
        }
        return byDecision;
    }

    /** Every letter of a case, for its journal (the reader is checked by the caller). */
    @Transactional(readOnly = true)
    public List<LetterView> ofCase(long caseId) {
        return letters.findByCaseIdOrderByIdAsc(caseId).stream().map(CaseLetter::toView).toList();
    }

    /**
     * The custody holders the case's latest decision or hearing was written to, so a caseworker
     * names them once per case, not at every decision (empty when none has been written yet).
     */
    @Transactional(readOnly = true)
    public List<String> lastCustodyHolders(long caseId) {
        List<LetterView> toHolders = ofCase(caseId).stream()
                .filter(letter -> letter.recipientRole() == RecipientRole.CUSTODY_HOLDER).toList();
        if (toHolders.isEmpty()) {
            return List.of();
        }
        LetterView last = toHolders.get(toHolders.size() - 1);
        return toHolders.stream().filter(letter -> java.util.Objects.equals(letter.decisionId(), last.decisionId())
                && java.util.Objects.equals(letter.hearingId(), last.hearingId()))
                .map(LetterView::recipient).toList();
    }

    /** The PDF of the letter an outbox attachment names, or null if the reference is not a letter's. */
    @Transactional(readOnly = true)
    public byte[] pdfForOutbox(String reference) {
        if (reference == null || !reference.startsWith(ATTACHMENT_PREFIX)) {
            return null;
        }
        long id = Long.parseLong(reference.substring(ATTACHMENT_PREFIX.length()));
        return letters.findById(id).map(letter -> pdf.pdf(currentHtml(letter))).orElse(null);
    }

    // ---- inside --------------------------------------------------------------------------------

    private long write(CaseRef ref, Long decisionId, Long hearingId, LetterKind kind, RecipientRole role,
                       String recipient, String template, Map<String, Object> model, String subject, CurrentUser user) {
        CaseLetter letter = letters.save(new CaseLetter(ref.id(), decisionId, hearingId, kind, role, recipient.strip(),
                template, user.id(), time.now()));
        Map<String, Object> own = new HashMap<>(model);
        own.put("recipient", recipient.strip());
        render(letter, own, user);
        return letter.id();
    }

    private void render(CaseLetter letter, Map<String, Object> model, CurrentUser user) {
        Map<String, Object> values = new HashMap<>(model);
        values.putIfAbsent("recipient", letter.recipientName());
        values.put("letterDate", day(time.today()));
        String html = templates.render(letter.template(), values);
        int version = letter.nextVersion();
        versions.save(new CaseLetterVersion(letter.id(), version, html, user.id(), time.now()));
        String subject = letter.kind().danishName() + " – sag " + values.get("caseNumber")
                + (version > 1 ? " (version " + version + ")" : "");
        long outboxId = outbox.record(new Letter("CASE_LETTER_" + letter.kind().name(), (String) values.get("caseNumber"),
                letter.recipientName(), subject, "Brevet er vedhæftet som PDF.", null,
                ATTACHMENT_PREFIX + letter.id()), user.id());
        letter.queued(outboxId);
    }

    private Map<String, Object> decisionModel(DecisionLetter decision, CaseRef ref, ChildRecord child, CurrentUser user) {
        Map<String, Object> model = common(ref, child, user);
        model.put("title", decision.title());
        model.put("decidedOn", day(decision.decidedOn()));
        model.put("decidedBy", organisation.displayName(decision.decidedBy()));
        model.put("legalBasis", decision.legalBasis());
        model.put("legalRule", decision.legalRule());
        model.put("reasons", decision.reasons());
        model.put("childHeard", decision.childHeard());
        model.put("consent", decision.consent());
        model.put("hearing", decision.hearing());
        model.put("byCommittee", decision.byCommittee());
        int appealDays = deadlines.rule(APPEAL).deadlineAmount();
        model.put("appealWeeks", appealDays / 7);
        model.put("appealDeadline", day(time.today().plusDays(appealDays)));
        return model;
    }

    private Map<String, Object> common(CaseRef ref, ChildRecord child, CurrentUser user) {
        Map<String, Object> model = new HashMap<>();
        model.put("municipality", municipality);
        model.put("caseNumber", ref.caseNumber());
        model.put("childName", child.name());
        return model;
    }

    private boolean isParty(ChildRecord child) {
        return isParty(child.birthDate());
    }

    private CaseLetter readable(long letterId, CurrentUser user, AccessChannel channel) {
        access.requireReader(user);
        CaseLetter letter = letters.findById(letterId)
                .orElseThrow(() -> new NotFoundException("Brev " + letterId + " findes ikke"));
        access.read(letter.caseId(), user, channel, "Brev " + letterId + " i");
        return letter;
    }

    private String currentHtml(CaseLetter letter) {
        return versions.findByLetterIdAndVersion(letter.id(), letter.version()).orElseThrow().html();
    }

    private static String day(LocalDate day) {
        return day == null ? "" : DANISH_DATE.format(day);
    }
}
