package dk.trappen.models;

import java.util.Set;
import java.util.TreeSet;

import dk.trappen.models.ModelContext.BeanKind;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.MethodMetadata;
import org.springframework.stereotype.Component;

/**
 * The beans a model may name: the product's own delegates and listeners (a {@link JavaDelegate},
 * {@link TaskListener} or {@link ExecutionListener} declared in {@code dk.trappen}), nothing else of
 * the application. Read from the bean definitions, without creating a bean, because the engine
 * deploys the build's models while the application context is still starting.
 */
@Component
public class ModelBeanNames {

    private static final Class<?>[] MODEL_TYPES = {JavaDelegate.class, TaskListener.class, ExecutionListener.class};

    private final ApplicationContext context;
    private volatile Set<String> names;

    ModelBeanNames(ApplicationContext context) {
        this.context = context;
    }

    public BeanKind kind(String name) {
        if (names().contains(name)) {
            return BeanKind.MODEL;
        }
        return context.containsBean(name) ? BeanKind.APPLICATION : BeanKind.NONE;
    }

    public Set<String> names() {
        Set<String> known = names;
        if (known == null) {
            ConfigurableListableBeanFactory factory = ((ConfigurableApplicationContext) context).getBeanFactory();
            Set<String> found = new TreeSet<>();
            for (String name : factory.getBeanDefinitionNames()) {
                if (isModelBean(factory, name)) {
                    found.add(name);
                }
            }
            known = Set.copyOf(found);
            names = known;
        }
        return known;
    }

    private static boolean isModelBean(ConfigurableListableBeanFactory factory, String name) {
        Class<?> type = factory.getType(name, false);
        if (type == null) {
            return false;
        }
        boolean delegate = false;
        for (Class<?> modelType : MODEL_TYPES) {
            delegate |= modelType.isAssignableFrom(type);
        }
        return delegate && declaredInTheProduct(factory.getBeanDefinition(name), type);
    }

    /** A @Component class of ours, or a @Bean method of one of our configuration classes. */
    private static boolean declaredInTheProduct(BeanDefinition definition, Class<?> type) {
        String origin = type.getName();
        if (definition instanceof AnnotatedBeanDefinition annotated) {
            MethodMetadata factoryMethod = annotated.getFactoryMethodMetadata();
            if (factoryMethod != null) {
                origin = factoryMethod.getDeclaringClassName();
            }
        }
        return origin.startsWith("dk.trappen.");
    }
}
