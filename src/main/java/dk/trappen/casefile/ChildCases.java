package dk.trappen.casefile;

import java.util.Optional;

import dk.trappen.casefile.internal.CaseParticipant;
import dk.trappen.casefile.internal.CaseParticipantRepository;
import dk.trappen.casefile.internal.Child;
import dk.trappen.casefile.internal.ChildCase;
import dk.trappen.casefile.internal.ChildCaseRepository;
import dk.trappen.casefile.internal.ChildRepository;
import dk.trappen.platform.NotFoundException;
import dk.trappen.platform.TimeSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A child's case: opened once, shared by every concern and measure about the child. */
@Service
@Transactional
public class ChildCases {

    private final ChildCaseRepository cases;
    private final ChildRepository children;
    private final CaseParticipantRepository participants;
    private final TimeSource time;

    ChildCases(ChildCaseRepository cases, ChildRepository children, CaseParticipantRepository participants,
                TimeSource time) {
        this.cases = cases;
        this.children = children;
        this.participants = participants;
        this.time = time;
    }

    @Transactional(readOnly = true)
    public Optional<CaseRef> openCaseOf(long childId) {
        return cases.findFirstByChildIdAndStatus(childId, ChildCase.Status.OPEN).map(ChildCase::toRef);
    }

    @Transactional(readOnly = true)
    public CaseRef ref(long caseId) {
        return cases.findById(caseId).map(ChildCase::toRef)
                .orElseThrow(() -> new NotFoundException("Sag " + caseId + " findes ikke"));
    }

    /** Opens the child's case, or returns the one already open: a child has one open case at a time. */
    public CaseRef openCase(long childId, String openedBy, Long originConcernId) {
        CaseRef ref = openCaseOf(childId).orElseGet(() -> {
            Child child = children.findById(childId)
                    .orElseThrow(() -> new NotFoundException("Barn " + childId + " findes ikke"));
            return cases.save(ChildCase.open(child, openedBy, originConcernId, time.now())).toRef();
        });
        recordInvolvement(ref.id(), openedBy);
        return ref;
    }

    /** Notes that a user has worked on a case (opened it, assessed, decided, visited). */
    public void recordInvolvement(long caseId, String userId) {
        if (!participants.existsById(new CaseParticipant.Key(caseId, userId))) {
            participants.save(new CaseParticipant(caseId, userId, time.now()));
        }
    }

    @Transactional(readOnly = true)
    public boolean hasWorkedOn(long caseId, String userId) {
        return participants.existsById(new CaseParticipant.Key(caseId, userId));
    }
}
