package dk.trappen.staircase;

import java.util.List;

import dk.trappen.organisation.CurrentUser;
import dk.trappen.organisation.Groups;
import dk.trappen.organisation.Organisation;
import dk.trappen.platform.ForbiddenException;
import dk.trappen.platform.NotFoundException;
import dk.trappen.platform.Problems;
import dk.trappen.staircase.internal.OfferEntity;
import dk.trappen.staircase.internal.OfferRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The municipality's offer catalogue. Staff read it (a caseworker chooses a measure from it,
 * filtered by step and the child's age); process owners and managers maintain it.
 */
@Service
@Transactional
public class OfferCatalogue {

    static final int MAX_AGE = 25;

    private final OfferRepository offers;
    private final Organisation organisation;

    OfferCatalogue(OfferRepository offers, Organisation organisation) {
        this.offers = offers;
        this.organisation = organisation;
    }

    /** Active offers, optionally only those on {@code step} and open to a child of {@code age}. */
    @Transactional(readOnly = true)
    public List<Offer> find(Integer step, Integer age) {
        requireStaff(organisation.currentUser());
        return offers.findAllByOrderByStaircaseStepAscNameAsc().stream()
                .filter(OfferEntity::active)
                .filter(offer -> step == null || offer.staircaseStep() == step)
                .filter(offer -> age == null || offer.isFor(age))
                .map(OfferEntity::toOffer).toList();
    }

    @Transactional(readOnly = true)
    public Offer get(long id) {
        requireStaff(organisation.currentUser());
        return entity(id).toOffer();
    }

    public Offer create(OfferInput input) {
        requireMaintainer(organisation.currentUser());
        validate(input);
        return offers.save(new OfferEntity(input)).toOffer();
    }

    public Offer update(long id, OfferInput input) {
        requireMaintainer(organisation.currentUser());
        OfferEntity offer = entity(id);
        validate(input);
        offer.update(input);
        return offer.toOffer();
    }

    private OfferEntity entity(long id) {
        return offers.findById(id).orElseThrow(() -> new NotFoundException("Tilbud " + id + " findes ikke"));
    }

    private static void validate(OfferInput input) {
        Problems problems = new Problems();
        problems.require("name", input.name());
        problems.maxLength("name", input.name(), 200);
        problems.maxLength("description", input.description(), 2000);
        problems.require("measureKind", input.measureKind());
        if (problems.require("staircaseStep", input.staircaseStep()) && !StaircaseStep.isStep(input.staircaseStep())) {
            problems.add("staircaseStep", "skal være et trin fra 1 til 6");
        }
        boolean minGiven = problems.require("minAge", input.minAge());
        boolean maxGiven = problems.require("maxAge", input.maxAge());
        if (minGiven && (input.minAge() < 0 || input.minAge() > MAX_AGE)) {
            problems.add("minAge", "skal være mellem 0 og " + MAX_AGE);
        }
        if (maxGiven && (input.maxAge() < 0 || input.maxAge() > MAX_AGE)) {
            problems.add("maxAge", "skal være mellem 0 og " + MAX_AGE);
        }
        if (minGiven && maxGiven && input.minAge() > input.maxAge()) {
            problems.add("maxAge", "må ikke være mindre end minAge");
        }
        if (input.standardDurationWeeks() != null && (input.standardDurationWeeks() < 1 || input.standardDurationWeeks() > 520)) {
            problems.add("standardDurationWeeks", "skal være mellem 1 og 520 uger");
        }
        problems.throwIfAny();
    }

    private static void requireStaff(CurrentUser user) {
        if (user.isIn(Groups.NOTIFIERS) && !user.isAdmin()) {
            throw new ForbiddenException("Tilbudsviften er for kommunens medarbejdere.");
        }
    }

    private static void requireMaintainer(CurrentUser user) {
        if (!user.isInAny(Groups.PROCESS_OWNERS, Groups.MANAGERS, Groups.ADMIN)) {
            throw new ForbiddenException("Kun procesejere og ledelsen kan ændre tilbudsviften.");
        }
    }
}
