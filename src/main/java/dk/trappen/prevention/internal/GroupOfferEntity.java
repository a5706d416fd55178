package dk.trappen.prevention.internal;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One of the unit's group courses, with its dates, ages and seats. */
@Entity
@Table(name = "prevention_group_offer")
public class GroupOfferEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "prevention_group_offer_seq")
    @SequenceGenerator(name = "prevention_group_offer_seq", sequenceName = "prevention_group_offer_seq", allocationSize = 50)
    private Long id;
    private String name;
    private String description;
    private int minAge;
    private int maxAge;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private int seats;

    protected GroupOfferEntity() {
    }

    public GroupOfferEntity(String name, String description, int minAge, int maxAge, LocalDate startsOn,
                            LocalDate endsOn, int seats) {
        this.name = name;
        this.description = description;
        this.minAge = minAge;
        this.maxAge = maxAge;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.seats = seats;
    }

    public Long id() { return id; }
    public String name() { return name; }
    public String description() { return description; }
    public int minAge() { return minAge; }
    public int maxAge() { return maxAge; }
    public LocalDate startsOn() { return startsOn; }
    public LocalDate endsOn() { return endsOn; }
    public int seats() { return seats; }
}
