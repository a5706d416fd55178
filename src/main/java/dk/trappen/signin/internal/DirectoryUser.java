package dk.trappen.signin.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A person or a partner system as the directory or the provider's token describes them: the user
 * id Trappen knows them by, their names and the directory's group names (not yet mapped).
 */
record DirectoryUser(String id, String firstName, String lastName, String email, Set<String> directoryGroups) {

    DirectoryUser {
        directoryGroups = directoryGroups == null ? Set.of() : Set.copyOf(directoryGroups);
    }

    /**
     * The user id as Camunda and the domain store it: {@code Jens.Hansen@kommune.dk} becomes
     * {@code jens.hansen} when the domain is stripped (one municipality, one domain), lower case either way.
     */
    static String userId(String claim, boolean stripDomain) {
        if (claim == null || claim.isBlank()) {
            return null;
        }
        String id = claim.trim();
        if (stripDomain && id.indexOf('@') > 0) {
            id = id.substring(0, id.indexOf('@'));
        }
        return id.toLowerCase(Locale.ROOT);
    }

    /** First and last name from the given/family claims, else split from the full name. */
    static String[] names(String given, String family, String full) {
        if (given != null || family != null) {
            return new String[] {given, family};
        }
        if (full == null || full.isBlank()) {
            return new String[] {null, null};
        }
        List<String> parts = List.of(full.trim().split("\\s+"));
        return parts.size() == 1 ? new String[] {parts.get(0), null}
                : new String[] {String.join(" ", parts.subList(0, parts.size() - 1)), parts.get(parts.size() - 1)};
    }
}
