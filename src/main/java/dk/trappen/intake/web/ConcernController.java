package dk.trappen.intake.web;

import java.net.URI;

import dk.trappen.casefile.AccessChannel;
import dk.trappen.intake.ConcernRegistration;
import dk.trappen.intake.ConcernService;
import dk.trappen.intake.ConcernView;
import dk.trappen.intake.RegisteredConcern;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Concerns over HTTP, for notifying systems (a school's, a hospital's) and for people. */
@RestController
@RequestMapping("/api/concerns")
class ConcernController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final ConcernService concerns;

    ConcernController(ConcernService concerns) {
        this.concerns = concerns;
    }

    /**
     * Registers a concern and starts its intake. 201 with the concern's id, number and deadlines.
     * A repeat with the same Idempotency-Key answers with the first concern and creates nothing.
     */
    @PostMapping
    ResponseEntity<RegisteredConcern> register(@RequestBody ConcernRegistration registration,
                                               @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        RegisteredConcern registered;
        try {
            registered = concerns.register(registration, key);
        } catch (DataIntegrityViolationException raceOnKey) {
            // Two requests with the same key at the same moment: the other one won; answer with its concern.
            if (key == null) {
                throw raceOnKey;
            }
            registered = concerns.findRegistered(key, registration).orElseThrow(() -> raceOnKey);
        }
        return ResponseEntity.created(URI.create("/api/concerns/" + registered.id()))
                .header("Idempotent-Replayed", String.valueOf(registered.replayed()))
                .body(registered);
    }

    /** The concern with the child's record, for its team and intake. Audit-logged. */
    @GetMapping("/{id}")
    ConcernView get(@PathVariable long id) {
        return concerns.view(id, AccessChannel.API);
    }
}
