package dk.trappen.staircase;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import dk.trappen.deadlines.Deadlines;
import dk.trappen.deadlines.LegalRule;
import dk.trappen.platform.InvalidInputException;
import dk.trappen.platform.NotFoundException;
import dk.trappen.platform.Problems;
import dk.trappen.platform.TimeSource;
import dk.trappen.staircase.internal.MeasureEntity;
import dk.trappen.staircase.internal.MeasureRepository;
import dk.trappen.staircase.internal.OfferEntity;
import dk.trappen.staircase.internal.OfferRepository;
import dk.trappen.staircase.internal.StaircaseMoveEntity;
import dk.trappen.staircase.internal.StaircaseMoveRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Measures on the staircase: proposed from the offer catalogue, granted (by the caseworker or
 * after the team leader's approval, as the decision grantingAuthority says), extended and ended.
 * Every grant or end that changes the child's step is recorded as a {@link StaircaseMove}.
 * Who may act is decided by the process (candidate groups); this service checks the facts.
 */
@Service
@Transactional
public class Measures {

    static final int MAX_DURATION_WEEKS = 520;
    private static final EnumSet<MeasureStatus> OPEN = EnumSet.of(MeasureStatus.PROPOSED, MeasureStatus.RETURNED,
            MeasureStatus.GRANTED);

    private final MeasureRepository measures;
    private final OfferRepository offers;
    private final StaircaseMoveRepository moves;
    private final Deadlines deadlines;
    private final TimeSource time;
    private final ApplicationEventPublisher events;

    private final dk.trappen.staircase.internal.ReturnHomeRepository returnsHome;

    Measures(MeasureRepository measures, OfferRepository offers, StaircaseMoveRepository moves, Deadlines deadlines,
             TimeSource time, ApplicationEventPublisher events,
             dk.trappen.staircase.internal.ReturnHomeRepository returnsHome) {
        this.returnsHome = returnsHome;
        this.events = events;
        this.measures = measures;
        this.offers = offers;
        this.moves = moves;
        this.deadlines = deadlines;
        this.time = time;
    }

    /** The active offers a child of {@code age} (null: unknown, all) can get, least intrusive first. */
    @Transactional(readOnly = true)
    public List<Offer> offersFor(Integer age) {
        return offers.findAllByOrderByStaircaseStepAscNameAsc().stream().filter(OfferEntity::active)
                .filter(offer -> age == null || offer.isFor(age)).map(OfferEntity::toOffer).toList();
    }

    /** The placement offers (steps 4–6) a child of {@code age} can get: the choices of an acute placement. */
    @Transactional(readOnly = true)
    public List<Offer> placementOffersFor(Integer age) {
        return offersFor(age).stream().filter(offer -> offer.measureKind().measureType().isPlacement()).toList();
    }

    /** The weeks an acute placement is expected to last before the investigation's decision replaces it. */
    static final int ACUTE_PLACEMENT_WEEKS = 26;

    /**
     * Grants an acute placement at once, on a provisional decision by whoever acted acutely (the team
     * and its leader): the investigation that a placement otherwise needs first runs beside it (§ 46,
     * § 20). The child's step moves now, and its follow-ups and visits start from day one. Refused,
     * naming the field, for an offer that is not a placement or does not fit the child's age.
     */
    public MeasureView grantAcutePlacement(CaseContext context, AcutePlacement placement, String decidedBy) {
        Problems problems = new Problems();
        OfferEntity offer = null;
        if (problems.require("offerId", placement.offerId())) {
            offer = offers.findById(placement.offerId()).filter(OfferEntity::active).orElse(null);
            if (offer == null || !offer.measureKind().measureType().isPlacement()) {
                problems.add("offerId", "er ikke et aktivt anbringelsestilbud i tilbudsviften");
            } else if (context.childAge() != null && !offer.isFor(context.childAge())) {
                problems.add("offerId", "passer ikke til barnets alder (" + context.childAge() + " år)");
            }
        }
        if (problems.require("placementStartDate", placement.startDate())
                && placement.startDate().isAfter(time.today().plusDays(1))) {
            problems.add("placementStartDate", "en akut anbringelse sker nu: datoen kan ikke ligge senere end i morgen");
        }
        problems.throwIfAny();
        MeasureProposal proposal = new MeasureProposal(offer.id(), placement.startDate(), ACUTE_PLACEMENT_WEEKS,
                "Akut anbringelse: barnet var i akut fare", "Akut anbringelse på en foreløbig afgørelse; den børnefaglige"
                        + " undersøgelse gennemføres sideløbende");
        MeasureEntity measure = measures.save(new MeasureEntity(context, offer, proposal,
                legalBasis(offer) + " (akut, undersøgelsen sideløbende)", decidedBy, time.now()));
        measure.decide(MeasureStatus.PROPOSED, decidedBy, "Foreløbig afgørelse ved akut handling", time.now());
        MeasureView granted = grant(measure.id());
        events.publishEvent(new AcutePlacementGranted(granted.id(), context.caseId()));
        return granted;
    }

    public MeasureView propose(CaseContext context, MeasureProposal proposal, String proposedBy) {
        return propose(context, proposal, null, proposedBy);
    }

    /**
     * A measure that, once granted, replaces {@code replacesMeasureId} (a follow-up's step change, the
     * decision after an acute placement; null: none). Replacing a running placement with a measure
     * that is none takes the child home: that needs the placement's statement and the plan for the
     * return (§ 100), kept with the proposal and recorded when the grant ends the placement.
     */
    public MeasureView propose(CaseContext context, MeasureProposal proposal, Long replacesMeasureId, String proposedBy) {
        OfferEntity offer = validate(context, proposal, replacesMeasureId);
        return measures.save(new MeasureEntity(context, offer, proposal, legalBasis(offer, context), proposedBy,
                time.now())).toView();
    }

    /** The caseworker's changes to a measure the team leader sent back. */
    public MeasureView revise(long measureId, CaseContext context, MeasureProposal proposal, String revisedBy) {
        return revise(measureId, context, proposal, null, revisedBy);
    }

    public MeasureView revise(long measureId, CaseContext context, MeasureProposal proposal, Long replacesMeasureId,
                              String revisedBy) {
        MeasureEntity measure = entity(measureId);
        requireStatus(measure, MeasureStatus.RETURNED, "sendt tilbage til rettelse");
        OfferEntity offer = validate(context, proposal, replacesMeasureId);
        measure.propose(offer, proposal, legalBasis(offer, context), revisedBy, time.now());
        return measure.toView();
    }

    /**
     * The granted measure replaces the running {@code replacedMeasureId}, which ends the day the new
     * one starts: one move on the staircase (say 5 → 2), not a fall to 0 and a climb back. A placement
     * replaced by a measure that is none ends as a return home, with the plan kept on the proposal.
     * Nothing happens when the old one has ended already (e.g. with its own return home).
     */
    public void replace(long replacedMeasureId, long grantedMeasureId) {
        MeasureEntity old = entity(replacedMeasureId);
        MeasureEntity granted = entity(grantedMeasureId);
        if (old.id() == granted.id() || old.status() != MeasureStatus.GRANTED) {
            return;
        }
        MeasureView next = granted.toView();
        LocalDate endsOn = next.startDate().isBefore(old.startDate()) ? old.startDate() : next.startDate();
        String by = next.decidedBy() == null ? next.proposedBy() : next.decidedBy();
        if (old.toView().isPlacement() && !next.isPlacement() && granted.returnHomePlan() != null) {
            endPlacement(old.id(), endsOn, "Afløst af " + next.offerName() + ": barnet flytter hjem",
                    new PlacementEnd(true, true, granted.returnHomePlan(), true), by);
        } else {
            end(old.id(), endsOn, "Afløst af " + next.offerName(), by);
        }
    }

    /** The team leader's decision on a proposed measure; a reason is required unless approved. */
    public MeasureView decide(long measureId, Approval approval, String reason, String decidedBy) {
        Problems problems = new Problems();
        problems.require("approval", approval);
        if (approval != null && approval != Approval.APPROVED) {
            problems.require("approvalReason", reason);
        }
        problems.maxLength("approvalReason", reason, 4000);
        problems.throwIfAny();
        MeasureEntity measure = entity(measureId);
        requireStatus(measure, MeasureStatus.PROPOSED, "foreslået");
        MeasureStatus status = switch (approval) {
            case APPROVED -> MeasureStatus.PROPOSED; // granted by the process's next step
            case REJECTED -> MeasureStatus.REJECTED;
            case RETURNED -> MeasureStatus.RETURNED;
        };
        measure.decide(status, decidedBy, reason, time.now());
        return measure.toView();
    }

    /**
     * The grant: the measure runs from its start date, and the child's step may change. Granted by
     * the team leader who approved it, or else by the caseworker who chose it (their authority).
     */
    public MeasureView grant(long measureId) {
        MeasureEntity measure = entity(measureId);
        if (measure.status() == MeasureStatus.GRANTED) {
            return measure.toView(); // a retried job
        }
        requireStatus(measure, MeasureStatus.PROPOSED, "foreslået");
        int from = currentStep(measure.childId());
        MeasureView view = measure.toView();
        String grantedBy = view.decidedBy() == null ? view.proposedBy() : view.decidedBy();
        measure.decide(MeasureStatus.GRANTED, grantedBy,
                view.decisionReason(), time.now());
        recordMoveIfAny(measure, from, measure.startDate(), "Ny indsats: " + view.offerName()
                + (view.stepReason() == null ? "" : " – " + view.stepReason()), grantedBy);
        return measure.toView();
    }

    public MeasureView extend(long measureId, LocalDate newExpectedEnd, String reason, String extendedBy) {
        MeasureEntity measure = entity(measureId);
        requireStatus(measure, MeasureStatus.GRANTED, "bevilget");
        Problems problems = new Problems();
        if (problems.require("newExpectedEndDate", newExpectedEnd) && !newExpectedEnd.isAfter(measure.expectedEndDate())) {
            problems.add("newExpectedEndDate", "skal ligge efter den hidtidige slutdato " + measure.expectedEndDate());
        }
        problems.require("extensionReason", reason);
        problems.maxLength("extensionReason", reason, 4000);
        problems.throwIfAny();
        measure.extend(newExpectedEnd);
        return measure.toView();
    }

    public MeasureView end(long measureId, LocalDate endedOn, String reason, String endedBy) {
        MeasureEntity measure = entity(measureId);
        requireStatus(measure, MeasureStatus.GRANTED, "bevilget");
        Problems problems = new Problems();
        if (problems.require("endDate", endedOn) && endedOn.isBefore(measure.startDate())) {
            problems.add("endDate", "kan ikke ligge før indsatsens start " + measure.startDate());
        }
        problems.require("endReason", reason);
        problems.maxLength("endReason", reason, 4000);
        problems.throwIfAny();
        int from = currentStep(measure.childId());
        measure.end(endedOn, reason.trim(), endedBy);
        recordMoveIfAny(measure, from, endedOn, "Indsats afsluttet: " + reason.trim(), endedBy);
        events.publishEvent(new MeasureEnded(measure.id(), measure.toView().caseId(), measure.childId(), endedOn));
        return measure.toView();
    }

    /**
     * Ends a placement. Whether the child goes home is required; going home needs the plan for the
     * return and a decision on support afterwards (the legal table's RETURN_HOME_PLAN), and sets the
     * follow-up after the return (RETURN_HOME_FOLLOW_UP, by default 3 months): its due date, or
     * empty when the child does not go home. Refused, naming the field, before anything changes.
     */
    public java.util.Optional<LocalDate> endPlacement(long measureId, LocalDate endedOn, String reason, PlacementEnd how,
                                                       String endedBy) {
        MeasureEntity measure = entity(measureId);
        Problems problems = new Problems();
        if (!measure.toView().isPlacement()) {
            problems.add("placementEnd", "indsats " + measureId + " er ikke en anbringelse");
        } else if (problems.require("returnsHome", how.returnsHome()) && how.returnsHome()) {
            if (!Boolean.TRUE.equals(how.placementStatement())) {
                problems.add("placementStatement", "anbringelsesstedets udtalelse skal indhentes, før der træffes afgørelse om"
                        + " hjemgivelse (Barnets lov § 100 stk. 2)");
            }
            problems.require("returnHomePlan", how.returnHomePlan());
            problems.maxLength("returnHomePlan", how.returnHomePlan(), 10000);
            problems.require("supportAfterReturn", how.supportAfterReturn());
        }
        problems.throwIfAny();
        MeasureView ended = end(measureId, endedOn, reason, endedBy);
        if (!how.returnsHome()) {
            return java.util.Optional.empty();
        }
        LocalDate followUpDue = time.inZone(deadlines.deadline(dk.trappen.deadlines.LegalRules.RETURN_HOME_FOLLOW_UP,
                endedOn.atStartOfDay(time.zone()).toInstant())).toLocalDate();
        returnsHome.save(new dk.trappen.staircase.internal.ReturnHomeEntity(measureId, ended.caseId(), endedOn,
                how.returnHomePlan().trim(), how.supportAfterReturn(), followUpDue, endedBy, time.now()));
        return java.util.Optional.of(followUpDue);
    }

    /** The plan for the return home of a placement that ended with the child going home, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<ReturnHome> returnHome(long measureId) {
        return returnsHome.findById(measureId).map(entity -> new ReturnHome(measureId, entity.returnedOn(), entity.plan(),
                entity.supportAfterReturn(), entity.followUpDue()));
    }

    @Transactional(readOnly = true)
    public MeasureView get(long measureId) {
        return entity(measureId).toView();
    }

    @Transactional(readOnly = true)
    public List<MeasureView> ofCase(long caseId) {
        return measures.findByCaseIdOrderByProposedAtAscIdAsc(caseId).stream().map(MeasureEntity::toView).toList();
    }

    /** Measures proposed or running: a case cannot be closed while any is left. */
    @Transactional(readOnly = true)
    public long openCount(long caseId) {
        return measures.countByCaseIdAndStatusIn(caseId, OPEN);
    }

    /** The child's step now: the highest step among the running measures, 0 without any. */
    @Transactional(readOnly = true)
    public int currentStep(long childId) {
        return measures.findByChildIdAndStatus(childId, MeasureStatus.GRANTED).stream()
                .mapToInt(MeasureEntity::staircaseStep).max().orElse(0);
    }

    /** Each case's step now, by the same rule as {@link #currentStep}, in one query; cases without a running measure are absent (0). */
    @Transactional(readOnly = true)
    public java.util.Map<Long, Integer> currentStepsOfCases(java.util.Collection<Long> caseIds) {
        return caseIds.isEmpty() ? java.util.Map.of() : measures.findByCaseIdInAndStatus(caseIds, MeasureStatus.GRANTED).stream()
                .collect(java.util.stream.Collectors.toMap(MeasureEntity::caseId, MeasureEntity::staircaseStep, Math::max));
    }

    /** Every measure of these cases, for statistics (aggregates only leave the product). */
    @Transactional(readOnly = true)
    public List<MeasureView> ofCases(java.util.Collection<Long> caseIds) {
        return caseIds.isEmpty() ? List.of() : measures.findByCaseIdIn(caseIds).stream().map(MeasureEntity::toView).toList();
    }

    /** The moves of these cases' children between two dates (inclusive), oldest first. */
    @Transactional(readOnly = true)
    public List<StaircaseMove> movesBetween(java.util.Collection<Long> caseIds, LocalDate from, LocalDate to) {
        return caseIds.isEmpty() ? List.of() : moves.findByCaseIdInAndMovedOnBetweenOrderByMovedOnAsc(caseIds, from, to)
                .stream().map(StaircaseMoveEntity::toMove).toList();
    }

    @Transactional(readOnly = true)
    public List<StaircaseMove> movesOf(long childId) {
        return moves.findByChildIdOrderByMovedOnAscIdAsc(childId).stream().map(StaircaseMoveEntity::toMove).toList();
    }

    private void recordMoveIfAny(MeasureEntity cause, int from, LocalDate on, String reason, String by) {
        int to = currentStep(cause.childId());
        if (to != from) {
            moves.save(new StaircaseMoveEntity(cause, from, to, on, reason, by, time.now()));
        }
    }

    /** Barnets lov § 46 stk. 1 and § 20 stk. 1 nr. 1: a placement rests on a child welfare investigation. */
    static final String PLACEMENT_NEEDS_INVESTIGATION = "en anbringelse kræver en afsluttet børnefaglig undersøgelse"
            + " (Barnets lov § 20 stk. 1 nr. 1 og § 46): gennemfør undersøgelsen først, eller vælg en indsats efter § 32";

    static final String PLACEMENT_NOT_ALONGSIDE = "ved siden af undersøgelsen kan kun gives støtte efter § 32 (stk. 4);"
            + " en anbringelse venter på undersøgelsen (Barnets lov § 46 stk. 3), eller sker akut fra modtagelsen";

    /** The field of the reason support cannot wait for the investigation (personal data: pii_ in forms). */
    static final String ALONGSIDE_REASON = "measureAlongsideReason";

    private OfferEntity validate(CaseContext context, MeasureProposal proposal, Long replacesMeasureId) {
        Problems problems = new Problems();
        OfferEntity offer = null;
        if (problems.require("offerId", proposal.offerId())) {
            offer = offers.findById(proposal.offerId()).orElse(null);
            if (offer == null || !offer.active()) {
                problems.add("offerId", "er ikke et aktivt tilbud i tilbudsviften");
            } else if (context.childAge() != null && !offer.isFor(context.childAge())) {
                problems.add("offerId", "passer ikke til barnets alder (" + context.childAge() + " år)");
            } else if (offer.measureKind().measureType().isPlacement() && context.alongsideInvestigation()) {
                problems.add("offerId", PLACEMENT_NOT_ALONGSIDE);
            } else if (offer.measureKind().measureType().isPlacement() && !context.investigationFinished()) {
                problems.add("offerId", PLACEMENT_NEEDS_INVESTIGATION);
            }
        }
        MeasureEntity replaced = replacesMeasureId == null ? null : measures.findById(replacesMeasureId).orElse(null);
        if (offer != null && replaced != null && replaced.status() == MeasureStatus.GRANTED && replaced.toView().isPlacement()
                && !offer.measureKind().measureType().isPlacement()) {
            // The child goes home from the placement this measure replaces (§ 100).
            if (!Boolean.TRUE.equals(proposal.placementStatement())) {
                problems.add("placementStatement", "indsatsen afløser en anbringelse, så barnet flytter hjem: anbringelsesstedets"
                        + " udtalelse skal indhentes først (Barnets lov § 100 stk. 2)");
            }
            problems.require("returnHomePlan", proposal.returnHomePlan());
            problems.maxLength("returnHomePlan", proposal.returnHomePlan(), 10000);
        }
        if (context.alongsideInvestigation()) {
            problems.require(ALONGSIDE_REASON, proposal.alongsideReason());
            problems.maxLength(ALONGSIDE_REASON, proposal.alongsideReason(), 4000);
        }
        problems.require("measureStartDate", proposal.startDate());
        if (problems.require("measureDurationWeeks", proposal.durationWeeks())
                && (proposal.durationWeeks() < 1 || proposal.durationWeeks() > MAX_DURATION_WEEKS)) {
            problems.add("measureDurationWeeks", "skal være mellem 1 og " + MAX_DURATION_WEEKS + " uger");
        }
        problems.require("measurePurpose", proposal.purpose());
        problems.maxLength("measurePurpose", proposal.purpose(), 4000);
        problems.maxLength("measureStepReason", proposal.stepReason(), 4000);
        problems.throwIfAny();
        return offer;
    }

    private String legalBasis(OfferEntity offer) {
        LegalRule rule = deadlines.rule(offer.measureKind().legalRuleCode());
        return "Barnets lov " + rule.barnetsLov();
    }

    /**
     * The legal basis as the decision states it: support (§ 32) rests on a finished investigation,
     * on one running beside it, or else on an afdækning (§ 32 stk. 4, § 19).
     */
    private String legalBasis(OfferEntity offer, CaseContext context) {
        String section = deadlines.rule(offer.measureKind().legalRuleCode()).barnetsLov();
        String basis = "Barnets lov " + section;
        if (!section.startsWith("§ 32")) {
            return basis; // a placement (§ 46) or an early preventive measure (§ 30): no § 32 stk. 4 basis
        }
        if (context.alongsideInvestigation()) {
            return basis + ", jf. stk. 4 (sideløbende med den børnefaglige undersøgelse)";
        }
        return context.investigationFinished() ? basis : basis + ", jf. stk. 4 (på grundlag af en afdækning, § 19)";
    }

    private MeasureEntity entity(long id) {
        return measures.findById(id).orElseThrow(() -> new NotFoundException("Indsats " + id + " findes ikke"));
    }

    private static void requireStatus(MeasureEntity measure, MeasureStatus expected, String danish) {
        if (measure.status() != expected) {
            throw InvalidInputException.of("measure", "indsats " + measure.id() + " er ikke " + danish
                    + " (status " + measure.status() + ")");
        }
    }
}
