package dk.trappen.testsupport;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real LDAP server for the {@code ldap} profile's tests (issue 23): UnboundID's in-memory directory
 * server on a port of its own, with a municipality's people and groups (groupOfNames, member = the
 * person's DN, as Active Directory's groups). The application finds it through the profile's
 * environment variables, as an installation would. Started once per JVM.
 */
public final class LdapDirectory implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String BASE = "dc=kommune,dc=example";
    public static final String MANAGER = "cn=Trappen Service,dc=kommune,dc=example";
    public static final String MANAGER_PASSWORD = "service-hemmelighed";
    public static final String PASSWORD = "Vinter-2026!";

    private static InMemoryDirectoryServer server;

    public static synchronized InMemoryDirectoryServer server() {
        if (server == null) {
            try {
                InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
                config.addAdditionalBindCredentials(MANAGER, MANAGER_PASSWORD);
                config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
                server = new InMemoryDirectoryServer(config);
                server.add("dn: " + BASE, "objectClass: top", "objectClass: domain", "dc: kommune");
                server.add("dn: ou=people," + BASE, "objectClass: top", "objectClass: organizationalUnit", "ou: people");
                server.add("dn: ou=groups," + BASE, "objectClass: top", "objectClass: organizationalUnit", "ou: groups");
                person("jens.hansen", "Jens", "Hansen");
                person("mette.holm", "Mette", "Holm");
                group("Trappen Team Nord", "jens.hansen");
                group("Trappen Ledere Syd", "mette.holm");
                group("Trappen Team Syd", "mette.holm");
                server.startListening();
                InMemoryDirectoryServer started = server;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> started.shutDown(true)));
            } catch (LDAPException | com.unboundid.ldif.LDIFException e) {
                throw new IllegalStateException(e);
            }
        }
        return server;
    }

    private static void person(String uid, String first, String last) throws LDAPException, com.unboundid.ldif.LDIFException {
        server.add("dn: " + dn(uid), "objectClass: top", "objectClass: person", "objectClass: organizationalPerson",
                "objectClass: inetOrgPerson", "uid: " + uid, "cn: " + first + " " + last, "givenName: " + first, "sn: " + last,
                "mail: " + uid + "@kommune.example", "userPassword: " + PASSWORD);
    }

    private static void group(String name, String... members) throws LDAPException, com.unboundid.ldif.LDIFException {
        String[] lines = new String[4 + members.length];
        lines[0] = "dn: cn=" + name + ",ou=groups," + BASE;
        lines[1] = "objectClass: top";
        lines[2] = "objectClass: groupOfNames";
        lines[3] = "cn: " + name;
        for (int i = 0; i < members.length; i++) {
            lines[4 + i] = "member: " + dn(members[i]);
        }
        server.add(lines);
    }

    public static String dn(String uid) {
        return "uid=" + uid + ",ou=people," + BASE;
    }

    /** The directory's administrator moves a person into or out of a group. */
    public static void membership(String group, String uid, boolean member) {
        try {
            server().modify("cn=" + group + ",ou=groups," + BASE,
                    new Modification(member ? ModificationType.ADD : ModificationType.DELETE, "member", dn(uid)));
        } catch (LDAPException e) {
            if (e.getResultCode() == com.unboundid.ldap.sdk.ResultCode.ATTRIBUTE_OR_VALUE_EXISTS
                    || e.getResultCode() == com.unboundid.ldap.sdk.ResultCode.NO_SUCH_ATTRIBUTE) {
                return; // already so
            }
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "TRAPPEN_LDAP_URL=ldap://localhost:" + server().getListenPort(),
                "TRAPPEN_LDAP_BASE=" + BASE,
                "TRAPPEN_LDAP_MANAGER_DN=" + MANAGER,
                "TRAPPEN_LDAP_MANAGER_PASSWORD=" + MANAGER_PASSWORD,
                "TRAPPEN_LDAP_USER_SEARCH_BASE=ou=people",
                "TRAPPEN_LDAP_USER_SEARCH_FILTER=(uid={0})",
                "TRAPPEN_LDAP_GROUP_SEARCH_BASE=ou=groups").applyTo(context);
    }
}
