package dev.neonkit.runtime.generated;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Sets the parameters of a prepared statement; generated repositories pass one per statement. */
@FunctionalInterface
public interface ParameterBinder {
    /** Binds nothing, for statements without parameters. */
    ParameterBinder NONE = statement -> { };

    /** Sets {@code statement}'s parameters. */
    void bind(PreparedStatement statement) throws SQLException;
}
