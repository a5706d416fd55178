package dk.trappen.signin.web;

import dk.trappen.signin.internal.Departures;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A caseworker leaves: {@code POST /api/staff/{userId}/departure} (docs/operations.md, "Sign-in"). */
@RestController
@RequestMapping("/api/staff/{userId}/departure")
class DepartureController {

    private final Departures departures;

    DepartureController(Departures departures) {
        this.departures = departures;
    }

    @PostMapping
    Departures.Departure register(@PathVariable String userId) {
        return departures.register(userId);
    }

    @DeleteMapping
    ResponseEntity<Void> lift(@PathVariable String userId) {
        departures.lift(userId);
        return ResponseEntity.noContent().build();
    }
}
