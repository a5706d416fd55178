package dk.trappen.testsupport;

import java.util.HashMap;
import java.util.Map;

/** What a Camunda Form submits: a mutable map, so a test can break it field by field. */
public final class Forms {

    private Forms() {
    }

    public static Map<String, Object> form(Object... keysAndValues) {
        Map<String, Object> form = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            form.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return form;
    }
}
