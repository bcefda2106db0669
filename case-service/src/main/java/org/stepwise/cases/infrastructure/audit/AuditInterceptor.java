package org.stepwise.cases.infrastructure.audit;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.stepwise.cases.domain.model.audit.AuditAction;
import org.stepwise.cases.domain.model.audit.AuditEvent;
import org.stepwise.cases.domain.model.audit.AuditOutcome;
import org.stepwise.cases.domain.shared.AccessDenied;
import org.stepwise.cases.domain.shared.InvalidInput;
import org.stepwise.cases.domain.shared.NotFound;
import org.stepwise.cases.domain.shared.OutOfScope;
import org.stepwise.cases.domain.shared.RuleViolation;
import org.stepwise.cases.infrastructure.security.CurrentUser;

/**
 * The one place that writes audit events for reads and changes of client data. The record id is the
 * {@code id()} of what the operation returns when it has one; a list result names its clients
 * through {@code clientIds()}, and each gets an event; a result with {@code clientId()} or {@code
 * consentId()} names its client or the consent a disclosure rests on. A refusal for scope is
 * recorded as DENIED.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AuditInterceptor {

  @Inject private CurrentUser user;
  @Inject private RequestOrigin origin;
  @Inject private AuditRecorder recorder;
  @Inject private Clock clock;

  @AroundInvoke
  Object audit(InvocationContext ctx) throws Exception {
    Audited spec = spec(ctx.getMethod());
    Long clientId = clientIdParameter(ctx);
    String operation =
        ctx.getMethod().getDeclaringClass().getSimpleName() + "." + ctx.getMethod().getName();
    Object result;
    try {
      result = ctx.proceed();
    } catch (Exception e) {
      AuditOutcome outcome = outcomeOf(e);
      AuditAction action = outcome == AuditOutcome.DENIED ? AuditAction.DENIED : spec.action();
      recorder.onItsOwn(
          List.of(event(action, spec.record(), operation, clientId, clientId, outcome)));
      origin.audited();
      throw e;
    }
    List<AuditEvent> events = new ArrayList<>();
    Collection<Long> listed = clientIdsOf(result);
    if (listed != null) {
      for (Long id : listed) {
        events.add(event(spec.action(), spec.record(), operation, id, id, AuditOutcome.SUCCESS));
      }
    } else {
      Long recordId = idOf(result);
      Long client =
          clientId != null
              ? clientId
              : "client".equals(spec.record()) ? recordId : longOf(result, "clientId");
      events.add(
          event(
                  spec.action(),
                  spec.record(),
                  operation,
                  recordId != null ? recordId : client,
                  client,
                  AuditOutcome.SUCCESS)
              .withConsent(longOf(result, "consentId")));
    }
    if (!events.isEmpty()) {
      recorder.withOperation(events);
    }
    origin.audited();
    return result;
  }

  private AuditEvent event(
      AuditAction action,
      String recordType,
      String operation,
      Long recordId,
      Long clientId,
      AuditOutcome outcome) {
    return new AuditEvent(
        clock.instant(),
        user.subject(),
        user.username(),
        String.join(",", user.roles()),
        action,
        operation,
        recordType,
        recordId == null ? null : recordId.toString(),
        clientId,
        outcome,
        origin.address());
  }

  private static AuditOutcome outcomeOf(Exception e) {
    if (e instanceof OutOfScope || e instanceof AccessDenied) {
      return AuditOutcome.DENIED;
    }
    if (e instanceof NotFound) {
      return AuditOutcome.NOT_FOUND;
    }
    if (e instanceof InvalidInput || e instanceof RuleViolation) {
      return AuditOutcome.INVALID;
    }
    return AuditOutcome.FAILED;
  }

  private static Audited spec(Method method) {
    Audited onMethod = method.getAnnotation(Audited.class);
    return onMethod != null ? onMethod : method.getDeclaringClass().getAnnotation(Audited.class);
  }

  private static Long clientIdParameter(InvocationContext ctx) {
    Annotation[][] annotations = ctx.getMethod().getParameterAnnotations();
    for (int i = 0; i < annotations.length; i++) {
      for (Annotation a : annotations[i]) {
        if (a instanceof ClientId && ctx.getParameters()[i] instanceof Number n) {
          return n.longValue();
        }
      }
    }
    return null;
  }

  private static Long idOf(Object result) {
    return longOf(result, "id");
  }

  private static Long longOf(Object result, String accessor) {
    Object value = invoke(result, accessor);
    return value instanceof Number n ? n.longValue() : null;
  }

  @SuppressWarnings("unchecked")
  private static Collection<Long> clientIdsOf(Object result) {
    Object ids = invoke(result, "clientIds");
    return ids instanceof Collection<?> c ? (Collection<Long>) c : null;
  }

  private static Object invoke(Object target, String name) {
    if (target == null) {
      return null;
    }
    try {
      return target.getClass().getMethod(name).invoke(target);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
