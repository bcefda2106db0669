package org.stepwise.cases.infrastructure.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The one way to write many rows in one statement: {@code INSERT … SELECT … FROM unnest(…)}, each
 * column's values bound as one array, so a batch of any size is one statement and one round trip.
 * Declare the columns once (name, SQL type, how to read the value from a row), put {@link
 * #from(String)} in the statement and {@link #bind} the rows.
 *
 * <pre>
 * UnnestRows&lt;Event&gt; rows = new UnnestRows&lt;Event&gt;().bigint("id", Event::id).text("name", Event::name);
 * "INSERT INTO event (id, name) SELECT e.id, e.name FROM " + rows.from("e")
 * </pre>
 *
 * @param <T> the rows' type
 */
public final class UnnestRows<T> {

  private record Column<T>(
      String name,
      String cast,
      String arrayType,
      IntFunction<Object[]> array,
      Function<T, Object> value) {}

  private final List<Column<T>> columns = new ArrayList<>();

  /** A {@code bigint} column (null allowed). */
  public UnnestRows<T> bigint(String name, Function<T, Long> value) {
    columns.add(new Column<>(name, "?::bigint[]", "bigint", Long[]::new, value::apply));
    return this;
  }

  /**
   * A {@code text} column (null allowed); the database converts it on insert as it would a value.
   */
  public UnnestRows<T> text(String name, Function<T, String> value) {
    columns.add(new Column<>(name, "?::text[]", "text", String[]::new, value::apply));
    return this;
  }

  /**
   * A {@code timestamptz} column from an {@code Instant} or {@code OffsetDateTime}, sent as its ISO
   * text so that the offset survives the driver.
   */
  public UnnestRows<T> timestamptz(String name, Function<T, ?> value) {
    columns.add(
        new Column<>(
            name,
            "?::text[]::timestamptz[]",
            "text",
            String[]::new,
            row -> {
              Object v = value.apply(row);
              return v == null ? null : v.toString();
            }));
    return this;
  }

  /** {@code unnest(?::bigint[], …) AS alias(name, …)}, for the statement's FROM. */
  public String from(String alias) {
    return "unnest("
        + columns.stream().map(Column::cast).collect(Collectors.joining(", "))
        + ") AS "
        + alias
        + "("
        + columns.stream().map(Column::name).collect(Collectors.joining(", "))
        + ")";
  }

  /** Binds one array per column from parameter {@code first} on; answers the next index. */
  public int bind(Connection c, PreparedStatement s, int first, List<? extends T> rows)
      throws SQLException {
    int index = first;
    for (Column<T> column : columns) {
      // typed arrays (Long[], String[]), which the driver encodes directly
      Object[] values = column.array().apply(rows.size());
      for (int i = 0; i < values.length; i++) {
        values[i] = column.value().apply(rows.get(i));
      }
      s.setArray(index++, c.createArrayOf(column.arrayType(), values));
    }
    return index;
  }

  /**
   * Runs {@code sql}, an {@code INSERT … SELECT … FROM} {@link #from} {@code … ON CONFLICT DO
   * NOTHING RETURNING} one text column, with {@code leading} as its first parameters and the rows'
   * arrays after them; answers what it returned, one text per row stored.
   */
  public Set<String> insertReturning(
      DataSource dataSource, String what, String sql, List<? extends T> rows, Object... leading) {
    if (rows.isEmpty()) {
      return Set.of();
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      Sql.bind(c, s, leading);
      bind(c, s, leading.length + 1, rows);
      Set<String> stored = new HashSet<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          stored.add(rs.getString(1));
        }
      }
      return stored;
    } catch (SQLException e) {
      throw Sql.failed(what, e);
    }
  }

  /** An offset as written at the source ("+00:00" rather than "Z"). */
  public static String offset(OffsetDateTime t) {
    String id = t.getOffset().getId();
    return id.equals("Z") ? "+00:00" : id;
  }
}
