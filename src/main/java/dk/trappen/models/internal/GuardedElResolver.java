package dk.trappen.models.internal;

import java.beans.FeatureDescriptor;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

/**
 * The second wall: every expression the engine evaluates (models, task filters, stored queries)
 * resolves through this resolver, which lets a property be read or a method be called only where
 * {@link ExpressionPolicy} allows it. A model that slipped past the deployment guard, or a Tasklist
 * filter with an expression, still cannot reach a Spring bean's methods, reflection or the engine's
 * services behind {@code execution}.
 */
final class GuardedElResolver extends ELResolver {

    private final ELResolver resolver;

    GuardedElResolver(ELResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (base != null) {
            String name = String.valueOf(property);
            boolean allowed = !ExpressionPolicy.FORBIDDEN_PROPERTIES.contains(name)
                    && (ExpressionPolicy.isScope(base) ? ExpressionPolicy.SCOPE_PROPERTIES.contains(name)
                    : ExpressionPolicy.isValue(base));
            if (!allowed) {
                throw refused("læse '" + name + "'", base);
            }
        }
        return resolver.getValue(context, base, property);
    }

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base != null) {
            String name = String.valueOf(method);
            boolean allowed = ExpressionPolicy.isScope(base) ? ExpressionPolicy.SCOPE_METHODS.contains(name)
                    : ExpressionPolicy.isValue(base) && ExpressionPolicy.VALUE_METHODS.contains(name);
            if (!allowed) {
                throw refused("kalde '" + name + "'", base);
            }
        }
        return resolver.invoke(context, base, method, paramTypes, params);
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (base != null && !(base instanceof Map<?, ?> || base instanceof List<?>)) {
            throw refused("ændre '" + property + "'", base);
        }
        resolver.setValue(context, base, property, value);
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return resolver.getType(context, base, property);
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return resolver.isReadOnly(context, base, property);
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
        return null;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return resolver.getCommonPropertyType(context, base);
    }

    private static ProcessEngineException refused(String what, Object base) {
        return new ProcessEngineException("Et udtryk i en model må ikke " + what + " på "
                + (ExpressionPolicy.isScope(base) ? "execution/task" : base.getClass().getSimpleName())
                + ": kun procesvariabler, deres værdier og execution/task's variabelmetoder er tilladt");
    }
}
