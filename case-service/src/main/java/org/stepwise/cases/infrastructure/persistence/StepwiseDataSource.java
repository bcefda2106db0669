package org.stepwise.cases.infrastructure.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The application's PostgreSQL, configured through MicroProfile Config (system properties locally,
 * environment variables such as STEPWISE_DB_URL in production), never by rebuilding the WAR.
 */
@DataSourceDefinition(
    name = StepwiseDataSource.JNDI_NAME,
    className = "org.postgresql.ds.PGSimpleDataSource",
    url = "${MPCONFIG=stepwise.db.url}",
    user = "${MPCONFIG=stepwise.db.user}",
    password = "${MPCONFIG=stepwise.db.password}",
    minPoolSize = 2,
    maxPoolSize = 30,
    properties = {"reWriteBatchedInserts=true", "ApplicationName=case-service"})
@Singleton
public class StepwiseDataSource {

  public static final String JNDI_NAME = "java:app/jdbc/stepwise";
}
