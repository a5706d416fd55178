package dk.trappen.platform;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Typed, checked reads of what a Camunda Form submitted. Tasklist sends strings, booleans and
 * numbers; a REST caller may send anything, so a wrong type is a clear error naming the field.
 */
public final class FormValues {

    public static final String NUL_MESSAGE = "indeholder et ugyldigt tegn (NUL)";

    /** A NUL character: never typed, only sent, and PostgreSQL cannot store it; refused wherever text comes in. */
    public static boolean containsNul(String text) {
        return text != null && text.indexOf('\u0000') >= 0;
    }

    private final VariableScope scope;

    public FormValues(VariableScope scope) {
        this.scope = scope;
    }

    public String text(String name) {
        Object value = scope.getVariable(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text)) {
            throw InvalidInputException.of(name, "skal være tekst");
        }
        if (containsNul(text)) {
            throw InvalidInputException.of(name, NUL_MESSAGE);
        }
        return text.isBlank() ? null : text.trim();
    }

    /** A textarea of one entry per line (the custody holders' names): its non-blank lines, stripped; none when empty. */
    public java.util.List<String> lines(String name) {
        String text = text(name);
        return text == null ? java.util.List.of()
                : java.util.Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    public Boolean bool(String name) {
        Object value = scope.getVariable(name);
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        if (value instanceof String text && (text.equals("true") || text.equals("false"))) {
            return Boolean.valueOf(text);
        }
        throw InvalidInputException.of(name, "skal være ja eller nej");
    }

    public <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        String text = text(name);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(name, "er ikke en gyldig værdi");
        }
    }

    public LocalDate date(String name) {
        Object value = scope.getVariable(name);
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
        }
        String text = text(name);
        try {
            return text == null ? null : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(name, "skal være en dato (ÅÅÅÅ-MM-DD)");
        }
    }

    /** A moment; without an offset it is read in the municipality's zone. */
    public OffsetDateTime dateTime(String name, ZoneId zone) {
        Object value = scope.getVariable(name);
        if (value instanceof Date date) {
            return date.toInstant().atZone(zone).toOffsetDateTime();
        }
        String text = text(name);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atZone(zone).toOffsetDateTime();
            } catch (DateTimeParseException e) {
                throw InvalidInputException.of(name, "skal være dato og klokkeslæt");
            }
        }
    }

    public Integer integer(String name) {
        Object value = scope.getVariable(name);
        if (value == null || value instanceof Integer) {
            return (Integer) value;
        }
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            return number.intValue();
        }
        String text = value instanceof String s ? s.trim() : null;
        try {
            return text == null || text.isEmpty() ? null : Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(name, "skal være et helt tal");
        }
    }

    /** An id the process itself set; its absence is a modelling error, not bad input. */
    public long id(String name) {
        Object value = scope.getVariable(name);
        if (value instanceof Number number) {
            return number.longValue();
        }
        throw new IllegalStateException("Process variable " + name + " is missing or not an id: " + value);
    }
}
