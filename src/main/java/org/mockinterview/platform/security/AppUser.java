package org.mockinterview.platform.security;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/**
 * A user of the service, known only by the subject of their tokens.
 */
@Entity
@Table(name = "app_user")
public class AppUser extends PanacheEntity {

    @Column(nullable = false, unique = true)
    public String subject;

    @Column(nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;
}
