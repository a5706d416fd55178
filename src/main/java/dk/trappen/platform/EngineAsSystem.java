package dk.trappen.platform;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine work without the current user's Camunda authorization, for the few places where a
 * module service has already decided the user's right and the engine work follows from it
 * (e.g. moving a case's tasks to its new caseworker). The user is restored afterwards.
 */
@Component
public class EngineAsSystem {

    private final IdentityService identity;

    EngineAsSystem(IdentityService identity) {
        this.identity = identity;
    }

    public <T> T call(Supplier<T> work) {
        Authentication user = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (user != null) {
                identity.setAuthentication(user);
            }
        }
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
