package org.stepwise.platform;

/**
 * How case-service reaches its database: the application's role, and the schema owner that runs the
 * migrations (null when the application's role migrates itself).
 */
public record DatabaseEndpoint(
    String jdbcUrl, String user, String password, String migrationUser, String migrationPassword) {}
