package dk.trappen.staircase.internal;

import dk.trappen.staircase.MeasureKind;
import dk.trappen.staircase.Offer;
import dk.trappen.staircase.OfferInput;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "offer")
public class OfferEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "offer_seq")
    @SequenceGenerator(name = "offer_seq", sequenceName = "offer_seq", allocationSize = 50)
    private Long id;
    private String name;
    private String description;
    @Enumerated(EnumType.STRING)
    private MeasureKind measureKind;
    private int staircaseStep;
    private int minAge;
    private int maxAge;
    private Integer standardDurationWeeks;
    private boolean active;
    @Version
    private int version;

    protected OfferEntity() {
    }

    public OfferEntity(OfferInput input) {
        update(input);
    }

    public void update(OfferInput input) {
        this.name = input.name().trim();
        this.description = input.description();
        this.measureKind = input.measureKind();
        this.staircaseStep = input.staircaseStep();
        this.minAge = input.minAge();
        this.maxAge = input.maxAge();
        this.standardDurationWeeks = input.standardDurationWeeks();
        this.active = input.active() == null || input.active();
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public MeasureKind measureKind() {
        return measureKind;
    }

    public boolean active() {
        return active;
    }

    public int staircaseStep() {
        return staircaseStep;
    }

    public boolean isFor(int age) {
        return age >= minAge && age <= maxAge;
    }

    public Offer toOffer() {
        return new Offer(id, name, description, measureKind, staircaseStep, minAge, maxAge, standardDurationWeeks, active);
    }
}
