package org.stepwise.cases.interfaces.rest.problem;

/**
 * A request body as a named type, which the OpenAPI document describes. Each implementation has a
 * static {@code read(JsonRequest)} that reads it strictly (every problem named by its field);
 * {@link RequestRecordReader} calls it, so a resource method receives the record.
 */
public interface RequestRecord {}
