package dk.trappen.platform;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import jakarta.servlet.http.HttpSession;

/**
 * The per-session token every POST from the product's own pages carries in a hidden field: the pages
 * use the webapp's session cookie, so without it another site could make a user's browser start a
 * migration or act on a child's case. Camunda's own CSRF filter covers only {@code /camunda/*}.
 */
public final class PageCsrf {

    public static final String FIELD = "csrf";
    private static final String ATTRIBUTE = PageCsrf.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private PageCsrf() {
    }

    public static String token(HttpSession session) {
        synchronized (session) {
            Object token = session.getAttribute(ATTRIBUTE);
            if (token instanceof String existing) {
                return existing;
            }
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            String created = HexFormat.of().formatHex(bytes);
            session.setAttribute(ATTRIBUTE, created);
            return created;
        }
    }

    /** The hidden field to put in a page's form. */
    public static String hiddenField(HttpSession session) {
        return "<input type=\"hidden\" name=\"" + FIELD + "\" value=\"" + HtmlPage.escape(token(session)) + "\">";
    }

    public static void check(HttpSession session, String sent) {
        Object expected = session == null ? null : session.getAttribute(ATTRIBUTE);
        if (!(expected instanceof String token) || sent == null
                || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8))) {
            throw new ForbiddenException("Formularen er udløbet eller kom ikke fra denne side. Åbn siden igen og prøv på ny.");
        }
    }
}
