package dk.trappen.signin.internal;

import java.util.Set;
import java.util.stream.Collectors;

import dk.trappen.platform.DirectoryPasswords;
import dk.trappen.signin.SignInProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ldap.core.DirContextOperations;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.ldap.DefaultSpringSecurityContextSource;
import org.springframework.security.ldap.authentication.BindAuthenticator;
import org.springframework.security.ldap.search.FilterBasedLdapUserSearch;
import org.springframework.security.ldap.userdetails.DefaultLdapAuthoritiesPopulator;

/**
 * Staff sign in with their directory password (profile {@code ldap}; an on-premise Active Directory
 * or another LDAP server). Spring Security's LDAP support binds as the user (the directory checks the
 * password and applies its own lockout), reads the user's groups, and the account in Camunda's
 * tables is brought in line ({@link DirectoryAccounts}), with the same group mapping as OpenID
 * Connect. Camunda's login form, HTTP Basic and everything after them stay as they are.
 */
class LdapSignIn implements DirectoryPasswords {

    private static final Logger log = LoggerFactory.getLogger(LdapSignIn.class);

    private final SignInProperties.Ldap ldap;
    private final boolean stripDomain;
    private final DirectoryAccounts accounts;
    private final BindAuthenticator authenticator;
    private final DefaultLdapAuthoritiesPopulator groups;

    LdapSignIn(SignInProperties properties, DirectoryAccounts accounts) {
        this.ldap = properties.ldap();
        if (ldap == null || ldap.url() == null || ldap.url().isBlank()) {
            throw new IllegalStateException("The ldap profile needs trappen.sign-in.ldap.url (TRAPPEN_LDAP_URL)");
        }
        this.stripDomain = properties.stripDomain();
        this.accounts = accounts;
        String base = ldap.base() == null ? "" : ldap.base();
        DefaultSpringSecurityContextSource directory = new DefaultSpringSecurityContextSource(
                ldap.url().replaceAll("/+$", "") + (base.isEmpty() ? "" : "/" + base));
        if (ldap.managerDn() != null && !ldap.managerDn().isBlank()) {
            directory.setUserDn(ldap.managerDn());
            directory.setPassword(ldap.managerPassword());
        }
        directory.afterPropertiesSet();
        authenticator = new BindAuthenticator(directory);
        if (!ldap.userDnPattern().isBlank()) {
            authenticator.setUserDnPatterns(new String[] {ldap.userDnPattern()});
        } else {
            authenticator.setUserSearch(new FilterBasedLdapUserSearch(ldap.userSearchBase(), ldap.userSearchFilter(), directory));
        }
        groups = new DefaultLdapAuthoritiesPopulator(directory, ldap.groupSearchBase());
        groups.setGroupSearchFilter(ldap.groupSearchFilter());
        groups.setGroupRoleAttribute(ldap.groupNameAttribute());
        groups.setRolePrefix("");
        groups.setConvertToUpperCase(false);
        groups.setSearchSubtree(true);
        groups.setIgnorePartialResultException(true); // Active Directory's referrals
    }

    @Override
    public boolean accepts(String userName, String password) {
        String userId = DirectoryUser.userId(userName, stripDomain);
        DirContextOperations entry;
        try {
            entry = authenticator.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(userId, password));
        } catch (AuthenticationException e) {
            log.debug("Directory refused {}: {}", userId, e.getMessage());
            return false; // the account's own password is checked next (the administrator is not in the directory)
        }
        Set<String> directoryGroups = groups.getGroupMembershipRoles(entry.getNameInNamespace(), userId).stream()
                .map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        DirectoryUser user = new DirectoryUser(userId, entry.getStringAttribute(ldap.firstNameAttribute()),
                entry.getStringAttribute(ldap.lastNameAttribute()), entry.getStringAttribute(ldap.emailAttribute()),
                directoryGroups);
        try {
            accounts.signIn(user);
        } catch (DirectoryAccounts.Departed e) {
            log.warn("Sign-in of {} refused: registered as having left", userId);
            return false;
        }
        return true;
    }
}
