package dk.trappen.organisation.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import dk.trappen.organisation.Groups;
import dk.trappen.organisation.OrganisationProperties;
import dk.trappen.organisation.Team;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ResourceTypeUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Brings Camunda's identity service in line with the configuration at every start: role and team
 * groups, the authorizations of each role, task filters ({@link TaskFilters}) and (demo profile) users. Idempotent, and
 * additive: it never deletes what an administrator added in Camunda Admin.
 */
@Component
public class IdentitySetup {

    private static final Logger log = LoggerFactory.getLogger(IdentitySetup.class);

    private static final Map<String, String> ROLE_GROUPS = new LinkedHashMap<>();

    static {
        ROLE_GROUPS.put(Groups.INTAKE, "Modtagelse");
        ROLE_GROUPS.put(Groups.CASEWORKERS, "Myndighedsrådgivere");
        ROLE_GROUPS.put(Groups.TEAM_LEADERS, "Teamledere");
        ROLE_GROUPS.put(Groups.FAMILY_THERAPISTS, "Familiebehandlere");
        ROLE_GROUPS.put(Groups.PREVENTION, "Tidlig Forebyggelse");
        ROLE_GROUPS.put(Groups.PREVENTION_TEAM, "Tidlig Forebyggelse (team)");
        ROLE_GROUPS.put(Groups.PREVENTION_LEADERS, "Leder, Tidlig Forebyggelse");
        ROLE_GROUPS.put(Groups.MANAGERS, "Ledelse");
        ROLE_GROUPS.put(Groups.PROCESS_OWNERS, "Procesejere");
        ROLE_GROUPS.put(Groups.NOTIFIERS, "Underretningssystemer");
    }

    private final OrganisationProperties properties;
    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final TaskFilters taskFilters;
    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;

    IdentitySetup(OrganisationProperties properties, IdentityService identity,
                  AuthorizationService authorizations, TaskFilters taskFilters,
                  PlatformTransactionManager transactionManager, JdbcTemplate jdbc) {
        this.properties = properties;
        this.identity = identity;
        this.authorizations = authorizations;
        this.taskFilters = taskFilters;
        this.transaction = new TransactionTemplate(transactionManager);
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE) // before anything that needs users, such as the demo data
    public void apply() {
        // Nodes starting at the same moment take turns: each would otherwise create what it finds
        // missing (a duplicate key ends its start; a filter has no unique name, and two of one name
        // break every later start) and update the same grants (a concurrent update ends its start).
        // The engine's own row for serialising start-ups across nodes, locked until this commits;
        // the engine's commands below join this transaction.
        transaction.executeWithoutResult(status -> {
            jdbc.queryForList("select value_ from ACT_GE_PROPERTY where name_ = 'startup.lock' for update");
            applyInTurn();
        });
    }

    private void applyInTurn() {
        ROLE_GROUPS.forEach((id, name) -> group(id, name, "WORKFLOW"));
        for (Team team : properties.teams()) {
            group(team.group(), team.name(), "TEAM");
            group(team.leaderGroup(), "Teamleder, " + team.name(), "TEAM");
        }
        properties.authorizations().forEach(this::grant);
        properties.users().forEach(this::user);
        ownAccountsReadOnly();
        taskFilters.apply();
        log.info("Organisation applied: {} teams, {} authorizations, {} configured users",
                properties.teams().size(), properties.authorizations().size(), properties.users().size());
    }

    private void group(String id, String name, String type) {
        if (identity.createGroupQuery().groupId(id).count() > 0) {
            return;
        }
        Group group = identity.newGroup(id);
        group.setName(name);
        group.setType(type);
        identity.saveGroup(group);
    }

    private void user(OrganisationProperties.User configured) {
        if (identity.createUserQuery().userId(configured.id()).count() == 0) {
            User user = identity.newUser(configured.id());
            user.setFirstName(configured.firstName());
            user.setLastName(configured.lastName());
            user.setEmail(configured.email() != null ? configured.email() : configured.id() + "@trappen.example");
            user.setPassword(configured.password() != null ? configured.password() : properties.defaultPassword());
            identity.saveUser(user);
        }
        for (String groupId : configured.groups()) {
            if (identity.createGroupQuery().groupId(groupId).count() == 0) {
                throw new IllegalStateException("User " + configured.id() + " is in unknown group " + groupId);
            }
            if (identity.createUserQuery().userId(configured.id()).memberOfGroup(groupId).count() == 0) {
                identity.createMembership(configured.id(), groupId);
            }
        }
    }

    /**
     * Camunda gave every user created before issue 19 ALL on its own account (rename, delete itself);
     * new users get READ only (AccountProtection). The one change here that takes something away:
     * such a grant is brought down to READ, also one an administrator widened, because an account is
     * the administrator's to change (Admin's group grants, e.g. camunda-admin's ALL, stay).
     */
    private void ownAccountsReadOnly() {
        for (Authorization own : authorizations.createAuthorizationQuery().resourceType(Resources.USER).unlimitedList()) {
            if (own.getUserId() != null && own.getUserId().equals(own.getResourceId())
                    && own.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT
                    && (own.isPermissionGranted(Permissions.UPDATE) || own.isPermissionGranted(Permissions.DELETE))) {
                own.setPermissions(new Permission[] {Permissions.READ});
                authorizations.saveAuthorization(own);
                log.info("Account {} may now only read itself; its administrator changes it", own.getUserId());
            }
        }
    }

    private void grant(OrganisationProperties.Grant grant) {
        Resource resource = Resources.valueOf(grant.resource());
        String resourceId = grant.resourceId() != null ? grant.resourceId() : Authorization.ANY;
        Authorization existing = authorizations.createAuthorizationQuery()
                .groupIdIn(grant.group()).resourceType(resource).resourceId(resourceId).singleResult();
        Authorization authorization = existing != null ? existing
                : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        if (existing == null) {
            authorization.setGroupId(grant.group());
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        for (String name : grant.permissions()) {
            Permission permission = "ALL".equals(name) ? Permissions.ALL
                    : ResourceTypeUtil.getPermissionByNameAndResourceType(name, resource.resourceType());
            authorization.addPermission(permission);
        }
        authorizations.saveAuthorization(authorization);
    }
}
