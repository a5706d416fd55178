package dk.trappen.decisions;


import dk.trappen.casefile.ChildCases;
import dk.trappen.casefile.ChildViews;
import dk.trappen.deadlines.Deadlines;
import dk.trappen.letters.Letters;
import dk.trappen.organisation.CurrentUser;
import dk.trappen.platform.HtmlPage;
import dk.trappen.platform.InvalidInputException;
import dk.trappen.platform.TimeSource;
import dk.trappen.staircase.Approval;
import dk.trappen.staircase.MeasureView;
import dk.trappen.staircase.Measures;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision on a measure the caseworker has chosen (and the team leader approved where the
 * granting authority asks for it), as the case's process makes it: the rules that turn the
 * measure, the child's view and the approval into a {@link DecisionInput}, and which way a
 * placement without consent must go. {@link Decisions} checks and records it.
 */
@Service
@Transactional
public class MeasureDecisions {

    private final Decisions decisions;
    private final Measures measures;
    private final ChildViews childViews;
    private final ChildCases cases;
    private final Letters letters;
    private final Deadlines deadlines;
    private final TimeSource time;

    MeasureDecisions(Decisions decisions, Measures measures, ChildViews childViews, ChildCases cases, Letters letters,
                     Deadlines deadlines, TimeSource time) {
        this.decisions = decisions;
        this.measures = measures;
        this.childViews = childViews;
        this.cases = cases;
        this.letters = letters;
        this.deadlines = deadlines;
        this.time = time;
    }

    /** The facts the decision's form shows. */
    @Transactional(readOnly = true)
    public DecisionFacts facts(long caseId, long measureId, Long hearingId) {
        MeasureView measure = measures.get(measureId);
        Integer age = cases.context(caseId).childAge();
        boolean youngConsent = measure.isPlacement() && age != null && age >= deadlines.ageFrom(Decisions.PLACEMENT_WITH_CONSENT);
        String hearing = null;
        if (hearingId != null) {
            HearingView sent = decisions.hearingFacts(hearingId);
            hearing = "Partshøring sendt " + HtmlPage.day(sent.sentOn()) + " med svarfrist " + HtmlPage.day(sent.answerDueOn()) + ": "
                    + (sent.answeredOn() != null ? "svar modtaget " + HtmlPage.day(sent.answeredOn()) + " (læs det på sagen)"
                    : sent.allowsDecisionOn(time.today()) ? "fristen er udløbet uden svar" : "der er endnu ikke svar");
        }
        return new DecisionFacts(measure.offerName() + " (trin " + measure.staircaseStep() + ") · " + measure.legalBasis(),
                measure.isPlacement(), youngConsent, !letters.lastCustodyHolders(caseId).isEmpty(), hearing);
    }

    /**
     * Grants or refuses the measure as a decision with its letters. The child's view is the one
     * recorded when the measure was chosen; a refusal also rejects the proposed measure.
     */
    public DecisionView decide(long caseId, long measureId, MeasureDecision decision, CurrentUser user) {
        MeasureView measure = measures.get(measureId);
        ChildViews.View view = childViews.latestFor(measureId).orElseThrow(() -> InvalidInputException.of("childHeardOn",
                "barnets synspunkt er ikke registreret for indsatsen (Barnets lov § 5): det registreres, når indsatsen vælges"));
        String approver = measure.decidedBy() != null && !measure.decidedBy().equals(user.id()) ? measure.decidedBy() : null;
        DecisionView recorded = decisions.record(caseId, new DecisionInput(
                decision.grant() ? DecisionKind.MEASURE_GRANTED : DecisionKind.MEASURE_REFUSED, measureId,
                measure.measureKind().legalRuleCode(), decision.decidedOn() == null ? time.today() : decision.decidedOn(), approver, decision.reasons(), view.heardOn(),
                view.notHeardReason(), decision.grant() ? decision.custodyConsent() : Consent.NOT_REQUIRED,
                decision.grant() ? decision.youngPersonConsent() : Consent.NOT_REQUIRED, decision.hearingId(),
                decision.custodyHolders()), user);
        if (!decision.grant()) {
            measures.decide(measureId, Approval.REJECTED, decision.reasons(), user.id());
        }
        return recorded;
    }

    /**
     * The way to the children and youth committee (§ 47) is only for a placement the custody
     * holders, or the young person from 15, do not consent to; refused otherwise, naming the field.
     */
    @Transactional(readOnly = true)
    public void requireCommitteeCase(long caseId, long measureId, Consent custody, Consent youngPerson) {
        if (!measures.get(measureId).isPlacement()) {
            throw InvalidInputException.of(DecisionProcess.CHOICE, "kun en anbringelse uden samtykke forelægges børne- og "
                    + "ungeudvalget; en støttende indsats uden samtykke afslås eller afgøres af udvalget efter §§ 37–41");
        }
        if (custody != Consent.REFUSED && youngPerson != Consent.REFUSED) {
            throw InvalidInputException.of(DecisionProcess.CUSTODY_CONSENT, "udvalget træffer kun afgørelse om anbringelse "
                    + "uden samtykke: angiv, hvem der ikke har givet samtykke. Med samtykke træffer du selv afgørelsen "
                    + "efter Barnets lov § 46");
        }
    }

    /**
     * The decision an extension or an end of a measure is (Barnets lov §§ 32, 46; a placement's end,
     * § 68 ff.): the reasons, the child's view given in the same form, the custody holders' consent
     * to an extension. Nothing for advice and early help, which are no decisions (§ 30). Recorded
     * before the measure changes, in the same transaction, so a refusal changes nothing.
     */
    public void decideOnEnd(long caseId, long measureId, MeasureEnd end, CurrentUser user) {
        MeasureView measure = measures.get(measureId);
        if (!measure.measureKind().needsDecision()) {
            return;
        }
        DecisionKind kind = end.extend() ? DecisionKind.EXTENSION
                : measure.isPlacement() ? DecisionKind.PLACEMENT_ENDED : DecisionKind.MEASURE_ENDED;
        decisions.record(caseId, new DecisionInput(kind, measureId, measure.measureKind().legalRuleCode(), time.today(),
                null, end.reasons(), end.childHeardOn(), end.childNotHeardReason(),
                end.extend() ? end.custodyConsent() : Consent.NOT_REQUIRED, Consent.NOT_REQUIRED, null,
                end.custodyHolders()), user);
    }

    @Transactional(readOnly = true)
    public boolean isPlacement(long measureId) {
        return measures.get(measureId).isPlacement();
    }

    /** The committee did not place the child: the proposed measure is not granted. */
    public void rejectAfterCommittee(long measureId, String reasons, String user) {
        measures.decide(measureId, Approval.REJECTED, reasons, user);
    }

}
