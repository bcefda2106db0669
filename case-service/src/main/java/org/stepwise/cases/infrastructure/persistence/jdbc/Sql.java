package org.stepwise.cases.infrastructure.persistence.jdbc;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;

/** Small JDBC helpers shared by the repositories; errors name the SQL state, never the data. */
final class Sql {

  private Sql() {}

  static long key(PreparedStatement s) throws SQLException {
    try (ResultSet keys = s.getGeneratedKeys()) {
      keys.next();
      return keys.getLong(1);
    }
  }

  static IllegalStateException failed(String what, SQLException e) {
    return new IllegalStateException(what + " failed: " + e.getSQLState(), e);
  }

  static Long longOrNull(ResultSet rs, int column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }

  static Integer intOrNull(ResultSet rs, int column) throws SQLException {
    int v = rs.getInt(column);
    return rs.wasNull() ? null : v;
  }

  static LocalDate date(ResultSet rs, int column) throws SQLException {
    Date d = rs.getDate(column);
    return d == null ? null : d.toLocalDate();
  }

  static Instant instant(ResultSet rs, int column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  /** A text[] column of enum names, read back as the enum's values, in declaration order. */
  static <E extends Enum<E>> java.util.EnumSet<E> codes(ResultSet rs, int column, Class<E> type)
      throws SQLException {
    java.util.EnumSet<E> codes = java.util.EnumSet.noneOf(type);
    for (Object name : (Object[]) rs.getArray(column).getArray()) {
      codes.add(Enum.valueOf(type, String.valueOf(name)));
    }
    return codes;
  }

  static void setLong(PreparedStatement s, int i, Long v) throws SQLException {
    if (v == null) {
      s.setNull(i, Types.BIGINT);
    } else {
      s.setLong(i, v);
    }
  }

  static void setDate(PreparedStatement s, int i, LocalDate d) throws SQLException {
    if (d == null) {
      s.setNull(i, Types.DATE);
    } else {
      s.setDate(i, Date.valueOf(d));
    }
  }

  static void setInstant(PreparedStatement s, int i, Instant t) throws SQLException {
    if (t == null) {
      s.setNull(i, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      s.setTimestamp(i, Timestamp.from(t));
    }
  }

  /**
   * Binds parameters in order; a collection of ids binds as one bigint[] (for {@code = ANY (?)}),
   * texts as one text[], an instant as a timestamp, an enum as its name.
   */
  static void bind(Connection c, PreparedStatement s, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      if (params[i] instanceof Collection<?> ids) {
        s.setArray(i + 1, c.createArrayOf("bigint", ids.toArray()));
      } else if (params[i] instanceof String[] texts) {
        s.setArray(i + 1, c.createArrayOf("text", texts));
      } else if (params[i] instanceof Instant t) {
        s.setTimestamp(i + 1, Timestamp.from(t));
      } else if (params[i] instanceof Enum<?> e) {
        s.setString(i + 1, e.name());
      } else {
        s.setObject(i + 1, params[i]);
      }
    }
  }

  /** Runs a query (or a statement with RETURNING) and reads every row. */
  static <T> java.util.List<T> list(
      javax.sql.DataSource dataSource, String what, String sql, Row<T> row, Object... params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      bind(c, s, params);
      java.util.List<T> found = new java.util.ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          found.add(row.read(rs));
        }
      }
      return found;
    } catch (SQLException e) {
      throw failed(what, e);
    }
  }

  /** Inserts one row and answers its generated id. */
  static long insert(javax.sql.DataSource dataSource, String what, String sql, Object... params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS)) {
      bind(c, s, params);
      s.executeUpdate();
      return key(s);
    } catch (SQLException e) {
      throw failed(what, e);
    }
  }

  /** Takes one row of a result. */
  @FunctionalInterface
  interface RowConsumer {
    void accept(ResultSet rs) throws SQLException;
  }

  /** Reads one row of a result. */
  @FunctionalInterface
  interface Row<T> {
    T read(ResultSet rs) throws SQLException;
  }
}
