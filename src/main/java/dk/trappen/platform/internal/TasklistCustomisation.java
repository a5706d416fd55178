package dk.trappen.platform.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tasklist's two customisation files, {@code scripts/config.js} and {@code styles/user-styles.css},
 * served in place of the examples in Camunda's webjar (a request mapping wins over the webjar's
 * resource handler). They are templates in {@code classpath:tasklist/} because the municipality's
 * name and logo are configuration ({@code trappen.municipality}, {@code trappen.tasklist.logo}),
 * not something to edit inside a jar.
 */
@RestController
class TasklistCustomisation {

    private static final MediaType JAVASCRIPT = new MediaType("text", "javascript", StandardCharsets.UTF_8);
    private static final MediaType CSS = new MediaType("text", "css", StandardCharsets.UTF_8);

    private final String config;
    private final String styles;
    private final String managersStyles;

    TasklistCustomisation(@Value("${trappen.municipality}") String municipality,
                          @Value("${trappen.tasklist.logo}") String logo) throws IOException {
        this.config = template("tasklist/config.js").replace("__MUNICIPALITY__", javascriptString(municipality));
        this.styles = template("webapps/user-styles.css").replace("__LOGO__", cssString(logo)) + "\n"
                + template("tasklist/user-styles.css");
        // A logo relative to Tasklist's stylesheet (the default) is found from Cockpit's too.
        boolean relative = !logo.matches("^(/|[a-zA-Z][a-zA-Z0-9+.-]*:).*");
        this.managersStyles = template("webapps/user-styles.css")
                .replace("__LOGO__", cssString(relative ? "../../tasklist/styles/" + logo : logo));
    }

    /**
     * Cockpit's stylesheet: the logo, and no Camunda 8 banner for the managers who watch their cases there.
     * Admin keeps Camunda's own, banner included: it is the operators' tool, and the banner is theirs.
     */
    @GetMapping("${camunda.bpm.webapp.application-path:/camunda}/app/cockpit/styles/user-styles.css")
    ResponseEntity<String> managersStyles() {
        return ResponseEntity.ok().contentType(CSS).cacheControl(CacheControl.noCache()).body(managersStyles);
    }

    @GetMapping("${camunda.bpm.webapp.application-path:/camunda}/app/tasklist/scripts/config.js")
    ResponseEntity<String> config() {
        return ResponseEntity.ok().contentType(JAVASCRIPT).cacheControl(CacheControl.noCache()).body(config);
    }

    @GetMapping("${camunda.bpm.webapp.application-path:/camunda}/app/tasklist/styles/user-styles.css")
    ResponseEntity<String> styles() {
        return ResponseEntity.ok().contentType(CSS).cacheControl(CacheControl.noCache()).body(styles);
    }

    private static String template(String path) throws IOException {
        return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
    }

    /** A JavaScript string literal: a name with a quote or a backslash must not end the string. */
    static String javascriptString(String value) {
        StringBuilder literal = new StringBuilder("'");
        for (char c : value.toCharArray()) {
            if (c == '\'' || c == '\\' || c == '"' || c == '<' || c == '>' || c == '&' || c < 0x20) {
                literal.append(String.format("\\u%04x", (int) c));
            } else {
                literal.append(c);
            }
        }
        return literal.append('\'').toString();
    }

    /** A CSS string: the configured URL cannot close the url(…) or the rule. */
    static String cssString(String value) {
        StringBuilder literal = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\' || c < 0x20 || c == '}' || c == '{' || c == ';') {
                literal.append(String.format("\\%x ", (int) c));
            } else {
                literal.append(c);
            }
        }
        return literal.append('"').toString();
    }
}
