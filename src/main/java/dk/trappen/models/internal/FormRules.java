package dk.trappen.models.internal;

import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import dk.trappen.models.internal.CodeRules.Finding;
import dk.trappen.platform.PersonalData;

/**
 * The rules for a Camunda Form: its id is its file name, its schema is one Tasklist 7.24 renders, and
 * every field that can hold personal data (free text, a name, a birth date) is named {@code pii_…},
 * so the form's value never becomes an engine variable that history keeps.
 */
final class FormRules {

    /**
     * Text fields that are not personal data and may therefore become engine variables. Every other
     * text field (and every text area) is free text, personal data by rule.
     */
    static final Set<String> NON_PERSONAL_TEXTFIELDS = Set.of(
            "secondAssessor", // a staff user id, assessConcern.form
            "assignedCaseworker", // a staff user id, distributeCase.form
            "caseNumber"); // SAG-2026-000123, requestMeeting.form

    /** The newest Camunda Forms schema that Tasklist 7.24's form-js renders. */
    static final int MAX_SCHEMA_VERSION = 16;

    private FormRules() {
    }

    static void check(JsonNode form, String fileName, Consumer<Finding> violations) {
        String key = ModelFiles.baseName(fileName);
        String id = form.path("id").asText(null);
        if (!key.equals(id)) {
            violations.accept(new Finding(fileName, "formularens id skal være filnavnet \"" + key + "\", er "
                    + (id == null ? "ikke sat" : "\"" + id + "\"")));
        }
        JsonNode schemaVersion = form.get("schemaVersion");
        if (schemaVersion == null || !schemaVersion.canConvertToInt()) {
            violations.accept(new Finding(fileName, "formularen har ingen schemaVersion"));
        } else if (schemaVersion.asInt() > MAX_SCHEMA_VERSION) {
            violations.accept(new Finding(fileName, "schemaVersion " + schemaVersion.asInt() + " er nyere end Tasklist 7.24 kan vise ("
                    + MAX_SCHEMA_VERSION + "): sæt Modeler's execution platform til Camunda 7.24"));
        }
        components(form, violations);
    }

    private static void components(JsonNode container, Consumer<Finding> violations) {
        for (JsonNode component : container.path("components")) {
            String type = component.path("type").asText("");
            String key = component.path("key").asText(null);
            String where = component.path("id").asText("?") + " (" + type + " \"" + key + "\")";
            if (key != null && !key.startsWith(PersonalData.PREFIX)) {
                if (type.equals("textarea")) {
                    violations.accept(new Finding(where, "fritekst er personoplysninger: nøglen skal begynde med pii_"));
                } else if (type.equals("textfield") && !NON_PERSONAL_TEXTFIELDS.contains(key)) {
                    violations.accept(new Finding(where, "et tekstfelt er personoplysninger, medmindre det står på listen over "
                            + "ikke-personlige felter " + NON_PERSONAL_TEXTFIELDS.stream().sorted().toList() + ": nøglen skal begynde med pii_"));
                } else if (type.equals("datetime") && "date".equals(component.path("subtype").asText())
                        && key.toLowerCase(Locale.ROOT).contains("birth")) {
                    violations.accept(new Finding(where, "en fødselsdato er personoplysninger: nøglen skal begynde med pii_"));
                }
            }
            components(component, violations);
        }
    }
}
