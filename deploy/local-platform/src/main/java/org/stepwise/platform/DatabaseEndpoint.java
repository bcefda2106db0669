package org.stepwise.platform;

/** How case-service reaches its database. */
public record DatabaseEndpoint(String jdbcUrl, String user, String password) {}
