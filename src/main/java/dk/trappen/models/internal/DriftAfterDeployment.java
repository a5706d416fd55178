package dk.trappen.models.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import dk.trappen.models.ModelDrift;
import jakarta.annotation.PreDestroy;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Re-checks drift after every deployment (from Modeler, the REST API or code) once its transaction
 * has committed: a post-deployer adds a listener on COMMITTED, which hands the check to one
 * background thread, so a deployment neither waits for it nor fails with it. Deployments during the
 * application's start are left to {@link ModelDrift}'s check at start.
 */
@Component
class DriftAfterDeployment extends AbstractProcessEnginePlugin implements Deployer {

    private static final Logger log = LoggerFactory.getLogger(DriftAfterDeployment.class);

    private final ObjectProvider<ModelDrift> drift;
    private final AtomicBoolean ready = new AtomicBoolean();
    private final ExecutorService checker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "model-drift-check");
        thread.setDaemon(true);
        return thread;
    });

    DriftAfterDeployment(ObjectProvider<ModelDrift> drift) {
        this.drift = drift;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<Deployer> deployers = new ArrayList<>();
        if (configuration.getCustomPostDeployers() != null) {
            deployers.addAll(configuration.getCustomPostDeployers());
        }
        deployers.add(this);
        configuration.setCustomPostDeployers(deployers);
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (!ready.get() || !deployment.isNew() || Context.getCommandContext() == null) {
            return;
        }
        String deploymentId = deployment.getId();
        Context.getCommandContext().getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
                context -> checker.execute(() -> {
                    try {
                        int drifted = drift.getObject().checkAndLog().size();
                        log.info("Model drift checked after deployment {}: {} models differ from the build", deploymentId, drifted);
                    } catch (RuntimeException e) {
                        log.warn("Model drift check after deployment {} failed", deploymentId, e);
                    }
                }));
    }

    @EventListener(ApplicationReadyEvent.class)
    void applicationReady() {
        ready.set(true);
    }

    @PreDestroy
    void stop() {
        checker.shutdownNow();
    }
}
