package dk.trappen.resilience;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Request bodies of the product's and the engine's REST APIs, as an external system sends them. */
final class Payloads {

    private static final DateTimeFormatter CPR_DATE = DateTimeFormatter.ofPattern("ddMMyy");

    private Payloads() {
    }

    /** A child's identity: birth date and a CPR number matching it, distinct for every {@code n} below a million. */
    static Map<String, Object> child(LocalDate firstBirthDate, int n) {
        LocalDate born = firstBirthDate.plusDays(n % 1000);
        String cpr = born.format(CPR_DATE) + "4" + String.format("%03d", (n / 1000) % 1000);
        return Map.of("cpr", cpr, "name", "Testbarn " + n, "birthDate", born.toString());
    }

    /** POST /api/concerns: from a school (PROFESSIONAL, so an acknowledgement is owed) or a citizen. */
    static Map<String, Object> concern(Map<String, Object> child, boolean professional, OffsetDateTime receivedAt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("notifierType", professional ? "PROFESSIONAL" : "CITIZEN");
        if (professional) {
            body.put("notifierOrganisation", "Skovvejens Skole");
            body.put("notifierContact", "kontor@skovvejen.example");
        }
        body.put("child", child);
        body.put("receivedAt", receivedAt.toString());
        body.put("description", "Eleven virker trist og træt og har meget fravær.");
        body.put("concernLevel", "ILL_BEING");
        body.put("concernsAbuse", false);
        return body;
    }

    /** POST /engine-rest/task/{id}/complete: the form's fields as typed variables. */
    static Map<String, Object> completion(Object... keysAndValues) {
        Map<String, Object> variables = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            variables.put((String) keysAndValues[i], Map.of("value", keysAndValues[i + 1]));
        }
        return Map.of("variables", variables);
    }
}
