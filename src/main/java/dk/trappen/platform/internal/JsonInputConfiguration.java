package dk.trappen.platform.internal;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import dk.trappen.platform.FormValues;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Jackson reads any number as a yes/no ({@code "active": 2} became true): a caller who sends a
 * number where a boolean belongs has misunderstood the field, so it is refused with 400 instead.
 * A text with a NUL character is refused too (400 naming the field): PostgreSQL cannot store one and
 * answered with a 500.
 */
@Configuration
class JsonInputConfiguration {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictJsonInput() {
        return builder -> builder.postConfigurer(mapper -> {
            mapper.coercionConfigFor(LogicalType.Boolean)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
            mapper.registerModule(new SimpleModule("trappen-no-nul").addDeserializer(String.class, new NoNulStrings()));
        });
    }

    static boolean hasLoneSurrogate(String value) {
        if (value == null) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    static final class NoNulStrings extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (FormValues.containsNul(value)) {
                throw InvalidFormatException.from(parser, "NUL character", value, String.class);
            }
            if (hasLoneSurrogate(value)) {
                // "\ud800" alone is no character: stored, it turns into '?' or breaks the database's encoding.
                throw InvalidFormatException.from(parser, "lone surrogate", "", String.class);
            }
            return value;
        }
    }
}
