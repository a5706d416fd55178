package dk.trappen.prevention.web;

import java.net.URI;
import java.util.List;

import dk.trappen.casefile.AccessChannel;
import dk.trappen.platform.InvalidInputException;
import dk.trappen.prevention.GroupOffer;
import dk.trappen.prevention.GroupOfferInput;
import dk.trappen.prevention.GroupOffers;
import dk.trappen.prevention.PreventionCourses;
import dk.trappen.prevention.PreventionOverview;
import dk.trappen.prevention.PreventionRequests;
import dk.trappen.prevention.RegisteredRequest;
import dk.trappen.prevention.RequestInput;
import dk.trappen.prevention.RequestView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The early-prevention unit over HTTP: requests (also anonymous), the leader's overview, group courses. */
@RestController
@RequestMapping("/api/prevention")
class PreventionController {

    private final PreventionRequests requests;
    private final PreventionCourses courses;
    private final GroupOffers groups;

    PreventionController(PreventionRequests requests, PreventionCourses courses, GroupOffers groups) {
        this.requests = requests;
        this.courses = courses;
        this.groups = groups;
    }

    /**
     * A family's own request (possibly anonymous: open counselling, no case, no identity) or a
     * professional's together with the family. 201 with the number and when it will be triaged.
     */
    @PostMapping("/requests")
    ResponseEntity<RegisteredRequest> register(@RequestBody RequestInput input) {
        RegisteredRequest registered = requests.register(input);
        URI location = URI.create(registered.requestId() == null ? "/api/prevention/requests"
                : "/api/prevention/requests/" + registered.requestId());
        return ResponseEntity.created(location).body(registered);
    }

    /** The request, the child and the course, for the unit's staff. Audit-logged. */
    @GetMapping("/requests/{id}")
    RequestView get(@PathVariable long id) {
        return courses.view(id, AccessChannel.API);
    }

    /** For the leader: waiting requests, families per worker, contacts used and FIT flags per course. */
    @GetMapping("/overview")
    PreventionOverview overview() {
        return courses.overview();
    }

    @GetMapping("/groups")
    List<GroupOffer> groupOffers() {
        return groups.current();
    }

    @PostMapping("/groups")
    ResponseEntity<GroupOffer> createGroupOffer(@RequestBody GroupOfferInput input) {
        GroupOffer created = groups.create(input);
        return ResponseEntity.created(URI.create("/api/prevention/groups/" + created.id())).body(created);
    }

    /** A record, not a map, so that a field it does not know is refused like everywhere else. */
    record Enrolment(Long offerId) {
    }

    /** Enrols the family of a course in a group course, beside (or after) its individual course. */
    @PostMapping("/courses/{courseId}/enrolments")
    ResponseEntity<GroupOffer> enrol(@PathVariable long courseId, @RequestBody Enrolment body) {
        Long offerId = body.offerId();
        if (offerId == null) {
            throw InvalidInputException.of("offerId", "skal udfyldes");
        }
        return ResponseEntity.status(201).body(courses.enrol(courseId, offerId));
    }
}
