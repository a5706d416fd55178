package dk.trappen.platform.internal;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Accounts are the administrator's (issue 19). Camunda gives every new user ALL on its own user
 * resource, so a caseworker could rename or delete itself over {@code /engine-rest/user}. Here a new
 * user gets READ on itself only, and the identity provider ({@link AccountRules}) lets a user change
 * its own password and nothing else of its account; a login lock expires after
 * {@code trappen.login.lock-duration} instead of lasting for good. Grants given before this are
 * brought down to READ at every start ({@code IdentitySetup}).
 */
@Component
class AccountProtection extends AbstractProcessEnginePlugin {

    private final Duration lockDuration;
    private final ObjectProvider<MeterRegistry> meters;
    private final ObjectProvider<dk.trappen.platform.DirectoryPasswords> directory;

    AccountProtection(@Value("${trappen.login.lock-duration:PT15M}") Duration lockDuration,
                      ObjectProvider<MeterRegistry> meters, ObjectProvider<dk.trappen.platform.DirectoryPasswords> directory) {
        this.lockDuration = lockDuration;
        this.meters = meters;
        this.directory = directory;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new OwnAccountReadOnly());
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return AccountRules.class;
            }

            @Override
            public Session openSession() {
                return new AccountRules(lockDuration, meters, directory);
            }
        });
    }

    /** Camunda's defaults, except that a new user may only read its own account. */
    static class OwnAccountReadOnly extends DefaultAuthorizationProvider {
        @Override
        public AuthorizationEntity[] newUser(User user) {
            AuthorizationEntity[] owner = super.newUser(user);
            for (AuthorizationEntity authorization : owner) {
                if (authorization.getResourceType() == Resources.USER.resourceType()) {
                    authorization.setPermissions(new org.camunda.bpm.engine.authorization.Permission[] {Permissions.READ});
                }
            }
            return owner;
        }
    }
}
