package org.mockinterview.platform.security;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * Users by subject; creates a user the first time a subject is seen.
 */
@ApplicationScoped
public class UserRepository implements PanacheRepository<AppUser> {

    public Optional<AppUser> findBySubject(String subject) {
        return find("subject", subject).firstResultOptional();
    }

    /**
     * The user id of a subject, creating the user on first sight; usable on any thread. The lookup and the insert
     * are two short transactions one after the other, never nested: holding one connection while waiting for a
     * second deadlocked the pool when 200 new users arrived at once.
     */
    public long idOf(String subject) {
        Optional<Long> known = QuarkusTransaction.requiringNew().call(() -> findBySubject(subject).map(u -> u.id));
        return known.orElseGet(() -> ensure(subject));
    }

    /** Deletes the user; the schema cascades to every resume, interview, question, answer and key they own. */
    @Transactional
    public void erase(String subject) {
        delete("subject", subject);
    }

    /** Idempotent under concurrency: the unique subject lets a racing first request simply re-read. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long ensure(String subject) {
        List<?> inserted = getEntityManager().createNativeQuery("""
                insert into app_user (id, subject) values (nextval('app_user_seq'), :subject)
                on conflict (subject) do nothing returning id""")
                .setParameter("subject", subject)
                .getResultList();
        // an empty result means a concurrent first request inserted the user: read its id
        return inserted.isEmpty() ? findBySubject(subject).orElseThrow().id : ((Number) inserted.get(0)).longValue();
    }
}
