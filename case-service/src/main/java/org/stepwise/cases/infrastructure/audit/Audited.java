package org.stepwise.cases.infrastructure.audit;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.stepwise.cases.domain.model.audit.AuditAction;

/**
 * Marks an application-service method whose every call is written to the audit trail, whatever its
 * outcome. The client is the parameter marked {@link ClientId}; for a create it is read from the
 * result.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Audited {

  @Nonbinding
  AuditAction action() default AuditAction.READ;

  /** The kind of record, e.g. "client", "transition", "attendance". */
  @Nonbinding
  String record() default "client";
}
