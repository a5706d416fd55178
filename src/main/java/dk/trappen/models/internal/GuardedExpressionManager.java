package dk.trappen.models.internal;

import java.util.Map;

import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.springframework.context.ApplicationContext;

/**
 * The engine's expression manager with two limits: an expression sees only the beans meant for
 * models (the product's delegates and listeners, {@link ModelBeans}), not the whole application
 * context, and everything it reads or calls passes {@link GuardedElResolver}.
 */
final class GuardedExpressionManager extends SpringExpressionManager {

    GuardedExpressionManager(ApplicationContext context, Map<Object, Object> modelBeans) {
        super(context, modelBeans);
    }

    @Override
    protected ELResolver createElResolver() {
        return new GuardedElResolver(super.createElResolver());
    }
}
