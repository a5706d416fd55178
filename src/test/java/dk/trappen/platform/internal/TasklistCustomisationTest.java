package dk.trappen.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The configured name and logo go into JavaScript and CSS: neither may end its string and add code. */
class TasklistCustomisationTest {

    @Test
    void aMunicipalityNameStaysInsideItsJavaScriptString() {
        assertThat(TasklistCustomisation.javascriptString("Bjerg' + alert(1) + '</script>"))
                .isEqualTo("'Bjerg\\u0027 + alert(1) + \\u0027\\u003c/script\\u003e'");
        assertThat(TasklistCustomisation.javascriptString("Ærø Kommune")).isEqualTo("'Ærø Kommune'");
    }

    @Test
    void aLogoUrlStaysInsideItsCssString() {
        String literal = TasklistCustomisation.cssString("a\"); } body { display: none");
        String inside = literal.substring(1, literal.length() - 1);
        assertThat(literal).startsWith("\"").endsWith("\"");
        assertThat(inside).doesNotContain("\"", "}", "{", ";");
        assertThat(TasklistCustomisation.cssString("https://kommune.example/logo.svg"))
                .isEqualTo("\"https://kommune.example/logo.svg\"");
    }
}
