package dk.trappen.signin.internal;

import java.util.List;

import dk.trappen.platform.EngineAsSystem;
import dk.trappen.signin.SignInProperties;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * What the {@code oidc} and {@code ldap} sign-ins share: the group mapping and the accounts kept in
 * line with the directory. The {@code local} sign-in (the demo) has neither.
 */
@Configuration
@ConditionalOnExpression("'${trappen.sign-in.mode:local}'.toLowerCase() != 'local'")
class SignInConfiguration {

    @Bean
    GroupMapping groupMapping(SignInProperties properties) {
        return new GroupMapping(properties);
    }

    @Bean
    DirectoryAccounts directoryAccounts(IdentityService identity, GroupMapping mapping, EngineAsSystem system,
                                        PlatformTransactionManager transactions) {
        return new DirectoryAccounts(identity, mapping, system, transactions);
    }

    /** The directory's passwords for Camunda's login form and HTTP Basic (profile ldap). */
    @Bean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "trappen.sign-in.mode", havingValue = "ldap")
    LdapSignIn ldapSignIn(SignInProperties properties, DirectoryAccounts accounts) {
        return new LdapSignIn(properties, accounts);
    }

    /**
     * A mapping that names a group Trappen does not have (a typo, a team not configured) would give
     * nobody that group: refused at start, after the organisation's groups are created.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    void mappingNamesKnownGroups(ApplicationReadyEvent event) {
        DirectoryAccounts accounts = event.getApplicationContext().getBean(DirectoryAccounts.class);
        List<String> unknown = accounts.unknownGroups();
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("trappen.sign-in.group-mapping names groups Trappen does not have: " + unknown
                    + ". Use the ids of trappen.organisation (roles, team-<id>, teamleaders-<id>) or camunda-admin.");
        }
    }
}
