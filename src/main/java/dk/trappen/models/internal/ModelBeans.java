package dk.trappen.models.internal;

import java.util.AbstractMap;
import java.util.Set;
import java.util.stream.Collectors;

import dk.trappen.models.ModelBeanNames;
import org.springframework.context.ApplicationContext;

/**
 * The beans meant for models as the map the engine's expressions resolve names against: a name
 * outside {@link ModelBeanNames} resolves to nothing, so an expression cannot reach the data source,
 * a repository or the environment.
 */
final class ModelBeans extends AbstractMap<Object, Object> {

    private final ModelBeanNames names;
    private final ApplicationContext context;

    ModelBeans(ModelBeanNames names, ApplicationContext context) {
        this.names = names;
        this.context = context;
    }

    @Override
    public boolean containsKey(Object name) {
        return name instanceof String bean && names.names().contains(bean);
    }

    @Override
    public Object get(Object name) {
        return containsKey(name) ? context.getBean((String) name) : null;
    }

    @Override
    public Set<Entry<Object, Object>> entrySet() {
        return names.names().stream().map(name -> (Entry<Object, Object>) new SimpleImmutableEntry<Object, Object>(name, get(name)))
                .collect(Collectors.toSet());
    }
}
