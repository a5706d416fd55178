package dk.trappen.casefile;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import dk.trappen.casefile.internal.Investigation;
import dk.trappen.casefile.internal.InvestigationRepository;
import dk.trappen.platform.Problems;
import dk.trappen.platform.TimeSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Child welfare investigations (§ 20, § 22): recorded when the caseworker finishes one. */
@Service
@Transactional
public class Investigations {

    static final Set<String> CHILD_RULER_CATEGORIES = Set.of("1", "2", "3", "4a", "4b");
    private static final int DIMENSION_MAX = 4000;

    private final InvestigationRepository investigations;
    private final ChildCases cases;
    private final TimeSource time;

    private final org.springframework.context.ApplicationEventPublisher events;

    Investigations(InvestigationRepository investigations, ChildCases cases, TimeSource time,
                   org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.investigations = investigations;
        this.cases = cases;
        this.time = time;
    }

    public InvestigationView record(long caseId, Long concernId, Instant dueAt, InvestigationInput input,
                                    String completedBy) {
        validate(input);
        cases.recordInvolvement(caseId, completedBy);
        InvestigationView recorded = investigations.save(new Investigation(caseId, concernId, dueAt, input, completedBy,
                time.now())).toView();
        events.publishEvent(new InvestigationFinished(caseId, recorded.id(), time.today()));
        return recorded;
    }

    @Transactional(readOnly = true)
    public List<InvestigationView> ofCase(long caseId) {
        return investigations.findByCaseIdOrderByCompletedAtAscIdAsc(caseId).stream().map(Investigation::toView).toList();
    }

    /** Each case's latest Børnelineal category (1, 2, 3, 4a, 4b), for the quarterly evaluation. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> latestRulerCategories(java.util.Collection<Long> caseIds) {
        var latest = new java.util.HashMap<Long, String>();
        if (!caseIds.isEmpty()) {
            investigations.findByCaseIdInOrderByCompletedAtAscIdAsc(caseIds).stream().map(Investigation::toView)
                    .filter(view -> view.content().childRulerCategory() != null)
                    .forEach(view -> latest.put(view.caseId(), view.content().childRulerCategory()));
        }
        return latest;
    }

    private void validate(InvestigationInput input) {
        Problems problems = new Problems();
        problems.maxLength("icsHealth", input.health(), DIMENSION_MAX);
        problems.maxLength("icsDevelopment", input.development(), DIMENSION_MAX);
        problems.maxLength("icsSchool", input.school(), DIMENSION_MAX);
        problems.maxLength("icsLeisure", input.leisure(), DIMENSION_MAX);
        problems.maxLength("icsSafeCare", input.safeCare(), DIMENSION_MAX);
        problems.maxLength("icsStimulation", input.stimulation(), DIMENSION_MAX);
        problems.maxLength("icsRelationships", input.relationships(), DIMENSION_MAX);
        problems.maxLength("icsFamilyHistory", input.familyHistory(), DIMENSION_MAX);
        problems.maxLength("icsHousingWorkMoney", input.housingWorkMoney(), DIMENSION_MAX);
        problems.maxLength("icsSocialNetwork", input.socialNetwork(), DIMENSION_MAX);
        if (input.childHeardOn() == null) {
            problems.require("childConversationWaivedReason", input.childConversationWaivedReason());
        } else if (input.childHeardOn().isAfter(time.today())) {
            problems.add("childHeardOn", "kan ikke ligge i fremtiden");
        }
        problems.maxLength("childConversationWaivedReason", input.childConversationWaivedReason(), DIMENSION_MAX);
        if (problems.require("childRulerCategory", input.childRulerCategory())
                && !CHILD_RULER_CATEGORIES.contains(input.childRulerCategory())) {
            problems.add("childRulerCategory", "skal være 1, 2, 3, 4a eller 4b");
        }
        if (problems.require("recommendedStep", input.recommendedStep())
                && (input.recommendedStep() < 0 || input.recommendedStep() > 6)) {
            problems.add("recommendedStep", "skal være et trin fra 1 til 6, eller 0 for ingen indsats");
        }
        problems.require("conclusion", input.conclusion());
        problems.maxLength("conclusion", input.conclusion(), 10000);
        problems.throwIfAny();
    }
}
