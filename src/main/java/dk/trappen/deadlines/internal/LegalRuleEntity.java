package dk.trappen.deadlines.internal;

import dk.trappen.deadlines.DeadlineUnit;
import dk.trappen.deadlines.LegalRule;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "legal_rule")
public class LegalRuleEntity {

    @Id
    private String code;
    private String description;
    private String barnetsLov;
    private String serviceloven;
    private Integer deadlineAmount;
    @Enumerated(EnumType.STRING)
    private DeadlineUnit deadlineUnit;
    private boolean confirmed;
    private String source;
    /** The age a rule starts at (party status from 10, the young person's consent from 15), where it has one. */
    private Integer ageFrom;

    protected LegalRuleEntity() {
    }

    public Integer ageFrom() {
        return ageFrom;
    }

    public LegalRule toRule() {
        return new LegalRule(code, description, barnetsLov, serviceloven, deadlineAmount, deadlineUnit, confirmed, source);
    }
}
