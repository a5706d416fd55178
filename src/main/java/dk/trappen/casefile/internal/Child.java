package dk.trappen.casefile.internal;

import java.time.Instant;
import java.time.LocalDate;

import dk.trappen.casefile.ChildRecord;
import dk.trappen.casefile.ChildRef;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "child")
public class Child {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "child_seq")
    @SequenceGenerator(name = "child_seq", sequenceName = "child_seq", allocationSize = 50)
    private Long id;
    private String cpr;
    private String name;
    private LocalDate birthDate;
    private String teamId;
    private Instant createdAt;

    protected Child() {
    }

    Child(String cpr, String name, LocalDate birthDate, String teamId, Instant createdAt) {
        this.cpr = cpr;
        this.name = name;
        this.birthDate = birthDate;
        this.teamId = teamId;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public String teamId() {
        return teamId;
    }

    public ChildRef toRef() {
        return new ChildRef(id, teamId, birthDate);
    }

    public ChildRecord toRecord() {
        return new ChildRecord(id, cpr, name, birthDate, teamId);
    }
}
