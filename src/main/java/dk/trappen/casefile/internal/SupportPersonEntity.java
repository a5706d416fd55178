package dk.trappen.casefile.internal;

import java.time.Instant;

import dk.trappen.casefile.SupportPerson;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The case's support person (bisidder); one at a time, replaced when the child chooses another. */
@Entity
@Table(name = "support_person")
public class SupportPersonEntity {

    @Id
    private Long caseId;
    private String name;
    private String contact;
    private String relation;
    private String recordedBy;
    private Instant recordedAt;

    protected SupportPersonEntity() {
    }

    public SupportPersonEntity(long caseId, SupportPerson person, String recordedBy, Instant recordedAt) {
        this.caseId = caseId;
        replace(person, recordedBy, recordedAt);
    }

    public void replace(SupportPerson person, String recordedBy, Instant recordedAt) {
        this.name = person.name();
        this.contact = person.contact();
        this.relation = person.relation();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public SupportPerson toView() {
        return new SupportPerson(name, contact, relation);
    }
}
