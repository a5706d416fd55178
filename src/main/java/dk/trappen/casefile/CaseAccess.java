package dk.trappen.casefile;

import dk.trappen.organisation.CurrentUser;
import dk.trappen.organisation.Groups;
import dk.trappen.platform.ForbiddenException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may read and write a child's case: the same rule as the case overview (the case's team, its
 * leader, intake and administrators; others 403, and the refused attempt is logged). For modules
 * that keep records on a case (journal, decisions, letters), so their rights are the case's own.
 */
@Service
@Transactional
public class CaseAccess {

    private final ChildRegistry registry;
    private final ChildCases cases;

    CaseAccess(ChildRegistry registry, ChildCases cases) {
        this.registry = registry;
        this.cases = cases;
    }

    /** A read of the case's records by {@code user}: refused (403) or written to the audit log. */
    public CaseRef read(long caseId, CurrentUser user, AccessChannel channel, String purpose) {
        CaseRef ref = check(caseId, user, channel, purpose);
        registry.readAuthorized(ref.childId(), user, channel, purpose + " " + ref.caseNumber());
        return ref;
    }

    /**
     * A write to the case's records by {@code user}: the case's team, its leader and administrators,
     * as for giving the case to another caseworker. Intake reads a case but writes nothing in it.
     */
    public CaseRef write(long caseId, CurrentUser user, AccessChannel channel, String purpose) {
        CaseRef ref = check(caseId, user, channel, purpose);
        if (!user.isAdmin() && !user.isInTeam(ref.teamId()) && !user.isIn(Groups.teamLeaders(ref.teamId()))) {
            throw new ForbiddenException("Kun sagens team og teamleder kan skrive i sagen.");
        }
        return ref;
    }

    /** The child's record for a letter or a decision the caller is writing; audit-logged with its purpose. */
    public ChildRecord childFor(long caseId, CurrentUser user, AccessChannel channel, String purpose) {
        CaseRef ref = check(caseId, user, channel, purpose);
        return registry.readAuthorized(ref.childId(), user, channel, purpose + " " + ref.caseNumber());
    }

    /** Whether {@code user} may read or write records of children whose team is {@code teamId}. */
    public boolean mayAccess(CurrentUser user, String teamId) {
        return registry.mayRead(user, teamId);
    }

    /** The same 403 and log row as the case overview's for a child whose record a user may not read. */
    public RuntimeException refused(long childId, CurrentUser user, AccessChannel channel, String purpose, String message) {
        return registry.refused(childId, user, channel, purpose, message);
    }

    /** The audit row of a read the caller has authorized itself (e.g. by a concern's team). */
    public void logRead(long childId, CurrentUser user, AccessChannel channel, String purpose) {
        registry.readAuthorized(childId, user, channel, purpose);
    }

    /** 403 before anything is looked up, for roles that read no child's record. */
    public void requireReader(CurrentUser user) {
        registry.requireReader(user);
    }

    private CaseRef check(long caseId, CurrentUser user, AccessChannel channel, String purpose) {
        registry.requireReader(user);
        CaseRef ref = cases.ref(caseId);
        if (!registry.mayRead(user, ref.teamId())) {
            throw registry.refused(ref.childId(), user, channel, purpose + " " + ref.caseNumber(),
                    "Sagen hører under et andet team.");
        }
        return ref;
    }
}
