package dk.trappen.casefile.internal;

import java.time.Instant;

import dk.trappen.casefile.ChildIdentity;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Inserts a child in a transaction of its own, so that two concerns about the same new child
 * arriving at the same moment end with one record: the loser's insert hits the CPR's unique key
 * and it reads the winner's row instead of failing the whole registration.
 */
@Component
public class ChildWriter {

    private final ChildRepository children;
    private final TransactionTemplate newTransaction;

    ChildWriter(ChildRepository children, PlatformTransactionManager transactions) {
        this.children = children;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public Child insertOrFind(ChildIdentity identity, String teamId, Instant now) {
        if (identity.cpr() == null) {
            return children.save(new Child(null, identity.name(), identity.birthDate(), teamId, now));
        }
        try {
            return newTransaction.execute(status -> children.saveAndFlush(
                    new Child(identity.cpr(), identity.name(), identity.birthDate(), teamId, now)));
        } catch (DataIntegrityViolationException duplicateCpr) {
            return children.findByCpr(identity.cpr()).orElseThrow(() -> duplicateCpr);
        }
    }
}
