package org.mockinterview.platform;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Flyway owns the schema and Hibernate validates it at start (the service would not boot otherwise);
 * this checks the migrations applied to a real PostgreSQL and that the constraints protecting data exist.
 */
@QuarkusTest
class MigrationTest {

    @Inject
    Flyway flyway;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void allMigrationsAppliedOnPostgres17() throws SQLException {
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().current()).isNotNull();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            ResultSet v = s.executeQuery("show server_version_num");
            v.next();
            assertThat(v.getInt(1)).isGreaterThanOrEqualTo(170000);
            Set<String> tables = new HashSet<>();
            ResultSet rs = s.executeQuery("select table_name from information_schema.tables where table_schema = 'public'");
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
            assertThat(tables).contains("app_user", "resume", "interview", "interview_question", "answer",
                    "idempotency_key");
        }
    }

    @Test
    void statusCanOnlyHoldKnownStates() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into app_user (id, subject) values (nextval('app_user_seq'), 'migration-test')");
            assertThatThrownBy(() -> s.execute("""
                    insert into interview (id, user_id, status, settings)
                    select nextval('interview_seq'), id, 'paused', '{}'::jsonb from app_user where subject = 'migration-test'"""))
                    .isInstanceOf(SQLException.class).hasMessageContaining("interview_status_check");
        }
    }

    @Test
    void completedInterviewCannotGoBackToInProgress() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into app_user (id, subject) values (nextval('app_user_seq'), 'transition-test')");
            s.execute("""
                    insert into interview (id, user_id, status, settings, completed_at)
                    select 987654, id, 'completed', '{}'::jsonb, now() from app_user where subject = 'transition-test'""");
            assertThatThrownBy(() -> s.execute(
                    "update interview set status = 'in_progress', completed_at = null where id = 987654"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("cannot return to in_progress");
        }
    }
}
