package dk.trappen.prevention;

import java.util.List;

import dk.trappen.organisation.CurrentUser;
import dk.trappen.organisation.Groups;
import dk.trappen.organisation.Organisation;
import dk.trappen.platform.ForbiddenException;
import dk.trappen.platform.NotFoundException;
import dk.trappen.platform.Problems;
import dk.trappen.platform.TimeSource;
import dk.trappen.prevention.internal.Enrolment;
import dk.trappen.prevention.internal.EnrolmentRepository;
import dk.trappen.prevention.internal.GroupOfferEntity;
import dk.trappen.prevention.internal.GroupOfferRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unit's group courses (e.g. children of mentally ill parents, De Utrolige År, Forstå din
 * teenager) with dates and seats, and the families enrolled, instead of or beside an individual course.
 */
@Service
@Transactional
public class GroupOffers {

    private final GroupOfferRepository offers;
    private final EnrolmentRepository enrolments;
    private final Organisation organisation;
    private final TimeSource time;

    GroupOffers(GroupOfferRepository offers, EnrolmentRepository enrolments, Organisation organisation, TimeSource time) {
        this.offers = offers;
        this.enrolments = enrolments;
        this.organisation = organisation;
        this.time = time;
    }

    /** The offers not yet ended, by start date. */
    @Transactional(readOnly = true)
    public List<GroupOffer> current() {
        return offers.findByEndsOnGreaterThanEqualOrderByStartsOnAscIdAsc(time.today()).stream().map(this::view).toList();
    }

    /** A new group course, by the unit's leader. */
    public GroupOffer create(GroupOfferInput input) {
        CurrentUser user = organisation.currentUser();
        if (!user.isInAny(PreventionProcess.LEADER_GROUP, Groups.ADMIN)) {
            throw new ForbiddenException("Kun lederen af Tidlig Forebyggelse kan oprette gruppeforløb.");
        }
        Problems problems = new Problems();
        problems.require("name", input.name());
        problems.maxLength("name", input.name(), 200);
        problems.maxLength("description", input.description(), 4000);
        boolean ages = problems.require("minAge", input.minAge()) & problems.require("maxAge", input.maxAge());
        if (ages && (input.minAge() < 0 || input.maxAge() > 17 || input.minAge() > input.maxAge())) {
            problems.add("maxAge", "alderen skal ligge i 0–17 år, fra den laveste til den højeste");
        }
        boolean dates = problems.require("startsOn", input.startsOn()) & problems.require("endsOn", input.endsOn());
        if (dates && input.endsOn().isBefore(input.startsOn())) {
            problems.add("endsOn", "må ikke ligge før startdatoen");
        }
        if (problems.require("seats", input.seats()) && input.seats() < 1) {
            problems.add("seats", "skal være mindst 1");
        }
        problems.throwIfAny();
        return view(offers.save(new GroupOfferEntity(input.name().trim(), input.description(), input.minAge(),
                input.maxAge(), input.startsOn(), input.endsOn(), input.seats())));
    }

    /**
     * Adds the problems of enrolling a child of {@code age} in the offer: unknown, ended, full (with
     * {@code seatsTakenMeanwhile} more families enrolled in the same decision), wrong age.
     */
    void checkEnrolment(String field, long offerId, int age, int seatsTakenMeanwhile, Problems problems) {
        GroupOfferEntity offer = offers.findById(offerId).orElse(null);
        if (offer == null) {
            problems.add(field, "gruppeforløbet findes ikke");
            return;
        }
        GroupOffer view = view(offer);
        if (offer.endsOn().isBefore(time.today())) {
            problems.add(field, offer.name() + " er slut");
        } else if (view.freeSeats() - seatsTakenMeanwhile <= 0) {
            problems.add(field, offer.name() + " har ingen ledige pladser");
        } else if (age < offer.minAge() || age > offer.maxAge()) {
            problems.add(field, offer.name() + " er for " + offer.minAge() + "–" + offer.maxAge() + " år; barnet er " + age);
        }
    }

    void enrol(long offerId, long courseId, String by) {
        if (!enrolments.existsByOfferIdAndCourseId(offerId, courseId)) {
            enrolments.save(new Enrolment(offerId, courseId, by, time.now()));
        }
    }

    /** Whether the family still has a group course that has not ended. */
    @Transactional(readOnly = true)
    public boolean inRunningGroup(long courseId) {
        return ofCourse(courseId).stream().anyMatch(g -> !g.endsOn().isBefore(time.today()));
    }

    @Transactional(readOnly = true)
    public List<GroupOffer> ofCourse(long courseId) {
        return enrolments.findByCourseIdOrderByIdAsc(courseId).stream()
                .map(e -> view(offer(e.offerId()))).toList();
    }

    private GroupOfferEntity offer(long offerId) {
        return offers.findById(offerId).orElseThrow(() -> new NotFoundException("Gruppeforløb " + offerId + " findes ikke"));
    }

    private GroupOffer view(GroupOfferEntity offer) {
        return new GroupOffer(offer.id(), offer.name(), offer.description(), offer.minAge(), offer.maxAge(),
                offer.startsOn(), offer.endsOn(), offer.seats(), (int) enrolments.countByOfferId(offer.id()));
    }
}
