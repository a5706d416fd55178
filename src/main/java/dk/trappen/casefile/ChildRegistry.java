package dk.trappen.casefile;

import java.util.Optional;

import dk.trappen.casefile.internal.AccessLogEntry;
import dk.trappen.casefile.internal.AccessLogRepository;
import dk.trappen.casefile.internal.Child;
import dk.trappen.casefile.internal.ChildRepository;
import dk.trappen.casefile.internal.ChildWriter;
import dk.trappen.casefile.internal.RefusedReads;
import dk.trappen.organisation.CurrentUser;
import dk.trappen.organisation.Groups;
import dk.trappen.platform.ForbiddenException;
import dk.trappen.platform.NotFoundException;
import dk.trappen.platform.TimeSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Children's master records. Every read of personal data goes through here and is audit-logged. */
@Service
@Transactional
public class ChildRegistry {

    private final ChildRepository children;
    private final ChildWriter writer;
    private final AccessLogRepository accessLog;
    private final TimeSource time;
    private final RefusedReads refusedReads;

    ChildRegistry(ChildRepository children, ChildWriter writer, AccessLogRepository accessLog, TimeSource time,
                  RefusedReads refusedReads) {
        this.children = children;
        this.writer = writer;
        this.accessLog = accessLog;
        this.time = time;
        this.refusedReads = refusedReads;
    }

    /**
     * The child with this CPR number, or a new record. A child without a CPR number cannot be
     * matched safely and always gets a new record; a caseworker merges later if needed.
     *
     * @param teamIfNew the team that becomes responsible if the child is new
     */
    public ChildRef findOrRegister(ChildIdentity identity, String teamIfNew) {
        Child child = Optional.ofNullable(identity.cpr())
                .flatMap(children::findByCpr)
                .orElseGet(() -> writer.insertOrFind(identity, teamIfNew, time.now()));
        return child.toRef();
    }

    /**
     * The registered child with this CPR number, if {@code user} may see it (the child's team);
     * a find is a read of the record and is audit-logged. Others learn nothing, not even that
     * the child exists.
     */
    public Optional<ChildRef> findKnown(String cpr, CurrentUser user) {
        String normalised = Cpr.normalise(cpr);
        if (normalised == null || !Cpr.isWellFormed(normalised)) {
            return Optional.empty();
        }
        return children.findByCpr(normalised).filter(child -> mayRead(user, child.teamId())).map(child -> {
            accessLog.save(new AccessLogEntry(child.id(), user.id(), time.now(), AccessChannel.TASK,
                    "Sag oprettet for kendt barn"));
            return child.toRef();
        });
    }

    public ChildRef ref(long childId) {
        return children.findById(childId).map(Child::toRef)
                .orElseThrow(() -> new NotFoundException("Barn " + childId + " findes ikke"));
    }

    /**
     * Read a child's record on behalf of {@code user}: allowed for the responsible team, intake and
     * administrators; always written to the access log, in the same transaction as the read.
     */
    public ChildRecord read(long childId, CurrentUser user, AccessChannel channel, String purpose) {
        if (!mayReadAny(user)) {
            // The same 403 whether the child exists or not; the attempt on an existing child is logged.
            throw children.existsById(childId) ? refused(childId, user, channel, purpose, "Din rolle giver ikke adgang til børns sager.")
                    : new ForbiddenException("Din rolle giver ikke adgang til børns sager.");
        }
        Child child = children.findById(childId)
                .orElseThrow(() -> new NotFoundException("Barn " + childId + " findes ikke"));
        if (!mayRead(user, child.teamId())) {
            throw refused(childId, user, channel, purpose, "Barnet hører under et andet team.");
        }
        accessLog.save(new AccessLogEntry(childId, user.id(), time.now(), channel, purpose));
        return child.toRecord();
    }

    /**
     * Read a child's record for a user whom the calling module has already authorized for this
     * read (e.g. the early-prevention unit reading a concern referred to it). Always audit-logged.
     */
    public ChildRecord readAuthorized(long childId, CurrentUser user, AccessChannel channel, String purpose) {
        Child child = children.findById(childId)
                .orElseThrow(() -> new NotFoundException("Barn " + childId + " findes ikke"));
        accessLog.save(new AccessLogEntry(childId, user.id(), time.now(), channel, purpose));
        return child.toRecord();
    }

    /**
     * A refused read of a child's data, written to the access log (in a transaction of its own, as
     * the refusal rolls the request back), and the 403 to throw: an attempt stays visible.
     */
    public ForbiddenException refused(long childId, CurrentUser user, AccessChannel channel, String purpose, String message) {
        refusedReads.record(childId, user.id(), time.now(), channel, purpose);
        return new ForbiddenException(message);
    }

    /**
     * 403 for a user whose role reads no child's record at all, before anything is looked up: such a
     * user learns nothing from the answer, not even whether the id exists (the right first, then 404).
     */
    public void requireReader(CurrentUser user) {
        if (!mayReadAny(user)) {
            throw new ForbiddenException("Din rolle giver ikke adgang til børns sager.");
        }
    }

    /** Administrators, intake and the members of a team (whose children they read). */
    public boolean mayReadAny(CurrentUser user) {
        return user.isAdmin() || user.isIn(Groups.INTAKE) || user.groups().stream().anyMatch(g -> g.startsWith(Groups.team("")));
    }

    /** Whether {@code user} may read records of children that {@code teamId} is responsible for. */
    public boolean mayRead(CurrentUser user, String teamId) {
        return user.isAdmin() || user.isIn(Groups.INTAKE) || user.isInTeam(teamId);
    }
}
