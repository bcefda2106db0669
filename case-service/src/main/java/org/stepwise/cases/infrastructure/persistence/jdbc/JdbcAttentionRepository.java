package org.stepwise.cases.infrastructure.persistence.jdbc;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.stepwise.cases.domain.model.attention.AttentionChanges;
import org.stepwise.cases.domain.model.attention.AttentionItem;
import org.stepwise.cases.domain.model.attention.AttentionRepository;
import org.stepwise.cases.domain.model.attention.AttentionRule;
import org.stepwise.cases.domain.model.attention.AttentionStatus;
import org.stepwise.cases.domain.model.attention.RuleCount;
import org.stepwise.cases.domain.model.attention.Severity;
import org.stepwise.cases.domain.model.overview.Flag;
import org.stepwise.cases.infrastructure.persistence.StepwiseDataSource;

/** Attention items; every open is one batch, every change one guarded update. */
@ApplicationScoped
public class JdbcAttentionRepository implements AttentionRepository {

  private static final String SELECT =
      "SELECT i.id, i.client_id, c.given_name || ' ' || c.family_name, i.rule, i.severity,"
          + " i.facts, i.opened_at, i.status, i.acknowledged_by, i.acknowledged_at,"
          + " i.resolved_by, i.resolved_at, i.outcome, i.auto_resolved,"
          + " ARRAY(SELECT n.kind || ' ' || coalesce(to_char(n.sent_at AT TIME ZONE 'UTC',"
          + " 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), '-') FROM notification_item ni"
          + " JOIN notification n ON n.id = ni.notification_id WHERE ni.item_id = i.id"
          + " ORDER BY n.id)"
          + " FROM attention_item i JOIN client c ON c.id = i.client_id";

  @Resource(lookup = StepwiseDataSource.JNDI_NAME)
  private DataSource dataSource;

  @Override
  public List<AttentionItem> unresolved(Collection<Long> clientIds) {
    return clientIds == null
        ? Sql.list(
            dataSource,
            "reading attention items",
            SELECT + " WHERE i.status <> 'RESOLVED'",
            JdbcAttentionRepository::item)
        : Sql.list(
            dataSource,
            "reading attention items",
            SELECT + " WHERE i.status <> 'RESOLVED' AND i.client_id = ANY (?)",
            JdbcAttentionRepository::item,
            clientIds);
  }

  @Override
  public void open(List<AttentionChanges.NewItem> items, Instant at) {
    if (items.isEmpty()) {
      return;
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO attention_item (client_id, rule, severity, facts, opened_at, status)"
                    + " VALUES (?, ?, ?, ?, ?, 'OPEN') ON CONFLICT DO NOTHING")) {
      for (AttentionChanges.NewItem item : items) {
        s.setLong(1, item.clientId());
        s.setString(2, item.rule().name());
        s.setString(3, item.rule().severity().name());
        s.setArray(4, c.createArrayOf("text", item.facts().stream().map(Enum::name).toArray()));
        s.setTimestamp(5, Timestamp.from(at));
        s.addBatch();
      }
      s.executeBatch();
    } catch (SQLException e) {
      throw Sql.failed("opening attention items", e);
    }
  }

  @Override
  public void autoResolve(List<Long> ids, Instant at) {
    if (ids.isEmpty()) {
      return;
    }
    update(
        "UPDATE attention_item SET status = 'RESOLVED', resolved_at = ?, auto_resolved = true"
            + " WHERE id = ANY (?) AND status <> 'RESOLVED'",
        at,
        ids);
  }

  @Override
  public Optional<AttentionItem> find(long id) {
    return Sql.list(
            dataSource,
            "reading an attention item",
            SELECT + " WHERE i.id = ?",
            JdbcAttentionRepository::item,
            id)
        .stream()
        .findFirst();
  }

  @Override
  public List<AttentionItem> ofClient(long clientId) {
    return Sql.list(
        dataSource,
        "reading a client's attention items",
        SELECT + " WHERE i.client_id = ? ORDER BY i.opened_at DESC, i.id DESC LIMIT 500",
        JdbcAttentionRepository::item,
        clientId);
  }

  @Override
  public boolean acknowledge(long id, String by, Instant at) {
    return update(
            "UPDATE attention_item SET status = 'ACKNOWLEDGED', acknowledged_by = ?,"
                + " acknowledged_at = ? WHERE id = ? AND status = 'OPEN'",
            by,
            at,
            id)
        == 1;
  }

  @Override
  public boolean resolve(long id, String by, Instant at, String outcome) {
    return update(
            "UPDATE attention_item SET status = 'RESOLVED', resolved_by = ?, resolved_at = ?,"
                + " outcome = ? WHERE id = ? AND status <> 'RESOLVED'",
            by,
            at,
            outcome,
            id)
        == 1;
  }

  @Override
  public List<AttentionItem> worklist(String caseManagerSubject) {
    String order =
        " ORDER BY CASE i.severity WHEN 'URGENT' THEN 0 WHEN 'HIGH' THEN 1 ELSE 2 END,"
            + " i.opened_at, i.id";
    return caseManagerSubject == null
        ? Sql.list(
            dataSource,
            "reading the worklist",
            SELECT + " WHERE i.status <> 'RESOLVED'" + order,
            JdbcAttentionRepository::item)
        : Sql.list(
            dataSource,
            "reading the worklist",
            SELECT + " WHERE i.status <> 'RESOLVED' AND c.case_manager_subject = ?" + order,
            JdbcAttentionRepository::item,
            caseManagerSubject);
  }

  @Override
  public List<RuleCount> counts() {
    return Sql.list(
        dataSource,
        "counting attention items",
        "SELECT rule, severity, count(*) FILTER (WHERE status = 'OPEN'),"
            + " count(*) FILTER (WHERE status = 'ACKNOWLEDGED') FROM attention_item"
            + " WHERE status <> 'RESOLVED' GROUP BY rule, severity"
            + " ORDER BY CASE severity WHEN 'URGENT' THEN 0 WHEN 'HIGH' THEN 1 ELSE 2 END, rule",
        rs ->
            new RuleCount(
                AttentionRule.valueOf(rs.getString(1)),
                Severity.valueOf(rs.getString(2)),
                rs.getLong(3),
                rs.getLong(4)));
  }

  private int update(String sql, Object... params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      Sql.bind(c, s, params);
      return s.executeUpdate();
    } catch (SQLException e) {
      throw Sql.failed("changing an attention item", e);
    }
  }

  private static AttentionItem item(ResultSet rs) throws SQLException {
    return new AttentionItem(
        rs.getLong(1),
        rs.getLong(2),
        rs.getString(3),
        AttentionRule.valueOf(rs.getString(4)),
        Severity.valueOf(rs.getString(5)),
        List.copyOf(Sql.codes(rs, 6, Flag.class)),
        Sql.instant(rs, 7),
        AttentionStatus.valueOf(rs.getString(8)),
        rs.getString(9),
        Sql.instant(rs, 10),
        rs.getString(11),
        Sql.instant(rs, 12),
        rs.getString(13),
        rs.getBoolean(14),
        notices(rs.getArray(15)));
  }

  /** "URGENT 2026-12-03T10:00:00.000000Z", or "DIGEST -" while not sent. */
  private static List<AttentionItem.Notice> notices(java.sql.Array array) throws SQLException {
    List<AttentionItem.Notice> notices = new java.util.ArrayList<>();
    for (Object o : (Object[]) array.getArray()) {
      String[] parts = ((String) o).split(" ", 2);
      notices.add(
          new AttentionItem.Notice(
              parts[0], parts[1].equals("-") ? null : Instant.parse(parts[1])));
    }
    return notices;
  }
}
