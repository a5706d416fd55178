package dk.trappen.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.trappen.testsupport.TrappenTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * Tasklist in Danish: our da.json has every label of the English locale in the Camunda webjar on the
 * classpath (so an upgrade that adds labels fails here), says each in Danish, keeps the placeholders,
 * and the application serves it together with the config.js that makes Danish the fallback, the
 * municipality's name and logo, and the stylesheet that hides the Camunda 8 banner.
 */
@TrappenTest
class TasklistDanishTest {

    private static final String LOCALES = "META-INF/resources/webjars/camunda/app/tasklist/locales/";

    /** Labels that are the same word in Danish, a product's name, or the literal value {@code <null>}. */
    private static final Set<String> SAME_IN_DANISH = Set.of("APP_VENDOR", "COCKPIT_APP", "FILTER", "DIAGRAM",
            "TYPE", "CAM_WIDGET_VARIABLES_TABLE_TYPE", "OPERATOR", "FILTER_CRITERIA_OPERATOR", "START",
            "AUTH_DAY_CONTEXT_WEEKEND", "CAM_WIDGET_VARIABLES_TABLE_NULL", "CAM_WIDGET_VARIABLE_NULL");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}");

    @Autowired
    TestRestTemplate http;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyEnglishLabelHasADanishOne() throws IOException {
        JsonNode english = locale("en.json");
        JsonNode danish = locale("da.json");

        Set<String> englishKeys = keys(english.get("labels"));
        assertThat(englishKeys).as("labels of Camunda's en.json").hasSizeGreaterThan(400);
        assertThat(keys(danish.get("labels"))).isEqualTo(englishKeys);
        assertThat(keys(danish.get("dateLocales"))).isEqualTo(keys(english.get("dateLocales")));
    }

    @Test
    void noLabelIsLeftInEnglishAndEveryPlaceholderIsKept() throws IOException {
        JsonNode english = locale("en.json").get("labels");
        JsonNode danish = locale("da.json").get("labels");

        List<String> leftInEnglish = new ArrayList<>();
        List<String> placeholdersLost = new ArrayList<>();
        for (String key : keys(english)) {
            String en = english.get(key).asText();
            String da = danish.path(key).asText();
            boolean hasWords = en.chars().anyMatch(Character::isLetter);
            if (hasWords && en.equals(da) && !SAME_IN_DANISH.contains(key)) {
                leftInEnglish.add(key + "=" + en);
            }
            if (!placeholders(en).equals(placeholders(da))) {
                placeholdersLost.add(key);
            }
        }
        assertThat(leftInEnglish).as("labels still in English").isEmpty();
        assertThat(placeholdersLost).as("labels whose {{placeholders}} differ from the English").isEmpty();
        assertThat(danish.get("COMPLETE").asText()).isEqualTo("Fuldfør");
        assertThat(danish.get("CLAIM_TASK").asText()).isEqualTo("Tag opgaven");
        assertThat(locale("da.json").at("/dateLocales/months/0").asText()).isEqualTo("januar");
    }

    @Test
    void theApplicationServesTheDanishLocaleAndAConfigWithDanishAsFallback() throws IOException {
        ResponseEntity<String> da = http.getForEntity("/camunda/app/tasklist/locales/da.json", String.class);
        assertThat(da.getStatusCode().is2xxSuccessful()).isTrue();
        assertThat(json.readTree(da.getBody()).at("/labels/COMPLETE").asText()).isEqualTo("Fuldfør");

        String config = http.getForObject("/camunda/app/tasklist/scripts/config.js", String.class);
        assertThat(config).contains("availableLocales: ['da', 'en']", "fallbackLocale: 'da'",
                "vendor: 'Trappen Kommune'", "customScripts: ['scripts/trappen/sort-by-due-date', 'scripts/trappen/danish-forms']")
                .doesNotContain("__MUNICIPALITY__");
        assertThat(http.getForObject("/camunda/app/tasklist/scripts/trappen/sort-by-due-date.js", String.class))
                .as("the custom script config.js names").contains("sortBy: 'dueDate', sortOrder: 'asc'");

        String styles = http.getForObject("/camunda/app/tasklist/styles/user-styles.css", String.class);
        assertThat(styles).contains(".ce-eol-banner {\n  display: none !important;", "url(\"municipality-logo.svg\")",
                ".tasks-list .due-date.overdue::before {\n  content: \"Overskredet\";", ".tasks-list .priority {\n  display: none !important;");
        assertThat(http.getForEntity("/camunda/app/tasklist/styles/municipality-logo.svg", String.class)
                .getStatusCode().is2xxSuccessful()).as("the default logo is served").isTrue();
        assertThat(http.getForObject("/camunda/app/cockpit/styles/user-styles.css", String.class))
                .as("Cockpit without the Camunda 8 banner").contains(".ce-eol-banner {\n  display: none !important;");
        assertThat(http.getForObject("/camunda/app/admin/styles/user-styles.css", String.class))
                .as("Admin, the operators' tool, keeps it").doesNotContain(".ce-eol-banner");
    }

    /**
     * form-js in Tasklist has no translations: every validation message its bundled validator writes
     * (read from Camunda's deps.js on the classpath, so an upgrade that adds one fails here) has a
     * Danish wording in scripts/trappen/danish-forms.js, which the application serves.
     */
    @Test
    void everyMessageOfTheFormsValidatorHasADanishWording() throws IOException {
        String deps;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/resources/webjars/camunda/lib/deps.js")) {
            assertThat(in).as("Camunda's deps.js on the classpath").isNotNull();
            deps = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Set<String> messages = new TreeSet<>();
        Matcher pushed = Pattern.compile("push\\([\"`](Field [^\"`$]*)").matcher(deps);
        while (pushed.find()) {
            messages.add(pushed.group(1).trim());
        }
        assertThat(messages).as("form-js's validation messages").hasSizeGreaterThanOrEqualTo(8);
        String script = http.getForObject("/camunda/app/tasklist/scripts/trappen/danish-forms.js", String.class);
        assertThat(script).as("served").contains("new MutationObserver", "firstDayOfWeek: 1", "'Vælg'");
        // Each message's words up to any example in brackets, as the script's regular expression starts.
        List<String> untranslated = messages.stream().filter(message -> !script.contains("/^" + message.split(" \\(")[0]
                .replace(".", "\\.").replace("valid  international", "valid {1,2}international"))).toList();
        assertThat(untranslated).as("form-js messages without a Danish wording in danish-forms.js").isEmpty();
    }

    private JsonNode locale(String file) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(LOCALES + file)) {
            assertThat(in).as(file + " on the classpath").isNotNull();
            return json.readTree(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", ""));
        }
    }

    private static Set<String> keys(JsonNode node) {
        Set<String> keys = new TreeSet<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
