package org.mockinterview.platform.db;

import java.sql.SQLException;

/** Recognises Agroal's acquisition timeout: the database is up but every pooled connection is in use. */
public final class PoolExhaustion {

    private PoolExhaustion() {
    }

    /** True when {@code e} or one of its causes is the pool giving up waiting for a free connection. */
    public static boolean isCauseOf(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            // Agroal reports it only in the message; there is no subclass or SQL state for it
            if (t instanceof SQLException && String.valueOf(t.getMessage()).contains("acquisition timeout")) {
                return true;
            }
        }
        return false;
    }
}
