package dk.trappen.models.internal;

import java.util.ArrayList;
import java.util.List;

import dk.trappen.models.ModelBeanNames;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Puts both walls into the engine: the deployment guard before the engine's own deployers, and the
 * expression manager that resolves only the beans meant for models and refuses reflection and the
 * engine's internals. Deploying a model is then never a way to run code or read personal data.
 */
@Component
class ModelGuardPlugin extends AbstractProcessEnginePlugin {

    private final ApplicationContext context;
    private final ModelBeanNames names;

    ModelGuardPlugin(ApplicationContext context, ModelBeanNames names) {
        this.context = context;
        this.names = names;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<Deployer> deployers = new ArrayList<>();
        deployers.add(new DeploymentGuard(names));
        if (configuration.getCustomPreDeployers() != null) {
            deployers.addAll(configuration.getCustomPreDeployers());
        }
        configuration.setCustomPreDeployers(deployers);
        configuration.setExpressionManager(new GuardedExpressionManager(context, new ModelBeans(names, context)));
    }
}
