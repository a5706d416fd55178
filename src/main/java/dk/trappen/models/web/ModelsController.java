package dk.trappen.models.web;

import java.util.List;

import dk.trappen.models.DeployedVersion;
import dk.trappen.models.MigrationProposal;
import dk.trappen.models.MigrationStarted;
import dk.trappen.models.ModelDrift;
import dk.trappen.models.ModelMigrations;
import dk.trappen.models.ModelState;
import dk.trappen.organisation.CurrentUser;
import dk.trappen.organisation.Organisation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The same for programs (HTTP Basic): {@code GET /api/models}, {@code GET /api/models/{key}} and
 * {@code POST /api/models/{key}/migrations} with {@code {"fromVersion":1,"toVersion":2,"execute":false}}:
 * the proposal, and with {@code execute: true} the batch that moves the instances (202).
 */
@RestController
@RequestMapping("/api/models")
class ModelsController {

    private final ModelDrift drift;
    private final ModelMigrations migrations;
    private final Organisation organisation;

    ModelsController(ModelDrift drift, ModelMigrations migrations, Organisation organisation) {
        this.drift = drift;
        this.migrations = migrations;
        this.organisation = organisation;
    }

    record ModelDetails(ModelState model, List<DeployedVersion> versions) {
    }

    record MigrationRequest(Integer fromVersion, Integer toVersion, Boolean execute) {
    }

    record MigrationAnswer(MigrationProposal proposal, String batchId, Long instancesMoving) {
    }

    @GetMapping
    List<ModelState> models() {
        return drift.models(organisation.currentUser());
    }

    @GetMapping("/{key}")
    ModelDetails model(@PathVariable String key) {
        CurrentUser user = organisation.currentUser();
        return new ModelDetails(drift.model(user, key), drift.versions(user, key));
    }

    @PostMapping("/{key}/migrations")
    ResponseEntity<MigrationAnswer> migrate(@PathVariable String key, @RequestBody MigrationRequest request) {
        CurrentUser user = organisation.currentUser();
        if (Boolean.TRUE.equals(request.execute())) {
            MigrationStarted started = migrations.execute(user, key, request.fromVersion(), request.toVersion());
            return ResponseEntity.status(HttpStatus.ACCEPTED)
                    .body(new MigrationAnswer(started.proposal(), started.batchId(), started.instances()));
        }
        return ResponseEntity.ok(new MigrationAnswer(migrations.propose(user, key, request.fromVersion(), request.toVersion()),
                null, null));
    }
}
