package dk.trappen.platform.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Date;
import java.util.Objects;

import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Camunda's database identity provider with two rules of Trappen's:
 * <ul>
 * <li>A user may change its own password (Camunda's {@code PUT /user/{id}/credentials}, which
 * checks the current password first) without holding UPDATE on its account; any other change of
 * the account (name, e-mail) still needs UPDATE, which only administrators hold.</li>
 * <li>Login throttling stays as Camunda's (a growing delay after each wrong password), but after
 * {@code loginMaxAttempts} wrong passwords in a row the account is locked for {@code lockDuration}
 * instead of for good; then counting starts over. An administrator may lift a lock earlier
 * ({@code POST /engine-rest/user/{id}/unlock}, Admin). Both are logged and counted
 * ({@code trappen_accounts_locked_total}, {@code trappen_accounts_unlocked_total}).</li>
 * </ul>
 */
class AccountRules extends DbIdentityServiceProvider {

    private static final Logger log = LoggerFactory.getLogger(AccountRules.class);

    private final Duration lockDuration;
    private final ObjectProvider<MeterRegistry> meters;
    private final ObjectProvider<dk.trappen.platform.DirectoryPasswords> directory;

    AccountRules(Duration lockDuration, ObjectProvider<MeterRegistry> meters,
                 ObjectProvider<dk.trappen.platform.DirectoryPasswords> directory) {
        this.lockDuration = lockDuration;
        this.meters = meters;
        this.directory = directory;
    }

    /** The directory first (profile ldap), then the account's own password as before. */
    @Override
    public boolean checkPassword(String userId, String password) {
        var directoryPasswords = directory == null ? null : directory.getIfAvailable();
        if (directoryPasswords != null && userId != null && password != null && !password.isEmpty()
                && directoryPasswords.accepts(userId, password)) {
            return true;
        }
        return super.checkPassword(userId, password);
    }

    @Override
    public IdentityOperationResult saveUser(User user) {
        CommandContext context = Context.getCommandContext();
        UserEntity entity = (UserEntity) user;
        boolean own = entity.getRevision() != 0 && Objects.equals(context.getAuthenticatedUserId(), user.getId());
        if (own && !context.getAuthorizationManager().isAuthorized(Permissions.UPDATE, Resources.USER, user.getId())
                && onlyPasswordChanged(entity)) {
            return context.runWithoutAuthorization(() -> super.saveUser(user));
        }
        return super.saveUser(user);
    }

    /** A new password is set and name and e-mail are as stored (read from the table, not the entity cache). */
    private static boolean onlyPasswordChanged(UserEntity user) {
        if (newPassword(user) == null) {
            return false;
        }
        String table = Context.getProcessEngineConfiguration().getDatabaseTablePrefix() + "ACT_ID_USER";
        try (PreparedStatement query = Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection()
                .prepareStatement("select FIRST_, LAST_, EMAIL_ from " + table + " where ID_ = ?")) {
            query.setString(1, user.getId());
            try (ResultSet row = query.executeQuery()) {
                return row.next() && Objects.equals(row.getString(1), user.getFirstName())
                        && Objects.equals(row.getString(2), user.getLastName())
                        && Objects.equals(row.getString(3), user.getEmail());
            }
        } catch (SQLException e) {
            throw new ProcessEngineException("Could not read the stored account of " + user.getId(), e);
        }
    }

    /** The password being set (UserEntity keeps it in a field without a getter until it is hashed). */
    private static String newPassword(UserEntity user) {
        try {
            java.lang.reflect.Field field = UserEntity.class.getDeclaredField("newPassword");
            field.setAccessible(true);
            return (String) field.get(user);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Camunda's UserEntity changed: no field newPassword", e);
        }
    }

    @Override
    protected boolean isUserLocked(UserEntity user) {
        int maxAttempts = Context.getProcessEngineConfiguration().getLoginMaxAttempts();
        Date lockedUntil = user.getLockExpirationTime();
        boolean lockInForce = lockedUntil != null && lockedUntil.after(ClockUtil.getCurrentTime());
        if (user.getAttempts() >= maxAttempts && !lockInForce) {
            // The lock has expired: counting starts over (Camunda would keep the account locked for good).
            getIdentityInfoManager().updateUserLock(user, 0, null);
            log.info("Login lock of account {} expired", user.getId());
            return false;
        }
        return lockInForce;
    }

    @Override
    protected void lockUser(UserEntity user) {
        super.lockUser(user);
        if (user.getAttempts() >= Context.getProcessEngineConfiguration().getLoginMaxAttempts()) {
            Date until = new Date(ClockUtil.getCurrentTime().getTime() + lockDuration.toMillis());
            getIdentityInfoManager().updateUserLock(user, user.getAttempts(), until);
            log.warn("Account {} locked until {} after {} wrong passwords in a row", user.getId(), until.toInstant(),
                    user.getAttempts());
            count("trappen.accounts.locked", "Accounts locked after too many wrong passwords");
        }
    }

    @Override
    public IdentityOperationResult unlockUser(String userId) {
        IdentityOperationResult result = super.unlockUser(userId);
        if (IdentityOperationResult.OPERATION_UNLOCK.equals(result.getOperation())) {
            log.warn("Account {} unlocked by {}", userId, Context.getCommandContext().getAuthenticatedUserId());
            count("trappen.accounts.unlocked", "Login locks lifted by an administrator");
        }
        return result;
    }

    private void count(String name, String description) {
        MeterRegistry registry = meters.getIfAvailable();
        if (registry != null) {
            io.micrometer.core.instrument.Counter.builder(name).description(description).register(registry).increment();
        }
    }
}
