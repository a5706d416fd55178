package dk.trappen.platform;

/**
 * An on-premise directory that checks staff's passwords instead of Camunda's identity tables (the
 * {@code ldap} profile, issue 23). Asked first by every password check (Camunda's login form, HTTP
 * Basic); when it does not accept the password the account's own password in Camunda's tables is
 * checked as before, with Camunda's throttling and Trappen's lock: so the administrator and
 * technical accounts that are not in the directory keep working.
 */
public interface DirectoryPasswords {

    /** Whether the directory accepts this user name and password; on yes, the account is brought in line with it. */
    boolean accepts(String userId, String password);
}
