package dk.trappen.signin.internal;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dk.trappen.platform.EngineAsSystem;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings a signed-in user's account in Camunda's identity tables in line with the directory, at
 * every sign-in: the account (names, e-mail; no usable password, so it can never sign in with one)
 * and the memberships of the groups the mapping manages. The tables stay the engine's view of the
 * organisation: task routing reads a team's caseworkers from them, Tasklist shows names from them,
 * and Camunda's webapps re-read a session's groups from them every few minutes.
 */
class DirectoryAccounts {

    private static final Logger log = LoggerFactory.getLogger(DirectoryAccounts.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** A token is shown on every API call; its user's account is brought in line at most this often. */
    private static final Duration RECHECK = Duration.ofMinutes(5);

    private final IdentityService identity;
    private final GroupMapping mapping;
    private final EngineAsSystem system;
    private final TransactionTemplate transaction;
    private final Map<String, Synced> recent = new ConcurrentHashMap<>();

    private record Synced(DirectoryUser user, Set<String> groups, Instant at) {
    }

    DirectoryAccounts(IdentityService identity, GroupMapping mapping, EngineAsSystem system,
                      PlatformTransactionManager transactions) {
        this.identity = identity;
        this.mapping = mapping;
        this.system = system;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The user's Trappen groups after the account is brought in line: at a sign-in, always. */
    Set<String> signIn(DirectoryUser user) {
        return bringInLineOnce(user);
    }

    /**
     * The same for a bearer token, shown on every API call: the account is brought in line when the
     * token says something new about the user, else at most every few minutes.
     */
    Set<String> tokenCall(DirectoryUser user) {
        Synced last = recent.get(user.id());
        if (last != null && last.user().equals(user) && last.at().plus(RECHECK).isAfter(Instant.now())) {
            return last.groups();
        }
        return bringInLineOnce(user);
    }

    private Set<String> bringInLineOnce(DirectoryUser user) {
        Set<String> groups;
        try {
            groups = bringInLine(user);
        } catch (DataIntegrityViolationException | org.camunda.bpm.engine.ProcessEngineException e) {
            if (!duplicate(e)) {
                throw e;
            }
            // Two first sign-ins of one person at the same moment (two tabs, a node each): the other created it.
            groups = bringInLine(user);
        }
        recent.put(user.id(), new Synced(user, groups, Instant.now()));
        return groups;
    }

    /** Forget what was brought in line, e.g. after a caseworker's departure took their groups. */
    void forget(String userId) {
        recent.remove(userId);
    }

    private Set<String> bringInLine(DirectoryUser user) {
        Set<String> wanted = mapping.groupsOf(user.directoryGroups());
        Set<String> managed = mapping.managedGroups();
        return system.call(() -> transaction.execute(status -> {
            User account = identity.createUserQuery().userId(user.id()).singleResult();
            if (account == null) {
                account = identity.newUser(user.id());
                copyNames(user, account);
                // Never usable: a directory account signs in through the directory only.
                byte[] secret = new byte[32];
                RANDOM.nextBytes(secret);
                account.setPassword(Base64.getEncoder().encodeToString(secret));
                identity.saveUser(account);
                log.info("Account {} created at its first sign-in through the directory", user.id());
            } else if (departed(user.id())) {
                throw new Departed(user.id());
            } else if (hasNames(user) && (!Objects.equals(account.getFirstName(), user.firstName())
                    || !Objects.equals(account.getLastName(), user.lastName())
                    || !Objects.equals(account.getEmail(), email(user)))) {
                copyNames(user, account);
                identity.saveUser(account);
            }
            Set<String> current = new LinkedHashSet<>();
            identity.createGroupQuery().groupMember(user.id()).unlimitedList().stream().map(Group::getId).forEach(current::add);
            Set<String> result = new LinkedHashSet<>(current);
            for (String group : managed) {
                boolean member = current.contains(group);
                if (wanted.contains(group) && !member) {
                    identity.createMembership(user.id(), group);
                    result.add(group);
                } else if (!wanted.contains(group) && member) {
                    identity.deleteMembership(user.id(), group);
                    result.remove(group);
                    log.info("{} is no longer in {}: the directory no longer gives it", user.id(), group);
                }
            }
            if (!result.equals(current)) {
                log.info("Groups of {} from the directory: {}", user.id(), result);
            }
            return Set.copyOf(result);
        }));
    }

    /**
     * A partner system's user (e.g. {@code skolesystem}): created on its first call, with its
     * configured groups. Its groups are the configuration's, never the directory's.
     */
    void partner(String userId, List<String> groups) {
        Synced last = recent.get(userId);
        if (last != null && last.at().plus(RECHECK).isAfter(Instant.now())) {
            return;
        }
        DirectoryUser user = new DirectoryUser(userId, null, userId, null, Set.of());
        system.run(() -> transaction.executeWithoutResult(status -> {
            if (identity.createUserQuery().userId(userId).count() == 0) {
                User account = identity.newUser(userId);
                account.setLastName(userId);
                byte[] secret = new byte[32];
                RANDOM.nextBytes(secret);
                account.setPassword(Base64.getEncoder().encodeToString(secret));
                identity.saveUser(account);
                log.info("Partner account {} created at its first call with a token", userId);
            }
            for (String group : groups) {
                if (identity.createUserQuery().userId(userId).memberOfGroup(group).count() == 0) {
                    identity.createMembership(userId, group);
                }
            }
        }));
        recent.put(userId, new Synced(user, Set.copyOf(groups), Instant.now()));
    }

    /** The user info Camunda keeps per account; set by a departure ({@code Departures}), lifted when someone returns. */
    static final String DEPARTED = "trappen.departed";

    boolean departed(String userId) {
        return system.call(() -> identity.getUserInfo(userId, DEPARTED) != null);
    }

    /** A sign-in of someone whose departure has been registered: refused even with a still valid token. */
    static final class Departed extends RuntimeException {
        Departed(String userId) {
            super("Account " + userId + " has left the organisation");
        }
    }

    private static boolean hasNames(DirectoryUser user) {
        // An access token often carries no names: keep the ones the sign-in gave.
        return user.firstName() != null || user.lastName() != null || user.email() != null;
    }

    private static void copyNames(DirectoryUser user, User account) {
        account.setFirstName(user.firstName());
        account.setLastName(user.lastName());
        account.setEmail(email(user));
    }

    private static String email(DirectoryUser user) {
        return user.email() == null || user.email().isBlank() ? null : user.email().trim();
    }

    private static boolean duplicate(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (cause instanceof java.sql.SQLIntegrityConstraintViolationException || message.contains("duplicate")
                    || message.contains("unique")) {
                return true;
            }
        }
        return false;
    }

    /** The groups the mapping names that do not exist: a typo in the configuration, found at start. */
    List<String> unknownGroups() {
        return system.call(() -> mapping.managedGroups().stream()
                .filter(group -> identity.createGroupQuery().groupId(group).count() == 0).toList());
    }
}
