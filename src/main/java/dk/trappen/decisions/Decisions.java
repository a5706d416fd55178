package dk.trappen.decisions;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.trappen.casefile.AccessChannel;
import dk.trappen.casefile.CaseAccess;
import dk.trappen.casefile.CaseRef;
import dk.trappen.casefile.ChildCases;
import dk.trappen.casefile.ChildPlans;
import dk.trappen.casefile.ChildViews;
import dk.trappen.decisions.internal.CommitteeSubmissionEntity;
import dk.trappen.decisions.internal.CommitteeSubmissionRepository;
import dk.trappen.decisions.internal.DecisionEntity;
import dk.trappen.decisions.internal.DecisionRepository;
import dk.trappen.decisions.internal.HearingEntity;
import dk.trappen.decisions.internal.HearingRepository;
import dk.trappen.deadlines.Deadlines;
import dk.trappen.deadlines.LegalRule;
import dk.trappen.letters.DecisionLetter;
import dk.trappen.letters.HearingLetter;
import dk.trappen.letters.Letters;
import dk.trappen.organisation.CurrentUser;
import dk.trappen.organisation.Organisation;
import dk.trappen.platform.ConflictException;
import dk.trappen.platform.EngineAsSystem;
import dk.trappen.platform.InvalidInputException;
import dk.trappen.platform.NotFoundException;
import dk.trappen.platform.Problems;
import dk.trappen.platform.TimeSource;
import dk.trappen.staircase.MeasureView;
import dk.trappen.staircase.Measures;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decisions (afgørelser) in the domain database, never in the engine: kind, the legal table's
 * rule, who decided and approved, the reasons (forvaltningsloven §§ 22–24), the child's view
 * (Barnets lov § 5), consent, and the hearing (partshøring, forvaltningsloven § 19). Each decision
 * writes its letters in the same transaction. A decision that needs consent and lacks it is refused
 * with the reason; a placement without consent goes to the children and youth committee (§ 47):
 * {@link #submitToCommittee}, {@link #recordCommitteeDecision}, and in urgent cases the chair's
 * {@link #recordChairProvisional}, which lapses unless the committee confirms it in time.
 */
@Service
@Transactional
public class Decisions {

    static final int MAX_TEXT = 20_000;
    static final String PLACEMENT_WITH_CONSENT = "PLACEMENT_WITH_CONSENT";
    static final String PLACEMENT_WITHOUT_CONSENT = "PLACEMENT_WITHOUT_CONSENT";
    static final String COMMITTEE_PROVISIONAL = "COMMITTEE_PROVISIONAL";
    static final String COMMITTEE = "Børne- og ungeudvalget";
    static final String CHAIR = "Børne- og ungeudvalgets formand";

    /** Rules that make a decision a placement (§ 46 with consent; the measure kinds of steps 4–6). */
    static final Set<String> PLACEMENTS = Set.of(PLACEMENT_WITH_CONSENT, "NETWORK_FOSTER_FAMILY",
            "MEASURE_NETWORK_PLACEMENT", "MEASURE_FOSTER_CARE", "MEASURE_INSTITUTION", "MEASURE_TIME_LIMITED_INSTITUTION");
    /** Early help needs no decision at all (§ 30); advice is no measure to decide on. */
    static final Set<String> NO_DECISION = Set.of("MEASURE_ADVICE_GUIDANCE", "MEASURE_EARLY_PREVENTIVE",
            "EARLY_PREVENTIVE", "ADVICE");
    static final Set<String> INVESTIGATIONS = Set.of("INVESTIGATION", "ABUSE_INVESTIGATION");
    static final Set<DecisionKind> NEED_CONSENT = Set.of(DecisionKind.MEASURE_GRANTED, DecisionKind.MEASURE_CHANGED,
            DecisionKind.EXTENSION);

    /** Why a decision to investigate comes before the conversation with the child. */
    static final String CHILD_HEARD_IN_INVESTIGATION = "barnet høres som en del af den børnefaglige undersøgelse (Barnets lov § 22)";

    static final String NO_PLACEMENT_CONSENT = "forældremyndighedens indehavere har ikke givet samtykke. En anbringelse "
            + "uden samtykke er ikke en afgørelse efter Barnets lov § 46: sagen skal forelægges børne- og ungeudvalget "
            + "(§ 47) med en indstilling";
    static final String NO_SUPPORT_CONSENT = "forældremyndighedens indehavere har ikke givet samtykke. En støttende indsats "
            + "efter Barnets lov § 32 kræver samtykke; uden samtykke kan kun børne- og ungeudvalget træffe afgørelse (§§ 37–41)";

    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da-DK"));

    private final DecisionRepository decisions;
    private final HearingRepository hearings;
    private final CommitteeSubmissionRepository submissions;
    private final CaseAccess access;
    private final ChildCases cases;
    private final ChildPlans plans;
    private final ChildViews childViews;
    private final Measures measures;
    private final Deadlines deadlines;
    private final Letters letters;
    private final Organisation organisation;
    private final TimeSource time;
    private final EngineAsSystem system;
    private final int hearingAnswerDays;

    Decisions(DecisionRepository decisions, HearingRepository hearings, CommitteeSubmissionRepository submissions,
              CaseAccess access, ChildCases cases, ChildPlans plans, ChildViews childViews, Measures measures,
              Deadlines deadlines, Letters letters, Organisation organisation, TimeSource time, EngineAsSystem system,
              @Value("${trappen.decisions.hearing-answer-days:14}") int hearingAnswerDays) {
        this.decisions = decisions;
        this.hearings = hearings;
        this.submissions = submissions;
        this.access = access;
        this.cases = cases;
        this.plans = plans;
        this.childViews = childViews;
        this.measures = measures;
        this.deadlines = deadlines;
        this.letters = letters;
        this.organisation = organisation;
        this.time = time;
        this.system = system;
        this.hearingAnswerDays = hearingAnswerDays;
    }

    // ---- the caseworker's decisions ------------------------------------------------------------

    /**
     * Records a decision and writes its letters. Refused (400, naming each field, nothing stored)
     * when a field is missing or wrong, the legal rule does not fit the kind, the child's view is
     * missing, required consent is missing (with the law's reason), or a hearing's answer is
     * neither in nor overdue.
     */
    public DecisionView record(long caseId, DecisionInput input, CurrentUser user) {
        CaseRef ref = access.write(caseId, user, AccessChannel.TASK, "Afgørelse i");
        if (input == null) {
            throw InvalidInputException.of("body", "skal udfyldes");
        }
        Problems problems = new Problems();
        if (problems.require("kind", input.kind()) && input.kind().isCommittees()) {
            problems.add("kind", "børne- og ungeudvalgets afgørelser registreres på udvalgets vej: "
                    + "indstilling, derefter udvalgets eller formandens afgørelse");
        }
        LegalRule rule = legalRule(problems, input.kind(), input.legalRuleCode());
        MeasureView measure = measure(problems, caseId, input.kind(), input.measureId());
        List<String> holders = holders(caseId, input.custodyHolders(), List.of());
        // The child is heard in the investigation itself (§ 22): the decision to investigate comes first.
        boolean aboutInvestigation = input.kind() == DecisionKind.INVESTIGATION_OPENED
                || input.kind() == DecisionKind.INVESTIGATION_REFUSED;
        boolean viewGiven = input.childHeardOn() != null || (input.childNotHeardReason() != null
                && !input.childNotHeardReason().isBlank());
        common(problems, input.decidedOn(), input.reasons(), aboutInvestigation && !viewGiven ? null : input.childHeardOn(),
                aboutInvestigation && !viewGiven ? CHILD_HEARD_IN_INVESTIGATION : input.childNotHeardReason(), holders);
        Consent custody = orNotRequired(input.custodyConsent());
        Consent young = orNotRequired(input.youngPersonConsent());
        boolean placement = rule != null && PLACEMENTS.contains(rule.code());
        if (input.kind() != null && NEED_CONSENT.contains(input.kind()) && rule != null) {
            if (custody != Consent.GIVEN) {
                problems.add("custodyConsent", placement ? NO_PLACEMENT_CONSENT : NO_SUPPORT_CONSENT);
            }
            if (placement) {
                youngPersonConsent(problems, caseId, young);
                if (problems.require("approvedBy", input.approvedBy())) {
                    if (!userExists(input.approvedBy())) {
                        problems.add("approvedBy", "er ikke en kendt bruger");
                    } else if (input.approvedBy().equals(user.id())) {
                        problems.add("approvedBy", "en anbringelse godkendes af en anden end den, der træffer afgørelsen");
                    }
                }
            }
        }
        if (input.approvedBy() != null && !input.approvedBy().isBlank() && !userExists(input.approvedBy())
                && !placement) {
            problems.add("approvedBy", "er ikke en kendt bruger");
        }
        HearingEntity hearing = hearingBefore(problems, caseId, input.hearingId(), input.decidedOn());
        problems.throwIfAny();
        DecisionEntity decision = decisions.save(new DecisionEntity(caseId, input.measureId(), input.kind(), rule.code(),
                input.decidedOn(), user.id(), blankToNull(input.approvedBy()), input.reasons().strip(),
                input.childHeardOn(), input.childHeardOn() != null ? null : viewGiven ? input.childNotHeardReason().strip()
                        : CHILD_HEARD_IN_INVESTIGATION,
                custody, young, input.hearingId(), null, null, null, names(holders), user.id(), time.now()));
        cases.recordInvolvement(caseId, user.id());
        List<Long> letterIds = letters.writeDecisionLetters(letter(decision, rule, measure, hearing), user);
        return view(decision, rule, hearing, letterIds);
    }

    // ---- the hearing (partshøring) -------------------------------------------------------------

    /** Sends a hearing: stored, with its letters; the answer is due {@code hearing-answer-days} later unless given. */
    public HearingView sendHearing(long caseId, HearingInput input, CurrentUser user) {
        access.write(caseId, user, AccessChannel.TASK, "Partshøring i");
        if (input == null) {
            throw InvalidInputException.of("body", "skal udfyldes");
        }
        Problems problems = new Problems();
        problems.require("subject", input.subject());
        problems.maxLength("subject", input.subject(), MAX_TEXT);
        if (problems.require("sentOn", input.sentOn()) && input.sentOn().isAfter(time.today())) {
            problems.add("sentOn", "kan ikke ligge i fremtiden");
        }
        LocalDate due = input.answerDueOn() != null ? input.answerDueOn()
                : input.sentOn() == null ? null : input.sentOn().plusDays(hearingAnswerDays);
        if (due != null && input.sentOn() != null && !due.isAfter(input.sentOn())) {
            problems.add("answerDueOn", "skal ligge efter den dag, partshøringen sendes");
        }
        List<String> holders = holders(caseId, input.custodyHolders(), List.of());
        custodyHolders(problems, holders);
        problems.throwIfAny();
        HearingEntity hearing = hearings.save(new HearingEntity(caseId, input.subject().strip(), input.sentOn(), due,
                user.id(), time.now()));
        letters.writeHearingLetters(new HearingLetter(caseId, hearing.id(), hearing.subject(), input.sentOn(), due,
                names(holders)), user);
        return hearing.toView();
    }

    /** The family's answer, recorded by the caseworker (or received over the API); once. */
    public HearingView recordHearingAnswer(long hearingId, LocalDate answeredOn, String answer, CurrentUser user) {
        HearingEntity hearing = hearings.findById(hearingId)
                .orElseThrow(() -> new NotFoundException("Partshøring " + hearingId + " findes ikke"));
        access.write(hearing.caseId(), user, AccessChannel.TASK, "Svar på partshøring i");
        Problems problems = new Problems();
        if (hearing.answeredOn() != null) {
            problems.add("answeredOn", "svaret er allerede registreret");
        }
        if (problems.require("answeredOn", answeredOn)) {
            if (answeredOn.isAfter(time.today())) {
                problems.add("answeredOn", "kan ikke ligge i fremtiden");
            } else if (answeredOn.isBefore(hearing.sentOn())) {
                problems.add("answeredOn", "kan ikke ligge før partshøringen blev sendt");
            }
        }
        problems.require("answer", answer);
        problems.maxLength("answer", answer, MAX_TEXT);
        problems.throwIfAny();
        hearing.answered(answeredOn, answer.strip(), user.id());
        return hearing.toView();
    }

    /** A hearing for a reader of its case; audit-logged. */
    public HearingView hearing(long hearingId, CurrentUser user, AccessChannel channel) {
        HearingEntity hearing = hearings.findById(hearingId)
                .orElseThrow(() -> new NotFoundException("Partshøring " + hearingId + " findes ikke"));
        access.read(hearing.caseId(), user, channel, "Partshøring i");
        return hearing.toView();
    }

    /** A hearing's dates for the decision's form (no reader check: only dates, no personal data, leave here). */
    @Transactional(readOnly = true)
    public HearingView hearingFacts(long hearingId) {
        HearingView hearing = hearings.findById(hearingId)
                .orElseThrow(() -> new NotFoundException("Partshøring " + hearingId + " findes ikke")).toView();
        return new HearingView(hearing.id(), hearing.caseId(), hearing.sentOn(), hearing.answerDueOn(), hearing.answeredOn(), null);
    }

    /** For the process's gateway: whether a decision may be made on {@code day} (answered, or the time ran out). No personal data. */
    @Transactional(readOnly = true)
    public boolean hearingAllowsDecision(long hearingId, LocalDate day) {
        return hearings.findById(hearingId).map(h -> h.toView().allowsDecisionOn(day))
                .orElseThrow(() -> new NotFoundException("Partshøring " + hearingId + " findes ikke"));
    }

    // ---- the children and youth committee (§ 47) -----------------------------------------------

    /**
     * The caseworker's submission (indstilling) of a placement without consent to the committee. The
     * parents (and the child from 12) must have been offered free legal aid (§ 140) first.
     */
    public CommitteeSubmissionView submitToCommittee(long caseId, CommitteeSubmissionInput input, CurrentUser user) {
        access.write(caseId, user, AccessChannel.TASK, "Indstilling til børne- og ungeudvalget i");
        if (input == null) {
            throw InvalidInputException.of("body", "skal udfyldes");
        }
        Problems problems = new Problems();
        problems.require("submission", input.submission());
        problems.maxLength("submission", input.submission(), MAX_TEXT);
        if (problems.require("preparedOn", input.preparedOn()) && input.preparedOn().isAfter(time.today())) {
            problems.add("preparedOn", "kan ikke ligge i fremtiden");
        }
        if (input.legalAidOfferedOn() == null) {
            problems.add("legalAidOfferedOn", "forældrene (og barnet fra " + deadlines.ageFrom("LEGAL_AID")
                    + " år) skal tilbydes gratis advokatbistand, før udvalget behandler sagen (Barnets lov "
                    + deadlines.rule("LEGAL_AID").barnetsLov() + ")");
        } else if (input.legalAidOfferedOn().isAfter(time.today())) {
            problems.add("legalAidOfferedOn", "kan ikke ligge i fremtiden");
        }
        if (input.committeeMeetingOn() != null && input.preparedOn() != null
                && input.committeeMeetingOn().isBefore(input.preparedOn())) {
            problems.add("committeeMeetingOn", "kan ikke ligge før indstillingen");
        }
        if (input.measureId() != null) {
            measure(problems, caseId, DecisionKind.COMMITTEE_PLACEMENT, input.measureId());
        }
        // Optional here: the committee's decision names them, or takes those of the case's latest letter.
        List<String> holders = holders(caseId, input.custodyHolders(), List.of());
        if (!holders.isEmpty()) {
            custodyHolders(problems, holders);
        }
        problems.throwIfAny();
        cases.recordInvolvement(caseId, user.id());
        return submissions.save(new CommitteeSubmissionEntity(caseId, input.measureId(), input.submission().strip(),
                user.id(), input.preparedOn(), input.legalAidOfferedOn(), input.committeeMeetingOn(), names(holders),
                time.now())).toView();
    }

    /**
     * The committee's decision on a submission: a placement without consent (§ 47), with its letters.
     * The child's plan must exist. With {@code confirms} it confirms the chair's provisional
     * decision, which is refused once that decision's time to be confirmed has run out.
     */
    public DecisionView recordCommitteeDecision(long submissionId, CommitteeDecisionInput input, CurrentUser user) {
        return committee(submissionId, input, user, false, DecisionKind.COMMITTEE_PLACEMENT);
    }

    /**
     * The committee decides not to place the child without consent: a decision too, with its reasons
     * and letters; the measure is not granted.
     */
    public DecisionView recordCommitteeRefusal(long submissionId, CommitteeDecisionInput input, CurrentUser user) {
        return committee(submissionId, input, user, false, DecisionKind.COMMITTEE_REFUSED);
    }

    /**
     * The chair's provisional decision in an urgent case (Barnets lov § 143 per the legal table): the
     * committee must confirm it within the legal table's days ({@code COMMITTEE_PROVISIONAL}, 7), or it lapses.
     */
    public DecisionView recordChairProvisional(long submissionId, CommitteeDecisionInput input, CurrentUser user) {
        return committee(submissionId, input, user, true, DecisionKind.CHAIR_PROVISIONAL_PLACEMENT);
    }

    /**
     * For the process's timer at the confirmation deadline: a provisional decision the committee has
     * not confirmed by then lapses. Returns its status; a confirmed one stays confirmed.
     */
    public ProvisionalStatus expireProvisional(long decisionId) {
        DecisionEntity decision = decisions.findById(decisionId)
                .orElseThrow(() -> new NotFoundException("Afgørelse " + decisionId + " findes ikke"));
        if (decision.kind() != DecisionKind.CHAIR_PROVISIONAL_PLACEMENT) {
            throw new ConflictException("Afgørelse " + decisionId + " er ikke en foreløbig formandsafgørelse");
        }
        if (decision.provisionalStatus() == ProvisionalStatus.PENDING) {
            if (!time.today().isAfter(decision.confirmBy())) {
                throw new ConflictException("Udvalget kan endnu godkende afgørelsen (senest " + day(decision.confirmBy()) + ")");
            }
            decision.provisional(ProvisionalStatus.LAPSED);
            endLapsedPlacement(decision);
        }
        return decision.provisionalStatus();
    }

    /**
     * Without a confirmed decision the placement has no legal basis: it ends the day after the time
     * to confirm ran out, and the case's course of it stops (the staircase's MeasureEnded).
     */
    private void endLapsedPlacement(DecisionEntity decision) {
        if (decision.measureId() == null) {
            return;
        }
        MeasureView measure = measures.get(decision.measureId());
        if (measure.status() == dk.trappen.staircase.MeasureStatus.GRANTED) {
            measures.end(measure.id(), decision.confirmBy().plusDays(1).isBefore(measure.startDate())
                            ? measure.startDate() : decision.confirmBy().plusDays(1),
                    "Formandens foreløbige afgørelse bortfaldt: børne- og ungeudvalget godkendte den ikke senest "
                            + day(decision.confirmBy()), CHAIR);
        }
    }

    // ---- reading -------------------------------------------------------------------------------

    /** The case's decisions for a reader of the case; audit-logged. */
    public List<DecisionView> ofCase(long caseId, CurrentUser user, AccessChannel channel) {
        access.read(caseId, user, channel, "Afgørelser i");
        return decisionsOfCase(caseId);
    }

    /** The case's decisions, oldest first (the reader is checked by the caller: the case page's journal). */
    @Transactional(readOnly = true)
    public List<DecisionView> decisionsOfCase(long caseId) {
        List<DecisionEntity> all = decisions.findByCaseIdOrderByDecidedOnAscIdAsc(caseId);
        Map<Long, List<Long>> letterIds = letters.idsByDecision(all.stream().map(DecisionEntity::id).toList());
        Map<String, LegalRule> rules = deadlines.all().stream().collect(Collectors.toMap(LegalRule::code, Function.identity()));
        Set<Long> hearingIds = all.stream().map(DecisionEntity::hearingId).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<Long, HearingEntity> hearingsById = hearings.findAllById(hearingIds).stream()
                .collect(Collectors.toMap(HearingEntity::id, Function.identity()));
        return all.stream().map(d -> view(d, rules.get(d.legalRuleCode()), d.hearingId() == null ? null
                : hearingsById.get(d.hearingId()), letterIds.getOrDefault(d.id(), List.of()))).toList();
    }

    /**
     * A new version of each of the decision's letters from the templates as they are now; the
     * earlier versions stay. Returns the letters' ids.
     */
    public List<Long> reissueLetters(long decisionId, CurrentUser user) {
        DecisionEntity decision = decisions.findById(decisionId)
                .orElseThrow(() -> new NotFoundException("Afgørelse " + decisionId + " findes ikke"));
        LegalRule rule = deadlines.rule(decision.legalRuleCode());
        MeasureView measure = decision.measureId() == null ? null : measures.get(decision.measureId());
        HearingEntity hearing = decision.hearingId() == null ? null : hearings.findById(decision.hearingId()).orElseThrow();
        return letters.reissueDecisionLetters(letter(decision, rule, measure, hearing), user).stream()
                .map(dk.trappen.letters.LetterView::id).toList();
    }

    // ---- inside --------------------------------------------------------------------------------

    private DecisionView committee(long submissionId, CommitteeDecisionInput input, CurrentUser user, boolean provisional,
                                   DecisionKind kind) {
        CommitteeSubmissionEntity submission = submissions.findById(submissionId)
                .orElseThrow(() -> new NotFoundException("Indstilling " + submissionId + " findes ikke"));
        long caseId = submission.caseId();
        access.write(caseId, user, AccessChannel.TASK, "Børne- og ungeudvalgets afgørelse i");
        if (input == null) {
            throw InvalidInputException.of("body", "skal udfyldes");
        }
        Problems problems = new Problems();
        List<String> holders = holders(caseId, input.custodyHolders(), submission.custodyHolders());
        common(problems, input.decidedOn(), input.reasons(), input.childHeardOn(), input.childNotHeardReason(), holders);
        Consent custody = orNotRequired(input.custodyConsent());
        Consent young = orNotRequired(input.youngPersonConsent());
        if (custody != Consent.REFUSED && young != Consent.REFUSED) {
            problems.add("custodyConsent", "udvalget træffer kun afgørelse om anbringelse uden samtykke: med samtykke "
                    + "træffer kommunen selv afgørelsen efter Barnets lov § 46");
        }
        if (!provisional && plans.versions(caseId).isEmpty()) {
            problems.add("caseId", "barnets plan skal foreligge, før udvalget træffer afgørelse (Barnets lov § 47)");
        }
        DecisionEntity confirmed = null;
        if (provisional && input.confirms() != null) {
            problems.add("confirms", "en formandsafgørelse bekræfter ikke en anden; udvalget bekræfter");
        } else if (kind == DecisionKind.COMMITTEE_REFUSED && input.confirms() != null) {
            problems.add("confirms", "et afslag bekræfter ikke formandens afgørelse; den bortfalder, når fristen er udløbet");
        } else if (input.confirms() != null) {
            confirmed = decisions.findById(input.confirms()).filter(d -> d.caseId() == caseId
                    && d.kind() == DecisionKind.CHAIR_PROVISIONAL_PLACEMENT).orElse(null);
            if (confirmed == null) {
                problems.add("confirms", "er ikke en foreløbig formandsafgørelse i samme sag");
            } else if (confirmed.provisionalStatus() != ProvisionalStatus.PENDING) {
                problems.add("confirms", "formandens afgørelse er allerede "
                        + (confirmed.provisionalStatus() == ProvisionalStatus.CONFIRMED ? "godkendt" : "bortfaldet"));
            } else if (input.decidedOn() != null && input.decidedOn().isAfter(confirmed.confirmBy())) {
                problems.add("confirms", "formandens foreløbige afgørelse er bortfaldet: udvalget skulle have godkendt den "
                        + "senest " + day(confirmed.confirmBy()) + " (Barnets lov " + deadlines.rule(COMMITTEE_PROVISIONAL).barnetsLov() + ")");
            }
        }
        HearingEntity hearing = hearingBefore(problems, caseId, input.hearingId(), input.decidedOn());
        problems.throwIfAny();
        LegalRule rule = deadlines.rule(provisional ? COMMITTEE_PROVISIONAL : PLACEMENT_WITHOUT_CONSENT);
        LocalDate confirmBy = provisional ? input.decidedOn().plusDays(rule.deadlineAmount()) : null;
        if (!provisional) {
            submission.metOn(input.decidedOn());
        }
        if (confirmed != null) {
            confirmed.provisional(ProvisionalStatus.CONFIRMED);
        }
        DecisionEntity decision = decisions.save(new DecisionEntity(caseId, submission.measureId(),
                kind, rule.code(),
                input.decidedOn(), provisional ? CHAIR : COMMITTEE, null, input.reasons().strip(), input.childHeardOn(),
                input.childHeardOn() == null ? input.childNotHeardReason().strip() : null, custody, young,
                input.hearingId(), submissionId, confirmBy, confirmed == null ? null : confirmed.id(),
                names(holders), user.id(), time.now()));
        MeasureView measure = submission.measureId() == null ? null : measures.get(submission.measureId());
        List<Long> letterIds = letters.writeDecisionLetters(letter(decision, rule, measure, hearing), user);
        return view(decision, rule, hearing, letterIds);
    }

    private void common(Problems problems, LocalDate decidedOn, String reasons, LocalDate childHeardOn,
                        String childNotHeardReason, List<String> custodyHolders) {
        if (problems.require("decidedOn", decidedOn) && decidedOn.isAfter(time.today())) {
            problems.add("decidedOn", "kan ikke ligge i fremtiden");
        }
        problems.require("reasons", reasons);
        problems.maxLength("reasons", reasons, MAX_TEXT);
        try {
            childViews.check(childHeardOn, childNotHeardReason);
        } catch (InvalidInputException missingView) {
            missingView.problems().forEach(p -> problems.add(p.field(), p.message()));
        }
        custodyHolders(problems, custodyHolders);
    }

    private static void custodyHolders(Problems problems, List<String> custodyHolders) {
        if (custodyHolders == null || custodyHolders.isEmpty()) {
            problems.add("custodyHolders", "skal have mindst én indehaver af forældremyndigheden (hver får brevet)");
            return;
        }
        if (custodyHolders.size() > 4) {
            problems.add("custodyHolders", "højst 4");
        }
        for (int i = 0; i < custodyHolders.size(); i++) {
            String name = custodyHolders.get(i);
            if (name == null || Problems.isEmptyText(name)) {
                problems.add("custodyHolders[" + i + "]", "skal udfyldes");
            } else if (name.length() > 200) {
                problems.add("custodyHolders[" + i + "]", "må højst være 200 tegn");
            }
        }
    }

    private LegalRule legalRule(Problems problems, DecisionKind kind, String code) {
        if (!problems.require("legalRuleCode", code)) {
            return null;
        }
        LegalRule rule = deadlines.all().stream().filter(r -> r.code().equals(code.strip())).findFirst().orElse(null);
        if (rule == null) {
            problems.add("legalRuleCode", "findes ikke i lovtabellen");
            return null;
        }
        if (kind == null || kind.isCommittees()) {
            return rule;
        }
        boolean fits = switch (kind) {
            case INVESTIGATION_OPENED, INVESTIGATION_REFUSED -> INVESTIGATIONS.contains(rule.code());
            case PLACEMENT_ENDED -> PLACEMENTS.contains(rule.code()) || rule.code().equals(PLACEMENT_WITHOUT_CONSENT);
            default -> !NO_DECISION.contains(rule.code()) && (rule.code().startsWith("MEASURE_")
                    || rule.code().equals("SUPPORT_MEASURES") || PLACEMENTS.contains(rule.code()));
        };
        if (!fits) {
            problems.add("legalRuleCode", NO_DECISION.contains(rule.code())
                    ? "tidlige forebyggende indsatser og rådgivning kræver ingen afgørelse (Barnets lov § 30)"
                    : "Barnets lov " + rule.barnetsLov() + " (" + rule.code() + ") er ikke hjemmel til " + kind.danishName().toLowerCase());
            return null;
        }
        return rule;
    }

    private MeasureView measure(Problems problems, long caseId, DecisionKind kind, Long measureId) {
        boolean aboutMeasure = kind != null && kind != DecisionKind.INVESTIGATION_OPENED && kind != DecisionKind.INVESTIGATION_REFUSED;
        if (measureId == null) {
            if (aboutMeasure && kind != DecisionKind.MEASURE_REFUSED && !kind.isCommittees()) {
                problems.add("measureId", "skal udfyldes: afgørelsen gælder en indsats");
            }
            return null;
        }
        try {
            MeasureView measure = measures.get(measureId);
            if (measure.caseId() != caseId) {
                problems.add("measureId", "er ikke en indsats i denne sag");
                return null;
            }
            return measure;
        } catch (NotFoundException | java.util.NoSuchElementException unknown) {
            problems.add("measureId", "findes ikke");
            return null;
        }
    }

    private void youngPersonConsent(Problems problems, long caseId, Consent young) {
        Integer age = cases.context(caseId).childAge();
        int from = deadlines.ageFrom(PLACEMENT_WITH_CONSENT);
        if (age != null && age >= from && young != Consent.GIVEN) {
            problems.add("youngPersonConsent", young == Consent.REFUSED
                    ? "den unge (" + age + " år) har ikke givet samtykke. En anbringelse uden den unges samtykke er ikke en "
                    + "afgørelse efter Barnets lov § 46: sagen skal forelægges børne- og ungeudvalget (§ 47) med en indstilling"
                    : "den unge er fyldt " + from + " år: den unges samtykke skal foreligge (Barnets lov § 46)");
        }
    }

    private HearingEntity hearingBefore(Problems problems, long caseId, Long hearingId, LocalDate decidedOn) {
        if (hearingId == null) {
            return null;
        }
        HearingEntity hearing = hearings.findById(hearingId).filter(h -> h.caseId() == caseId).orElse(null);
        if (hearing == null) {
            problems.add("hearingId", "er ikke en partshøring i denne sag");
        } else if (decidedOn != null && !hearing.toView().allowsDecisionOn(decidedOn)) {
            problems.add("hearingId", "afgørelsen kan først træffes, når partshøringen er besvaret, eller svarfristen ("
                    + day(hearing.toView().answerDueOn()) + ") er udløbet");
        }
        return hearing;
    }

    private DecisionLetter letter(DecisionEntity d, LegalRule rule, MeasureView measure, HearingEntity hearing) {
        String title = d.kind().danishName() + (measure == null ? "" : ": " + measure.offerName());
        String childHeard = d.childHeardOn() != null
                ? "Vi talte med barnet om sagen den " + day(d.childHeardOn()) + ", og barnets synspunkter indgår i afgørelsen."
                : "Vi har ikke holdt en samtale med barnet før afgørelsen, fordi: " + d.childNotHeardReason();
        String consent = NEED_CONSENT.contains(d.kind()) || d.kind().isCommittees()
                ? "Forældremyndighedens indehavere: samtykke " + d.custodyConsent().danishName()
                        + ". Den unge: samtykke " + d.youngPersonConsent().danishName() + "."
                : null;
        String heard = hearing == null ? null : "Du fik brev om partshøring den " + day(hearing.sentOn()) + " med svarfrist "
                + day(hearing.toView().answerDueOn()) + ". " + (hearing.answeredOn() != null
                ? "Vi fik dit svar den " + day(hearing.answeredOn()) + " og har taget det med i vores vurdering."
                : "Vi fik ikke et svar inden fristen.");
        return new DecisionLetter(d.caseId(), d.id(), title, d.decidedOn(), d.decidedBy(), legalBasis(rule),
                rule.description(), d.reasons(), childHeard, consent, heard, d.custodyHolders(), d.kind().isCommittees());
    }

    private static DecisionView view(DecisionEntity d, LegalRule rule, HearingEntity hearing, List<Long> letterIds) {
        return new DecisionView(d.id(), d.caseId(), d.measureId(), d.kind(), d.kind().danishName(), d.legalRuleCode(),
                legalBasis(rule), d.decidedOn(), d.decidedBy(), d.approvedBy(), d.reasons(),
                new DecisionView.ConsentView(d.custodyConsent(), d.youngPersonConsent()),
                new DecisionView.ChildHeard(d.childHeardOn(), d.childNotHeardReason()),
                hearing == null ? null : hearing.toView(),
                d.confirmBy() == null ? null : new DecisionView.Provisional(d.confirmBy(), d.provisionalStatus()),
                List.copyOf(letterIds), d.recordedAt());
    }

    static String legalBasis(LegalRule rule) {
        return rule == null ? null : rule.barnetsLov() != null ? "Barnets lov " + rule.barnetsLov() : rule.description();
    }

    /** Whether the user exists, asked as the system: the caller's engine rights may not list users. */
    private boolean userExists(String userId) {
        return system.call(() -> organisation.userExists(userId));
    }

    /** The names given, or else the submission's, or else those the case's latest letter went to. */
    private List<String> holders(long caseId, List<String> given, List<String> submissions) {
        if (given != null && given.stream().anyMatch(name -> name != null && !name.isBlank())) {
            return given;
        }
        return !submissions.isEmpty() ? submissions : letters.lastCustodyHolders(caseId);
    }

    private static Consent orNotRequired(Consent consent) {
        return consent == null ? Consent.NOT_REQUIRED : consent;
    }

    private static List<String> names(List<String> names) {
        return names.stream().map(String::strip).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String day(LocalDate day) {
        return day == null ? "" : DANISH_DATE.format(day);
    }

}
