package dk.trappen.platform.internal;

import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Jackson reads any number as a yes/no ({@code "active": 2} became true): a caller who sends a
 * number where a boolean belongs has misunderstood the field, so it is refused with 400 instead.
 */
@Configuration
class JsonInputConfiguration {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer noNumbersAsBooleans() {
        return builder -> builder.postConfigurer(mapper -> mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail));
    }
}
