package org.mockinterview.platform.security;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Optional;

/**
 * Users by subject; creates a user the first time a subject is seen.
 */
@ApplicationScoped
public class UserRepository implements PanacheRepository<AppUser> {

    public Optional<AppUser> findBySubject(String subject) {
        return find("subject", subject).firstResultOptional();
    }

    /** Deletes the user; the schema cascades to every resume, interview, question, answer and key they own. */
    @Transactional
    public void erase(String subject) {
        delete("subject", subject);
    }

    /** Idempotent under concurrency: the unique subject lets a racing first request simply re-read. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long ensure(String subject) {
        getEntityManager().createNativeQuery("""
                insert into app_user (id, subject) values (nextval('app_user_seq'), :subject)
                on conflict (subject) do nothing""")
                .setParameter("subject", subject)
                .executeUpdate();
        return findBySubject(subject).orElseThrow().id;
    }
}
