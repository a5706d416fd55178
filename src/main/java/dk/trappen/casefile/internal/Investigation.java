package dk.trappen.casefile.internal;

import java.time.Instant;
import java.time.LocalDate;

import dk.trappen.casefile.InvestigationInput;
import dk.trappen.casefile.InvestigationView;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A finished child welfare investigation (børnefaglig undersøgelse), by the ICS triangle. */
@Entity
@Table(name = "investigation")
public class Investigation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "investigation_seq")
    @SequenceGenerator(name = "investigation_seq", sequenceName = "investigation_seq", allocationSize = 50)
    private Long id;
    private long caseId;
    private Long concernId;
    private Instant dueAt;
    private Instant completedAt;
    private String completedBy;
    private String icsHealth;
    private String icsDevelopment;
    private String icsSchool;
    private String icsLeisure;
    private String icsSafeCare;
    private String icsStimulation;
    private String icsRelationships;
    private String icsFamilyHistory;
    private String icsHousingWorkMoney;
    private String icsSocialNetwork;
    private LocalDate childHeardOn;
    private String childConversationWaived;
    private String childRulerCategory;
    private int recommendedStep;
    private String conclusion;

    protected Investigation() {
    }

    public Investigation(long caseId, Long concernId, Instant dueAt, InvestigationInput input, String completedBy,
                         Instant now) {
        this.caseId = caseId;
        this.concernId = concernId;
        this.dueAt = dueAt;
        this.completedAt = now;
        this.completedBy = completedBy;
        this.icsHealth = input.health();
        this.icsDevelopment = input.development();
        this.icsSchool = input.school();
        this.icsLeisure = input.leisure();
        this.icsSafeCare = input.safeCare();
        this.icsStimulation = input.stimulation();
        this.icsRelationships = input.relationships();
        this.icsFamilyHistory = input.familyHistory();
        this.icsHousingWorkMoney = input.housingWorkMoney();
        this.icsSocialNetwork = input.socialNetwork();
        this.childHeardOn = input.childHeardOn();
        this.childConversationWaived = input.childConversationWaivedReason();
        this.childRulerCategory = input.childRulerCategory();
        this.recommendedStep = input.recommendedStep();
        this.conclusion = input.conclusion();
    }

    public InvestigationView toView() {
        return new InvestigationView(id, caseId, concernId, dueAt, completedAt, completedBy,
                new InvestigationInput(icsHealth, icsDevelopment, icsSchool, icsLeisure, icsSafeCare, icsStimulation,
                        icsRelationships, icsFamilyHistory, icsHousingWorkMoney, icsSocialNetwork, childHeardOn,
                        childConversationWaived, childRulerCategory, recommendedStep, conclusion));
    }
}
